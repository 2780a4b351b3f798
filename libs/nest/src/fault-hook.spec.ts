import { throwHookFor } from './fault-hook';

const message = (value: unknown) => ({
  value,
  arrivedAt: new Date(0),
  topic: 'p.dispatch.unique',
  partition: 0,
  offset: '3',
  headers: {},
});

describe('throwHookFor (chaos fault hook)', () => {
  it('is off unless WIRE_FAULT_THROW_ID_PREFIX is set', () => {
    expect(throwHookFor({})).toBeUndefined();
    expect(throwHookFor({ WIRE_FAULT_THROW_ID_PREFIX: '' })).toBeUndefined();
  });

  it('fails dispatches whose id starts with the prefix as a throwing stage does, and no others', () => {
    const hook = throwHookFor({ WIRE_FAULT_THROW_ID_PREFIX: 'poison-throw-' })!;
    const failed = hook(message({ id: 'poison-throw-7', body: 'x' }));
    expect(failed?.ok).toBe(false);
    expect(failed?.error.code).toBe('WIRE_STAGE_FAILED');
    expect(failed?.error.message).toBe('fault hook: stage throws on poison-throw-7');
    expect(hook(message({ id: 'clean-s1-v1' }))).toBeUndefined();
    expect(hook(message(null))).toBeUndefined();
  });
});
