import { hasLeftGroup, heartbeatPauseMs, isFenced, restartWaitMs, retryDecision } from './retry-policy';

/** A kafkajs protocol error as the client throws it: a type name and a numeric code. */
const kafkaError = (type: string, code: number) => Object.assign(new Error(type), { type, code });

describe('hasLeftGroup', () => {
  it('recognises the heartbeat errors of a member out of its group', () => {
    expect(hasLeftGroup(kafkaError('REBALANCE_IN_PROGRESS', 27))).toBe(true);
    expect(hasLeftGroup(kafkaError('UNKNOWN_MEMBER_ID', 25))).toBe(true);
    expect(hasLeftGroup(kafkaError('ILLEGAL_GENERATION', 22))).toBe(true);
  });

  it('leaves any other error to the retry', () => {
    expect(hasLeftGroup(kafkaError('NOT_COORDINATOR', 16))).toBe(false);
    expect(hasLeftGroup(new Error('ECONNREFUSED'))).toBe(false);
  });
});

describe('isFenced', () => {
  it('recognises INVALID_PRODUCER_EPOCH (47) and PRODUCER_FENCED (90)', () => {
    expect(isFenced(kafkaError('INVALID_PRODUCER_EPOCH', 47))).toBe(true);
    expect(isFenced(kafkaError('PRODUCER_FENCED', 90))).toBe(true);
  });

  it('does not take another code, or none, for fencing', () => {
    expect(isFenced(kafkaError('CONCURRENT_TRANSACTIONS', 51))).toBe(false);
    expect(isFenced(new Error('redis is down'))).toBe(false);
  });
});

describe('retryDecision', () => {
  it('gives a lost partition back to kafkajs instead of retrying it', () => {
    expect(retryDecision(kafkaError('UNKNOWN_MEMBER_ID', 25), 3, 30_000)).toEqual({ retry: false });
  });

  it('backs off from 200 ms, doubling, up to 10 s', () => {
    const waits = [0, 1, 2, 5, 6, 40].map((attempt) => retryDecision(new Error('x'), attempt, 30_000));
    expect(waits.map((d) => (d.retry ? d.waitMs : -1))).toEqual([200, 400, 800, 6_400, 10_000, 10_000]);
    expect(waits.every((d) => d.retry && !d.fenced)).toBe(true);
  });

  it('waits out a whole session when fenced, or the backoff if that is longer', () => {
    expect(retryDecision(kafkaError('PRODUCER_FENCED', 90), 0, 30_000)).toEqual({
      retry: true,
      waitMs: 30_000,
      fenced: true,
    });
    expect(retryDecision(kafkaError('INVALID_PRODUCER_EPOCH', 47), 3, 1_000)).toEqual({
      retry: true,
      waitMs: 1_600,
      fenced: true,
    });
  });
});

describe('restartWaitMs and heartbeatPauseMs', () => {
  it('restarts a crashed consumer after 200 ms, then 400 ms, up to 10 s', () => {
    expect([0, 1, 2, 10].map(restartWaitMs)).toEqual([200, 400, 800, 10_000]);
  });

  it('heartbeats at least every 500 ms while waiting, and sleeps no longer than what is left', () => {
    expect(heartbeatPauseMs(30_000)).toBe(500);
    expect(heartbeatPauseMs(120)).toBe(120);
  });
});
