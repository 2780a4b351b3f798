import { type Message, type TopicMessages } from 'kafkajs';

/**
 * Bytes of records per produce request. kafkajs puts all of one send's records for a partition
 * in a single record batch, and the broker refuses a batch over `message.max.bytes` (1 MiB + 12
 * bytes by default): a full batch of 500 tagged dispatches (~10 KB each) would be refused for
 * ever. 960 KiB leaves room for the batch header; fewer, larger sends cost the broker less.
 */
export const SEND_BUDGET_BYTES = 960 * 1024;

/** Key, value and header bytes plus a record's framing (varints, attributes, deltas). */
function recordBytes(message: Message): number {
  const size = (x: string | Buffer | null | undefined): number =>
    x === null || x === undefined ? 0 : typeof x === 'string' ? Buffer.byteLength(x) : x.length;
  let bytes = 16 + size(message.key) + size(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    bytes += 4 + Buffer.byteLength(name);
    if (Array.isArray(value)) for (const v of value) bytes += size(v);
    else bytes += size(value);
  }
  return bytes;
}

/**
 * Cuts one transaction's records into sends of at most `budget` bytes each, keeping their
 * order (so sent one after the other, each partition keeps its order). A record over the budget
 * goes alone.
 */
export function splitSends(
  topicMessages: readonly TopicMessages[],
  budget = SEND_BUDGET_BYTES,
): TopicMessages[][] {
  const sends: TopicMessages[][] = [];
  let current = new Map<string, Message[]>();
  let bytes = 0;
  const flush = (): void => {
    if (current.size > 0) sends.push([...current].map(([topic, messages]) => ({ topic, messages })));
    current = new Map();
    bytes = 0;
  };
  for (const { topic, messages } of topicMessages) {
    for (const message of messages) {
      const size = recordBytes(message);
      if (bytes > 0 && bytes + size > budget) flush();
      const list = current.get(topic);
      if (list) list.push(message);
      else current.set(topic, [message]);
      bytes += size;
    }
  }
  flush();
  return sends;
}
