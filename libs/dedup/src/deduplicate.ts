import { stableHash } from '@wirestream/nlp-text';
import { decide, isWithdrawal } from './decide';
import { compileDedupOptions, type DedupOptions } from './dedup-options';
import { loadHash32, type Hash32 } from './hash32';
import { sketchDispatch, type DispatchSketch } from './sketch-dispatch';
import type { DedupCandidate, DedupDecision, DedupStore, ResolveRequest, StorySettlement } from './types';

/** A ready deduplicator: hashing loaded, options compiled. */
export interface Deduplicator {
  readonly options: DedupOptions;
  /** Sketches one cleaned text (pure, synchronous). */
  sketch(text: string): DispatchSketch;
  /** Decides a batch and records its stories in the store before returning; see {@link deduplicate}. */
  deduplicate(candidates: readonly DedupCandidate[], store: DedupStore): Promise<DedupDecision[]>;
  /**
   * Decides a batch in exactly one store call: `carried` (the settlements of earlier batches) are
   * applied by that call, and this batch's own settlements come back for the caller to carry to the
   * next call, so a batch holding updates still costs one round trip. The caller keeps them durable
   * until then (the Kafka transport commits them with the batch's offsets).
   */
  decideBatch(
    candidates: readonly DedupCandidate[],
    store: DedupStore,
    carried?: readonly StorySettlement[],
  ): Promise<BatchDecision>;
}

/** The decisions of a batch and the stories it assigned that the store has not recorded yet. */
export interface BatchDecision {
  readonly decisions: DedupDecision[];
  readonly settlements: StorySettlement[];
}

/**
 * The fingerprint a candidate claims. A withdrawal claims one of its own (per story), so a generic
 * "story withdrawn" text never makes one story's withdrawal the duplicate of another's.
 */
function claimedFingerprint(candidate: DedupCandidate, sketch: DispatchSketch): string {
  return isWithdrawal(candidate)
    ? stableHash(`withdrawal\u0000${candidate.storyId}\u0000${sketch.fingerprint}`)
    : sketch.fingerprint;
}

async function run(
  candidates: readonly DedupCandidate[],
  store: DedupStore,
  options: DedupOptions,
  hash: Hash32,
  carried: readonly StorySettlement[],
): Promise<BatchDecision> {
  if (candidates.length === 0) {
    if (carried.length > 0) await store.resolve([], carried);
    return { decisions: [], settlements: [] };
  }
  const sketches = candidates.map((c) => sketchDispatch(c.text, options, hash));
  const requests: ResolveRequest[] = candidates.map((c, i) => {
    const s = sketches[i] as DispatchSketch;
    const fingerprint = claimedFingerprint(c, s);
    return {
      claim: { fingerprint, owner: c.id, storyId: c.storyId },
      record: {
        id: c.id,
        storyId: c.storyId,
        fingerprint,
        signature: s.signature,
        shingleCount: s.shingleCount,
        facts: s.facts,
        ...(s.storyKey === '' ? {} : { storyKey: s.storyKey }),
        ...(isWithdrawal(c) ? { withdrawn: true } : {}),
      },
      bands: s.bands,
    };
  });
  const resolutions = await store.resolve(requests, carried);
  // Stories decided earlier in this batch, not yet settled in the store.
  const decided = new Map<string, string>();
  const storyOf = (id: string, stored: string): string => decided.get(id) ?? stored;
  const decisions: DedupDecision[] = [];
  const settlements: StorySettlement[] = [];
  candidates.forEach((c, i) => {
    const resolution = resolutions[i];
    if (resolution === undefined)
      throw new Error(`Dedup store answered ${resolutions.length} of ${candidates.length}`);
    const d = decide(c, sketches[i] as DispatchSketch, resolution, options, storyOf);
    const decision = isWithdrawal(c)
      ? { ...d, fingerprint: (requests[i] as ResolveRequest).claim.fingerprint }
      : d;
    decisions.push(decision);
    if (decision.status !== 'duplicate') {
      decided.set(c.id, decision.storyId);
      if (decision.storyId !== c.storyId) {
        settlements.push({ id: c.id, fingerprint: decision.fingerprint, storyId: decision.storyId });
      }
    }
  });
  return { decisions, settlements };
}

/**
 * Creates a deduplicator. Asynchronous once, to compile the xxHash WebAssembly module shipped in
 * `xxhash-wasm`; everything after is synchronous hashing and one store call per batch
 * ({@link Deduplicator.decideBatch}; `deduplicate` adds a `settle` call when an update joined a story).
 */
export async function createDeduplicator(options: Partial<DedupOptions> = {}): Promise<Deduplicator> {
  const compiled = compileDedupOptions(options);
  const hash = await loadHash32();
  return {
    options: compiled,
    sketch: (text) => sketchDispatch(text, compiled, hash),
    deduplicate: async (candidates, store) => {
      const { decisions, settlements } = await run(candidates, store, compiled, hash, []);
      if (settlements.length > 0) await store.settle(settlements);
      return decisions;
    },
    decideBatch: (candidates, store, carried = []) => run(candidates, store, compiled, hash, carried),
  };
}

let defaultDeduplicator: Promise<Deduplicator> | undefined;

/**
 * Decides a batch of cleaned dispatches against the store, with the default options. Decisions come in
 * input order; a candidate sees the earlier candidates of its batch. The rule:
 * - **duplicate**: the same text as a known dispatch once whitespace, punctuation, typography and case
 *   are set aside (`duplicateOf`, similarity 1);
 * - **update**: words differ from a known dispatch of the same story (a figure, a name, a sentence…):
 *   `updateOf` and the original's `storyId`;
 * - **unique**: a new story, including the next edition of a formulaic bulletin.
 * Replaying a dispatch gives the same decision (never a duplicate of itself). Withdrawals (`pubstatus`
 * canceled or withheld) are flagged `withdrawn` and never dropped as duplicates of their story.
 */
export function deduplicate(
  candidates: readonly DedupCandidate[],
  store: DedupStore,
): Promise<DedupDecision[]> {
  defaultDeduplicator ??= createDeduplicator();
  return defaultDeduplicator.then((d) => d.deduplicate(candidates, store));
}
