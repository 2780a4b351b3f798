import { type DedupStore } from '@wirestream/dedup';
import { withKillAfterResolves } from './fault-hook';

const store: DedupStore = {
  claim: () => Promise.resolve([]),
  resolve: () => Promise.resolve([]),
  settle: () => Promise.resolve(),
};

describe('withKillAfterResolves (chaos fault hook)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is off unless WIRE_FAULT_KILL_AFTER_RESOLVES is a positive whole number', () => {
    expect(withKillAfterResolves(store, {})).toBe(store);
    expect(withKillAfterResolves(store, { WIRE_FAULT_KILL_AFTER_RESOLVES: '0' })).toBe(store);
    expect(withKillAfterResolves(store, { WIRE_FAULT_KILL_AFTER_RESOLVES: 'two' })).toBe(store);
  });

  it('SIGKILLs the process right after the N-th resolve returns, and only then', async () => {
    const kill = jest.spyOn(process, 'kill').mockImplementation(() => true);
    const hooked = withKillAfterResolves(store, { WIRE_FAULT_KILL_AFTER_RESOLVES: '2' });
    await hooked.resolve([]);
    expect(kill).not.toHaveBeenCalled();
    await hooked.resolve([]);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGKILL');
    await hooked.resolve([]);
    expect(kill).toHaveBeenCalledTimes(1);
  });
});
