// The batch runner on fakes: a claim, a handler passing records on, a commit strategy that records.
import { BatchRunner, type BatchRunnerOptions } from './batch-runner';
import { type CommitStrategy } from './commit-strategy';
import { type BatchContext, type ConsumedMessage, type RecordOutcome } from './consumed-message';
import { emptyStats } from './consumer-options';
import { jsonRecord } from './fake-kafka.spec-helper';
import { silentLogger } from './logger';
import { type PartitionClaim } from './partition-claim';

export const records = (...offsets: number[]) => offsets.map((n) => jsonRecord(n, { n }));
export const passThrough = (messages: readonly ConsumedMessage[]): Promise<RecordOutcome[]> =>
  Promise.resolve(messages.map(() => ({ ok: true, outputs: [{ topic: 'out', key: 'k', value: {} }] })));

export function setup(
  claimed: Partial<PartitionClaim> = {},
  settings: Partial<BatchRunnerOptions['settings']> = {},
) {
  const claim: PartitionClaim = {
    generation: 1,
    producer: undefined,
    floor: 0n,
    recovered: undefined,
    positioned: true,
    ...claimed,
  };
  const handler = jest.fn((messages: readonly ConsumedMessage[], _context: BatchContext) =>
    passThrough(messages),
  );
  const commits = {
    commit: jest.fn((..._: Parameters<CommitStrategy['commit']>) => Promise.resolve()),
    close: () => Promise.resolve(),
  };
  const observer = { batchCommitted: jest.fn(), batchAborted: jest.fn(), deadLetter: jest.fn() };
  const options = {
    settings: {
      maxBatchMessages: 2,
      sessionTimeoutMs: 30_000,
      maxMessageBytes: 1024,
      dlqTopic: 'dlq',
      stage: 'test',
      recoverCheckpoints: true,
      ...settings,
    },
    handler,
    logger: silentLogger,
    observer,
    stats: emptyStats(),
    claim: jest.fn((_topic: string, _partition: number) => Promise.resolve(claim)),
    commits,
    seek: jest.fn(),
  };
  return { ...options, runner: new BatchRunner(options), claimed: claim };
}

export const committedOffsets = (commit: jest.Mock<Promise<void>, Parameters<CommitStrategy['commit']>>) =>
  commit.mock.calls.map((call) => call[1].offset);
