import { jsonRecord } from './fake-kafka.spec-helper';
import { PipelineError } from '@wirestream/util';
import { type KafkaMessage } from 'kafkajs';
import {
  checkedCheckpoint,
  chunkCommit,
  chunksOf,
  decodeChunk,
  lagAfter,
  mergeOutcomes,
  seekOffset,
  trailingControlRecords,
  uncommitted,
} from './chunk-processing';
import { MAX_CHECKPOINT_BYTES, type RecordOutcome } from './consumed-message';
import { silentLogger } from './logger';

const origin = { topic: 'in', partition: 3 };

function record(offset: number, value: string | null, headers: KafkaMessage['headers'] = {}): KafkaMessage {
  return {
    key: Buffer.from('story-1'),
    value: value === null ? null : Buffer.from(value),
    timestamp: '1700000000000',
    attributes: 0,
    offset: String(offset),
    headers,
  };
}

const ok = (...topics: string[]): RecordOutcome => ({
  ok: true,
  outputs: topics.map((topic) => ({ topic, key: 'story-1', value: { to: topic } })),
});
const failed = (message: string): RecordOutcome => ({
  ok: false,
  error: PipelineError.nonRetryable('WIRE_STAGE_FAILED', message),
});

describe('chunksOf', () => {
  it('cuts a batch into chunks of at most the given size, in order', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([1, 2, 3], 500)).toEqual([[1, 2, 3]]);
    expect(chunksOf([], 500)).toEqual([]);
  });
});

describe('uncommitted and seekOffset', () => {
  it('keeps the records at or above the floor', () => {
    const chunk = [8, 9, 10, 11].map((n) => record(n, '{}'));
    expect(uncommitted(chunk, 10n).map((m) => m.offset)).toEqual(['10', '11']);
    expect(uncommitted(chunk, -1n)).toHaveLength(4);
    expect(uncommitted(chunk, 12n)).toEqual([]);
  });

  it('reads from the start of a partition with no committed offset', () => {
    expect(seekOffset(-1n)).toBe('0');
    expect(seekOffset(42n)).toBe('42');
  });
});

describe('decodeChunk', () => {
  it('hands the handler the records that decode, with their coordinates and headers', () => {
    const chunk = [record(7, '{"n":1}', { 'trace-id': Buffer.from('t-1') }), record(8, '[2]')];
    const decoded = decodeChunk(origin, chunk, 1024);
    expect(decoded.messages).toEqual([
      {
        value: { n: 1 },
        arrivedAt: new Date(1_700_000_000_000),
        topic: 'in',
        partition: 3,
        offset: '7',
        headers: { 'trace-id': 't-1' },
      },
      {
        value: [2],
        arrivedAt: new Date(1_700_000_000_000),
        topic: 'in',
        partition: 3,
        offset: '8',
        headers: {},
      },
    ]);
    expect(decoded.positions).toEqual([0, 1]);
    expect(decoded.outcomes).toEqual([undefined, undefined]);
    expect(decoded.headers).toEqual([{ 'trace-id': 't-1' }, {}]);
  });

  it('gives a record that cannot be decoded its content error, and keeps it from the handler', () => {
    const chunk = [
      record(1, null),
      record(2, '{"n":2}'),
      record(3, '"' + 'x'.repeat(20) + '"'),
      record(4, '{'),
    ];
    const decoded = decodeChunk(origin, chunk, 16);
    expect(decoded.messages.map((m) => m.offset)).toEqual(['2']);
    expect(decoded.positions).toEqual([1]);
    const codes = decoded.outcomes.map((o) => (o && !o.ok ? o.error.code : o));
    expect(codes).toEqual([
      'WIRE_INPUT_SCHEMA',
      undefined,
      'WIRE_INPUT_TOO_LARGE',
      'WIRE_INPUT_INVALID_JSON',
    ]);
  });
});

describe('mergeOutcomes', () => {
  it('puts the handler outcomes back between the content errors, in chunk order', () => {
    const decoded = decodeChunk(origin, [record(1, '{}'), record(2, null), record(3, '{}')], 1024);
    const first = ok('a');
    const third = failed('refused');
    const merged = mergeOutcomes(decoded, [first, third]);
    expect(merged[0]).toBe(first);
    expect(merged[1]).toEqual({ ok: false, error: expect.objectContaining({ code: 'WIRE_INPUT_SCHEMA' }) });
    expect(merged[2]).toBe(third);
  });

  it('refuses a handler that returns a different number of outcomes', () => {
    const decoded = decodeChunk(origin, [record(1, '{}'), record(2, '{}')], 1024);
    expect(() => mergeOutcomes(decoded, [ok('a')])).toThrow('handler returned 1 outcomes for 2 messages');
  });

  it('needs no handler outcome when nothing decoded', () => {
    const decoded = decodeChunk(origin, [record(1, null)], 1024);
    expect(mergeOutcomes(decoded, []).map((o) => o.ok)).toEqual([false]);
  });
});

describe('checkedCheckpoint', () => {
  it('commits no metadata without a checkpoint, and the checkpoint as it is otherwise', () => {
    expect(checkedCheckpoint(undefined)).toBeNull();
    expect(checkedCheckpoint('{"seen":3}')).toBe('{"seen":3}');
    expect(checkedCheckpoint('x'.repeat(MAX_CHECKPOINT_BYTES))).toHaveLength(MAX_CHECKPOINT_BYTES);
  });

  it('refuses a checkpoint over the limit, counted in UTF-8 bytes', () => {
    expect(() => checkedCheckpoint('x'.repeat(MAX_CHECKPOINT_BYTES + 1))).toThrow(/checkpoint is over/);
    // Fewer characters than the limit, but two bytes each.
    expect(() => checkedCheckpoint('é'.repeat(Math.floor(MAX_CHECKPOINT_BYTES / 2) + 1))).toThrow(
      /checkpoint is over/,
    );
  });
});

describe('chunkCommit', () => {
  const options = { dlqTopic: 'dlq', stage: 'test', maxMessageBytes: 1024, logger: silentLogger };

  it('commits the next offset with the checkpoint, the outputs and the dead letters', () => {
    const chunk = [record(41, '{}'), record(42, '{}', { 'trace-id': 't-2' }), record(43, '{}')];
    const headers: Record<string, string>[] = [{}, { 'trace-id': 't-2' }, {}];
    const outcomes = [ok('out-a', 'out-b'), failed('refused'), ok('out-a')];
    const commit = chunkCommit(options, origin, chunk, headers, outcomes, 'cp');
    expect(commit.offset).toEqual({ partition: 3, offset: '44', metadata: 'cp' });
    expect(commit.next).toBe(44n);
    expect(commit.deadLetters).toEqual(['WIRE_STAGE_FAILED']);
    expect(commit.topicMessages.map((t) => [t.topic, t.messages.length])).toEqual([
      ['out-a', 2],
      ['out-b', 1],
      ['dlq', 1],
    ]);
    // The dead letter says where it came from; the dead-letter topic is no output.
    expect(commit.topicMessages[2]!.messages[0]!.headers).toMatchObject({
      'origin-offset': '42',
      'error-code': 'WIRE_STAGE_FAILED',
      'trace-id': 't-2',
    });
    expect([...commit.produced]).toEqual([
      ['out-a', 2],
      ['out-b', 1],
    ]);
  });

  it('commits null metadata without a checkpoint, and produces nothing for no outputs', () => {
    const commit = chunkCommit(options, origin, [record(0, '{}')], [{}], [ok()], undefined);
    expect(commit.offset).toEqual({ partition: 3, offset: '1', metadata: null });
    expect(commit.topicMessages).toEqual([]);
    expect(commit.produced.size).toBe(0);
  });

  it('fails the chunk when the handler left a checkpoint over the limit', () => {
    const tooLong = 'x'.repeat(MAX_CHECKPOINT_BYTES + 1);
    expect(() => chunkCommit(options, origin, [record(0, '{}')], [{}], [ok('a')], tooLong)).toThrow(
      /checkpoint is over/,
    );
  });
});

describe('lagAfter', () => {
  it('counts the records after the committed ones, never below zero', () => {
    expect(lagAfter('50', 44n)).toBe(6);
    expect(lagAfter('44', 44n)).toBe(0);
    expect(lagAfter('40', 44n)).toBe(0);
  });

  it('given a drained partition whose last offset is a commit marker, then lag 0, not 1', () => {
    // Data at offsets 40..43, the upstream transaction's marker at 44, high watermark 45.
    const messages = [40, 41, 42, 43].map((o) => jsonRecord(o, {}));
    const trailing = trailingControlRecords(messages, '44');
    expect(trailing).toBe(1n);
    expect(lagAfter('45', 44n, trailing)).toBe(0);
    // Without the marker counted out, the idle partition would show 1 forever.
    expect(lagAfter('45', 44n)).toBe(1);
  });

  it('given records still to come after the batch, then they count', () => {
    const messages = [40, 41].map((o) => jsonRecord(o, {}));
    expect(lagAfter('50', 42n, trailingControlRecords(messages, '42'))).toBe(7);
    expect(trailingControlRecords([], '42')).toBe(0n);
  });
});
