import { type StorySettlement } from '@wirestream/dedup';
import { MAX_CHECKPOINT_BYTES } from '../stage-handler';

const TAG = 'dedup-settlements/1 ';

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The settlements a dedup batch has not written to the store yet, as a checkpoint the transport
 * commits with the batch's offsets; undefined when there are none, or when they do not fit (the
 * caller then writes them to the store at once).
 */
export function encodeSettlements(settlements: readonly StorySettlement[]): string | undefined {
  if (settlements.length === 0) return undefined;
  const text = TAG + JSON.stringify(settlements.map((s) => [s.id, s.fingerprint, s.storyId]));
  return utf8Length(text) <= MAX_CHECKPOINT_BYTES ? text : undefined;
}

/**
 * The settlements in a recovered checkpoint. Anything else (another stage's checkpoint, a damaged
 * one) yields none: settlements only keep stories joined, they never decide what is kept.
 */
export function decodeSettlements(checkpoint: string | undefined): StorySettlement[] {
  if (checkpoint === undefined || !checkpoint.startsWith(TAG)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(checkpoint.slice(TAG.length));
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const settlements: StorySettlement[] = [];
  for (const item of parsed as unknown[]) {
    if (!Array.isArray(item) || item.length !== 3) continue;
    const [id, fingerprint, storyId] = item as unknown[];
    if (typeof id === 'string' && typeof fingerprint === 'string' && typeof storyId === 'string') {
      settlements.push({ id, fingerprint, storyId });
    }
  }
  return settlements;
}
