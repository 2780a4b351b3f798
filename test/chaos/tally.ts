import { HEADERS } from '@wirestream/contracts';
import { parseInputId } from './dispatch-set';
import { type LoggedRecord } from './output-log';

export interface Tally {
  readonly lost: number;
  readonly doubled: number;
  /** Records of dispatches nobody published (should be none). */
  readonly unexpected: number;
  /** Stories whose versions came out of order on their partition. */
  readonly outOfOrder: number;
  /** Up to five examples of each problem, for the notes. */
  readonly examples: string[];
}

/**
 * Compares what a read-committed consumer saw on an output topic with the ids that should be there
 * exactly once. Order is checked per story, in offset order on its partition.
 */
export function tallyOutput(expected: ReadonlySet<string>, records: readonly LoggedRecord[]): Tally {
  const seen = new Map<string, number>();
  const examples: string[] = [];
  const note = (what: string) => void (examples.length < 5 && examples.push(what));
  let unexpected = 0;
  for (const record of records) {
    const id = record.headers[HEADERS.dispatchId] ?? record.key ?? '';
    seen.set(id, (seen.get(id) ?? 0) + 1);
    if (!expected.has(id)) {
      unexpected += 1;
      note(`unexpected ${id}`);
    }
  }
  let lost = 0;
  let doubled = 0;
  for (const id of expected) {
    const count = seen.get(id) ?? 0;
    if (count === 0) {
      lost += 1;
      note(`lost ${id}`);
    }
    if (count > 1) {
      doubled += count - 1;
      note(`${id} seen ${count} times`);
    }
  }
  const outOfOrder = countOutOfOrder(records);
  if (outOfOrder > 0) note(`${outOfOrder} stories out of order`);
  return { lost, doubled, unexpected, outOfOrder, examples };
}

function countOutOfOrder(records: readonly LoggedRecord[]): number {
  const sorted = [...records].sort((a, b) =>
    a.partition !== b.partition ? a.partition - b.partition : a.offset < b.offset ? -1 : 1,
  );
  const lastVersion = new Map<string, number>();
  const broken = new Set<string>();
  for (const record of sorted) {
    const parsed = parseInputId(record.headers[HEADERS.dispatchId] ?? '');
    if (!parsed) continue;
    const last = lastVersion.get(parsed.story) ?? 0;
    if (parsed.version < last) broken.add(parsed.story);
    lastVersion.set(parsed.story, Math.max(last, parsed.version));
  }
  return broken.size;
}

/** The longest time between two successive arrivals, in seconds: the worst stall of the output. */
export function longestGapSeconds(records: readonly LoggedRecord[]): number {
  const times = records.map((r) => r.at).sort((a, b) => a - b);
  let gap = 0;
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i]! - times[i - 1]!);
  return gap / 1000;
}
