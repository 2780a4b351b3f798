import { PipelineError } from '@wirestream/util';
import { committedOffsets, records, setup } from './batch-runner.spec-helper';
import { FakeBatchPayload } from './fake-kafka.spec-helper';
import { isOutage, StageBug, stageBugError } from './stage-bug';

describe('isOutage', () => {
  it('given a retryable pipeline error or a kafkajs error, then an outage; a plain error or a content error, then not', () => {
    expect(isOutage(PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', 'redis down'))).toBe(true);
    expect(isOutage(Object.assign(new Error('x'), { name: 'KafkaJSConnectionError' }))).toBe(true);
    expect(isOutage(new TypeError('undefined is not a function'))).toBe(false);
    expect(isOutage(PipelineError.nonRetryable('WIRE_INPUT_SCHEMA', 'bad'))).toBe(false);
    expect(isOutage(null)).toBe(false);
  });

  it('given a stage bug, then its dead-letter error says how often it failed and keeps the cause', () => {
    const cause = new RangeError('index out of range');
    const error = stageBugError(new StageBug(cause), 3);
    expect(error.code).toBe('WIRE_STAGE_BUG');
    expect(error.message).toBe('the stage failed 3 times on this batch: index out of range');
    expect(error.cause).toBe(cause);
  });
});

describe('BatchRunner and a stage that throws', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const headerOf = (commit: jest.Mock, name: string) => {
    const topics = commit.mock.calls[0]![2] as {
      topic: string;
      messages: { headers: Record<string, string> }[];
    }[];
    return topics.find((t) => t.topic === 'dlq')!.messages.map((m) => m.headers[name]);
  };

  it('given a bug (not an outage) on every attempt, then after 3 attempts each record is dead-lettered WIRE_STAGE_BUG with its stack', async () => {
    const { runner, handler, commits, observer } = setup();
    handler.mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'segments')"));
    const payload = new FakeBatchPayload(records(0, 1));
    const done = runner.eachBatch(payload.asPayload());
    // Backoff 200, 400 ms between the three attempts; the fourth pass dead-letters.
    await jest.advanceTimersByTimeAsync(200 + 400 + 800);
    await done;
    expect(handler).toHaveBeenCalledTimes(3);
    expect(commits.commit).toHaveBeenCalledTimes(1);
    expect(headerOf(commits.commit, 'error-code')).toEqual(['WIRE_STAGE_BUG', 'WIRE_STAGE_BUG']);
    expect(headerOf(commits.commit, 'error-stack')[0]).toMatch(/^TypeError: Cannot read properties/);
    expect(observer.deadLetter.mock.calls).toEqual([
      ['in', 'WIRE_STAGE_BUG'],
      ['in', 'WIRE_STAGE_BUG'],
    ]);
    expect(payload.resolveOffset).toHaveBeenCalledWith('1');
  });

  it('given an outage (a retryable error) on every attempt, then it keeps retrying and dead-letters nothing', async () => {
    const { runner, handler, commits } = setup();
    handler.mockRejectedValue(PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', 'redis is down'));
    const payload = new FakeBatchPayload(records(0));
    const done = runner.eachBatch(payload.asPayload());
    await jest.advanceTimersByTimeAsync(60_000);
    expect(handler.mock.calls.length).toBeGreaterThan(5);
    expect(commits.commit).not.toHaveBeenCalled();
    payload.running = false;
    await jest.advanceTimersByTimeAsync(10_000);
    await done;
    expect(payload.resolveOffset).not.toHaveBeenCalled();
  });

  it('given a bug once, then the retry that succeeds commits the outputs as usual', async () => {
    const { runner, handler, commits } = setup();
    handler.mockRejectedValueOnce(new Error('flaky bug'));
    const payload = new FakeBatchPayload(records(0));
    const done = runner.eachBatch(payload.asPayload());
    await jest.advanceTimersByTimeAsync(200);
    await done;
    expect(committedOffsets(commits.commit)).toEqual(['1']);
    const topics = commits.commit.mock.calls[0]![2] as unknown as { topic: string }[];
    expect(topics.map((t) => t.topic)).toEqual(['out']);
  });
});
