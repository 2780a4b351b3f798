/** What dedup needs of a dispatch: its identity and its cleaned text. */
export interface DedupCandidate {
  readonly id: string;
  readonly storyId: string;
  readonly agency: string;
  /** Cleaned body (chrome removed), headline first. */
  readonly text: string;
  readonly version?: number;
  readonly pubstatus?: string;
}

export type DedupStatus = 'unique' | 'update' | 'duplicate';

export interface DedupDecision {
  readonly id: string;
  readonly status: DedupStatus;
  /** Exact fingerprint of the normalised text. */
  readonly fingerprint: string;
  /** The story this dispatch belongs to: its own, or the one it updates. */
  readonly storyId: string;
  readonly duplicateOf?: string;
  readonly updateOf?: string;
  /** Similarity (0..1) to the matched dispatch, when one matched. */
  readonly similarity?: number;
  readonly reason?: string;
  /**
   * True when the dispatch withdraws its story (ninjs `pubstatus` `canceled` or `withheld`): the pipeline
   * emits a withdrawal for `storyId`. A withdrawal is never a duplicate of the story it withdraws.
   */
  readonly withdrawn?: boolean;
}

/** A request to own an exact fingerprint. */
export interface FingerprintClaim {
  readonly fingerprint: string;
  /** The dispatch id claiming it: a replay by the same owner gets `owner === id` back. */
  readonly owner: string;
  readonly storyId: string;
}

/** The fingerprint's owner after the claim: the claimant itself, or whoever claimed first. */
export interface ClaimResult {
  readonly fingerprint: string;
  readonly owner: string;
  readonly storyId: string;
  /** True when the claimant is the owner (first claim or a replay of it). */
  readonly owned: boolean;
}

/**
 * What the store keeps of a known dispatch for near-duplicate search: its MinHash signature and the
 * hashes of its facts. About 0.6 KB with the default 128 hashes.
 */
export interface SketchRecord {
  readonly id: string;
  /** The story the dispatch belongs to (the candidate's own until {@link DedupStore.settle} resolves it). */
  readonly storyId: string;
  readonly fingerprint: string;
  /** MinHash signature: unsigned 32-bit minima, one per hash function. */
  readonly signature: readonly number[];
  /** Distinct shingles in the text, to turn an estimated Jaccard into containment. */
  readonly shingleCount: number;
  /** Sorted unsigned 32-bit hashes of fact tokens (figures, dates, names); duplicates kept. */
  readonly facts: readonly number[];
  /** A withdrawal is kept for replays but never matched as the original of a story. */
  readonly withdrawn?: boolean;
  /**
   * Hash of the story's running sentences and figures: a later dispatch with the same key is a duplicate
   * of this one (same story, other chrome or typography). Absent on records that have none.
   */
  readonly storyKey?: string;
}

/**
 * Neighbours a store returns per request at most. A pair with Jaccard J shares about bands × J^rows
 * LSH bands, so the records sharing the most bands are the likeliest matches; the limit keeps a flood
 * of formulaic look-alikes (hundreds of daily bulletins) from costing hundreds of comparisons each.
 */
export const DEFAULT_MAX_NEIGHBORS = 32;

/**
 * Records a store keeps per LSH band (per time window on Redis), the latest. A band shared by more is
 * boilerplate (a standard sentence of a bulletin), not a clue; the cap bounds every scan, however
 * repetitive the wire gets. A true update shares many distinctive bands with its original.
 */
export const DEFAULT_MAX_BAND_MEMBERS = 32;

/** A stored {@link SketchRecord} with the store's arrival order. */
export interface StoredSketch extends SketchRecord {
  /** Arrival order assigned by the store on first insert, unchanged on replays. */
  readonly seq: number;
}

/** One item of {@link DedupStore.resolve}: claim the fingerprint, and if owned, find neighbours and insert. */
export interface ResolveRequest {
  readonly claim: FingerprintClaim;
  readonly record: SketchRecord;
  /** LSH band keys of the signature: dispatches sharing one are candidate near-duplicates. */
  readonly bands: readonly string[];
}

export interface Resolution {
  readonly claim: ClaimResult;
  /** Arrival order of the record (0 when the claim was not owned: nothing inserted). */
  readonly seq: number;
  /**
   * Records sharing at least one band with the request that arrived *before* it (lower `seq`), the
   * request itself excluded: a replay sees exactly what the first run saw, so it decides the same.
   * At most the store's neighbour limit ({@link DEFAULT_MAX_NEIGHBORS}): those sharing the most bands,
   * ties to the earliest; in `seq` order.
   */
  readonly neighbors: readonly StoredSketch[];
}

/** A story resolved by the decision, written back so later dispatches and duplicates join it. */
export interface StorySettlement {
  readonly id: string;
  readonly fingerprint: string;
  readonly storyId: string;
}

/**
 * Dedup state, batch-shaped so a Redis implementation makes one round trip per batch.
 * Claims are atomic per fingerprint and idempotent per owner.
 */
export interface DedupStore {
  claim(claims: readonly FingerprintClaim[]): Promise<readonly ClaimResult[]>;
  /**
   * One call per batch. First applies `settlements` carried from earlier batches (see {@link settle}),
   * then for each request in order, atomically: claim its fingerprint; when the claimant owns it, assign
   * (or find, on a replay) the record's `seq`, collect the neighbours that arrived before it, and insert
   * the record into its bands. Later requests of the batch see earlier ones.
   */
  resolve(
    requests: readonly ResolveRequest[],
    settlements?: readonly StorySettlement[],
  ): Promise<readonly Resolution[]>;
  /**
   * Records the story each dispatch was assigned (an update joins its original's story), on its record
   * and on the fingerprint it owns. Idempotent. Callers that must keep one round trip per batch pass
   * the settlements to the next {@link resolve} instead.
   */
  settle(settlements: readonly StorySettlement[]): Promise<void>;
}
