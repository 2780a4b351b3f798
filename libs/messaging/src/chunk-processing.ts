import { toPipelineError } from '@wirestream/util';
import { type KafkaMessage, type TopicMessages } from 'kafkajs';
import { type ConsumedMessage, MAX_CHECKPOINT_BYTES, type RecordOutcome } from './consumed-message';
import { decodeRecordValue } from './decode-record';
import { outcomeMessages, type OutcomeMessagesOptions } from './outcome-messages';
import { decodeHeaders } from './record-headers';

/** The input partition a chunk was read from. */
export interface ChunkOrigin {
  readonly topic: string;
  readonly partition: number;
}

/** A partition's next offset and the checkpoint committed with it. */
export interface PartitionOffset {
  readonly partition: number;
  readonly offset: string;
  readonly metadata: string | null;
}

/** A fetched batch cut into chunks of at most `size` messages, each committed on its own. */
export function chunksOf<T>(messages: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let from = 0; from < messages.length; from += size) chunks.push(messages.slice(from, from + size));
  return chunks;
}

/** The records at or above a claim's floor: those below it were committed already. */
export function uncommitted(chunk: readonly KafkaMessage[], floor: bigint): KafkaMessage[] {
  return chunk.filter((message) => BigInt(message.offset) >= floor);
}

/** Where a claim reads from: its floor, or the start of the partition when nothing was committed. */
export function seekOffset(floor: bigint): string {
  return (floor < 0n ? 0n : floor).toString();
}

/** A chunk decoded for the handler; a record that fails to decode has its outcome already. */
export interface DecodedChunk {
  /** Decoded once: the handler sees them, and outputs and dead letters copy from them. */
  readonly headers: readonly Record<string, string>[];
  /** What the handler is given: the records that decoded, in order. */
  readonly messages: readonly ConsumedMessage[];
  /** By position in the chunk: a content error, or undefined where the handler decides. */
  readonly outcomes: readonly (RecordOutcome | undefined)[];
  /** The position in the chunk of each of `messages`. */
  readonly positions: readonly number[];
}

export function decodeChunk(
  origin: ChunkOrigin,
  chunk: readonly KafkaMessage[],
  maxMessageBytes: number,
): DecodedChunk {
  const headers = chunk.map((message) => decodeHeaders(message.headers));
  const messages: ConsumedMessage[] = [];
  const outcomes: (RecordOutcome | undefined)[] = [];
  const positions: number[] = [];
  chunk.forEach((message, i) => {
    try {
      const value = decodeRecordValue(message.value, maxMessageBytes);
      messages.push({
        value,
        arrivedAt: new Date(Number(message.timestamp)),
        topic: origin.topic,
        partition: origin.partition,
        offset: message.offset,
        headers: headers[i]!,
      });
      positions.push(i);
      outcomes.push(undefined);
    } catch (error) {
      // Bad content is the record's fault, not an outage: it is dead-lettered, never retried.
      outcomes.push({ ok: false, error: toPipelineError(error) });
    }
  });
  return { headers, messages, outcomes, positions };
}

/** Every record's outcome in chunk order: the content errors, and the handler's for the rest. */
export function mergeOutcomes(decoded: DecodedChunk, handled: readonly RecordOutcome[]): RecordOutcome[] {
  const wanted = decoded.messages.length;
  if (handled.length !== wanted) {
    throw new Error(`handler returned ${handled.length} outcomes for ${wanted} messages`);
  }
  const outcomes = [...decoded.outcomes];
  handled.forEach((outcome, j) => {
    outcomes[decoded.positions[j]!] = outcome;
  });
  return outcomes as RecordOutcome[];
}

/** A checkpoint over the broker's limit would fail every commit, so it is a bug here. */
export function checkedCheckpoint(checkpoint: string | undefined): string | null {
  if (checkpoint === undefined) return null;
  if (Buffer.byteLength(checkpoint) > MAX_CHECKPOINT_BYTES) {
    throw new Error(`batch checkpoint is over ${MAX_CHECKPOINT_BYTES} bytes`);
  }
  return checkpoint;
}

/** What committing a chunk writes, and what it is counted as once written. */
export interface ChunkCommit {
  readonly topicMessages: TopicMessages[];
  /** Error codes of the records dead-lettered. */
  readonly deadLetters: readonly string[];
  readonly offset: PartitionOffset;
  /** The partition's next offset: the claim's floor once committed. */
  readonly next: bigint;
  /** Records produced per output topic, the dead-letter topic left out. */
  readonly produced: ReadonlyMap<string, number>;
}

export function chunkCommit(
  options: OutcomeMessagesOptions,
  origin: ChunkOrigin,
  chunk: readonly KafkaMessage[],
  headers: readonly Record<string, string>[],
  outcomes: readonly RecordOutcome[],
  checkpoint: string | undefined,
): ChunkCommit {
  const { topicMessages, deadLetters } = outcomeMessages(options, origin, chunk, headers, outcomes);
  const next = BigInt(chunk[chunk.length - 1]!.offset) + 1n;
  const offset = {
    partition: origin.partition,
    offset: next.toString(),
    metadata: checkedCheckpoint(checkpoint),
  };
  const produced = new Map<string, number>();
  for (const { topic, messages } of topicMessages) {
    if (topic !== options.dlqTopic) produced.set(topic, messages.length);
  }
  return { topicMessages, deadLetters, offset, next, produced };
}

/**
 * Records left to read in the partition after a commit, for the lag metric. `trailingControl` is
 * the number of offsets after the fetched batch's last data record that only hold control records
 * (the commit markers a transactional producer writes): nothing will ever consume them, so a
 * drained partition shows lag 0, not 1.
 */
export function lagAfter(highWatermark: string, next: bigint, trailingControl = 0n): number {
  const lag = BigInt(highWatermark) - next - trailingControl;
  return lag > 0n ? Number(lag) : 0;
}

/**
 * Offsets after a fetched batch's last data record up to the last offset it fetched (kafkajs
 * `batch.lastOffset()`, control records included).
 */
export function trailingControlRecords(messages: readonly KafkaMessage[], lastFetchedOffset: string): bigint {
  const last = messages[messages.length - 1];
  if (last === undefined) return 0n;
  const trailing = BigInt(lastFetchedOffset) - BigInt(last.offset);
  return trailing > 0n ? trailing : 0n;
}
