import { PipelineError } from '@wirestream/util';
import { committedOffsets, passThrough, records, setup } from './batch-runner.spec-helper';
import { FakeBatchPayload } from './fake-kafka.spec-helper';

describe('BatchRunner', () => {
  it("moves to the claim's floor before it processes a newly claimed partition", async () => {
    const { runner, seek, handler, claimed } = setup({ positioned: false, floor: -1n });
    const payload = new FakeBatchPayload(records(7, 8));
    await runner.eachBatch(payload.asPayload());
    expect(seek).toHaveBeenCalledWith('in', 0, '0');
    expect(claimed.positioned).toBe(true);
    expect(handler).not.toHaveBeenCalled();
    expect(payload.resolveOffset).not.toHaveBeenCalled();
  });

  it('commits a batch in chunks of at most maxBatchMessages, resolving each', async () => {
    const { runner, commits, handler, stats, claimed } = setup();
    const payload = new FakeBatchPayload(records(0, 1, 2, 3, 4));
    await runner.eachBatch(payload.asPayload());
    expect(handler.mock.calls.map(([messages]) => messages.map((m) => m.offset))).toEqual([
      ['0', '1'],
      ['2', '3'],
      ['4'],
    ]);
    expect(committedOffsets(commits.commit)).toEqual(['2', '4', '5']);
    expect(payload.resolveOffset.mock.calls).toEqual([['1'], ['3'], ['4']]);
    expect(claimed.floor).toBe(5n);
    expect(stats).toEqual({ consumed: 5, produced: 5, deadLettered: 0, commits: 3, aborts: 0, retries: 0 });
  });

  it('drops the records below the floor, and commits nothing for a chunk entirely below it', async () => {
    const { runner, commits, handler } = setup({ floor: 3n });
    const payload = new FakeBatchPayload(records(0, 1, 2, 3));
    await runner.eachBatch(payload.asPayload());
    expect(handler.mock.calls.map(([messages]) => messages.map((m) => m.offset))).toEqual([['3']]);
    expect(committedOffsets(commits.commit)).toEqual(['4']);
    expect(payload.resolveOffset.mock.calls).toEqual([['1'], ['3']]);
  });

  it('hands the recovered checkpoint to the first chunk only, and commits the one the handler set', async () => {
    const { runner, commits, handler } = setup({ recovered: 'old' });
    handler.mockImplementation((messages, context) => {
      context.checkpoint = `after ${messages.at(-1)!.offset}`;
      return passThrough(messages);
    });
    await runner.eachBatch(new FakeBatchPayload(records(0, 1, 2)).asPayload());
    expect(handler.mock.calls.map(([, context]) => context.recovered)).toEqual(['old', undefined]);
    expect(commits.commit.mock.calls.map((call) => call[1].metadata)).toEqual(['after 1', 'after 2']);
  });

  it('hands no recovered checkpoint when not asked to recover them', async () => {
    const { runner, handler } = setup({ recovered: 'old' }, { recoverCheckpoints: false });
    await runner.eachBatch(new FakeBatchPayload(records(0)).asPayload());
    expect(handler.mock.calls[0]![1].recovered).toBeUndefined();
  });

  it('counts outputs and dead letters once committed, and tells the observer', async () => {
    const { runner, handler, stats, observer, commits } = setup();
    handler.mockImplementation(() =>
      Promise.resolve([
        { ok: true, outputs: [{ topic: 'out', key: 'k', value: { a: 1 } }] },
        { ok: false, error: PipelineError.nonRetryable('WIRE_STAGE_FAILED', 'refused') },
      ]),
    );
    await runner.eachBatch(new FakeBatchPayload(records(40, 41), '50').asPayload());
    expect(commits.commit.mock.calls[0]![2].map((t) => t.topic)).toEqual(['out', 'dlq']);
    expect(stats).toMatchObject({ consumed: 2, produced: 1, deadLettered: 1, commits: 1 });
    expect(observer.deadLetter).toHaveBeenCalledWith('in', 'WIRE_STAGE_FAILED');
    expect(observer.batchCommitted).toHaveBeenCalledWith('in', 0, 2, 8, new Map([['out', 1]]));
  });

  it('gives kafkajs the error of a member that left its group, without retrying', async () => {
    const { runner, claim, stats } = setup();
    const left = Object.assign(new Error('left'), { type: 'UNKNOWN_MEMBER_ID' });
    claim.mockRejectedValueOnce(left);
    await expect(runner.eachBatch(new FakeBatchPayload(records(0)).asPayload())).rejects.toBe(left);
    expect(stats.retries).toBe(0);
  });
});

describe('BatchRunner retrying a chunk', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('retries the same messages after a backoff until they commit, and counts nothing twice', async () => {
    const { runner, handler, commits, stats, observer } = setup();
    handler.mockRejectedValueOnce(PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', 'redis is down'));
    const payload = new FakeBatchPayload(records(0, 1));
    const done = runner.eachBatch(payload.asPayload());
    await jest.advanceTimersByTimeAsync(199);
    expect(runner.failing).toBe(true);
    expect(handler).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    await done;
    expect(handler).toHaveBeenCalledTimes(2);
    expect(committedOffsets(commits.commit)).toEqual(['2']);
    expect(runner.failing).toBe(false);
    expect(stats).toMatchObject({ consumed: 2, commits: 1, retries: 1 });
    expect(observer.batchAborted).toHaveBeenCalledTimes(1);
  });

  it('waits a whole session, heartbeating, before retrying a fenced commit', async () => {
    const { runner, commits } = setup();
    commits.commit.mockRejectedValueOnce(Object.assign(new Error('fenced'), { code: 90 }));
    const payload = new FakeBatchPayload(records(0));
    const done = runner.eachBatch(payload.asPayload());
    await jest.advanceTimersByTimeAsync(29_999);
    expect(commits.commit).toHaveBeenCalledTimes(1);
    // One heartbeat after the claim, then one every 500 ms of the wait (59 so far).
    expect(payload.heartbeat).toHaveBeenCalledTimes(60);
    await jest.advanceTimersByTimeAsync(1);
    await done;
    expect(commits.commit).toHaveBeenCalledTimes(2);
  });

  it('ends the wait when a heartbeat says the group was left, and ignores other heartbeat errors', async () => {
    const { runner, handler } = setup();
    handler.mockRejectedValue(PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', 'redis is down'));
    const payload = new FakeBatchPayload(records(0));
    const left = Object.assign(new Error('rebalance'), { type: 'REBALANCE_IN_PROGRESS' });
    // Attempt 0: its heartbeat, then one in the 200 ms wait; attempt 1: its own, then one in the 400 ms wait.
    payload.heartbeat
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('ECONNRESET'))
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(left);
    const done = expect(runner.eachBatch(payload.asPayload())).rejects.toBe(left);
    await jest.advanceTimersByTimeAsync(600);
    await done;
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('stops retrying once kafkajs stops the consumer, leaving the chunk unresolved', async () => {
    const { runner, commits } = setup();
    commits.commit.mockRejectedValue(new Error('broker down'));
    const payload = new FakeBatchPayload(records(0));
    const done = runner.eachBatch(payload.asPayload());
    await jest.advanceTimersByTimeAsync(0);
    payload.running = false;
    await jest.advanceTimersByTimeAsync(500);
    await done;
    expect(commits.commit).toHaveBeenCalledTimes(1);
    expect(payload.resolveOffset).not.toHaveBeenCalled();
  });
});
