import {
  DEFAULT_MAX_BAND_MEMBERS,
  DEFAULT_MAX_NEIGHBORS,
  type ClaimResult,
  type DedupStore,
  type FingerprintClaim,
  type Resolution,
  type ResolveRequest,
  type StorySettlement,
  type StoredSketch,
} from './types';

/** Options of {@link InMemoryDedupStore}. */
export interface InMemoryDedupStoreOptions {
  /**
   * Dispatches remembered; beyond it the oldest are forgotten (their fingerprints and bands too), which
   * bounds memory like the Redis store's TTL window does. Counted in owned records.
   * @default 100000
   */
  readonly maxRecords: number;
  /** Neighbours returned per request at most, those sharing the most bands. @default 32 */
  readonly maxNeighbors: number;
  /** Records kept per band, the latest (see {@link DEFAULT_MAX_BAND_MEMBERS}). @default 32 */
  readonly maxBandMembers: number;
}

/** Default {@link InMemoryDedupStoreOptions}. */
export const DEFAULT_IN_MEMORY_DEDUP_STORE_OPTIONS: InMemoryDedupStoreOptions = Object.freeze({
  maxRecords: 100_000,
  maxNeighbors: DEFAULT_MAX_NEIGHBORS,
  maxBandMembers: DEFAULT_MAX_BAND_MEMBERS,
});

interface Owner {
  owner: string;
  storyId: string;
}

/**
 * The dedup state of embedded mode, in process memory. Same contract as the Redis store: claims are
 * atomic and idempotent per owner, a batch is applied in order, a replay sees what the first run saw.
 * Not shared between processes: distributed mode needs the Redis store.
 */
export class InMemoryDedupStore implements DedupStore {
  private readonly fingerprints = new Map<string, Owner>();
  private readonly records = new Map<string, StoredSketch>();
  private readonly buckets = new Map<string, Set<string>>();
  private readonly bandsOf = new Map<string, readonly string[]>();
  private nextSeq = 1;
  private readonly options: InMemoryDedupStoreOptions;

  constructor(options: Partial<InMemoryDedupStoreOptions> = {}) {
    this.options = { ...DEFAULT_IN_MEMORY_DEDUP_STORE_OPTIONS, ...options };
    if (!Number.isInteger(this.options.maxRecords) || this.options.maxRecords < 1) {
      throw new RangeError('InMemoryDedupStore: maxRecords must be an integer ≥ 1');
    }
    for (const key of ['maxNeighbors', 'maxBandMembers'] as const) {
      if (!Number.isInteger(this.options[key]) || this.options[key] < 1) {
        throw new RangeError(`InMemoryDedupStore: ${key} must be an integer ≥ 1`);
      }
    }
  }

  /** Dispatches currently remembered (for tests and metrics). */
  get size(): number {
    return this.records.size;
  }

  claim(claims: readonly FingerprintClaim[]): Promise<readonly ClaimResult[]> {
    return Promise.resolve(claims.map((c) => this.claimOne(c)));
  }

  resolve(
    requests: readonly ResolveRequest[],
    settlements: readonly StorySettlement[] = [],
  ): Promise<readonly Resolution[]> {
    this.applySettlements(settlements);
    return Promise.resolve(requests.map((r) => this.resolveOne(r)));
  }

  settle(settlements: readonly StorySettlement[]): Promise<void> {
    this.applySettlements(settlements);
    return Promise.resolve();
  }

  private applySettlements(settlements: readonly StorySettlement[]): void {
    for (const s of settlements) {
      const record = this.records.get(s.id);
      if (record !== undefined) this.records.set(s.id, { ...record, storyId: s.storyId });
      const owner = this.fingerprints.get(s.fingerprint);
      if (owner !== undefined && owner.owner === s.id) owner.storyId = s.storyId;
    }
  }

  private claimOne(c: FingerprintClaim): ClaimResult {
    let owner = this.fingerprints.get(c.fingerprint);
    if (owner === undefined) {
      owner = { owner: c.owner, storyId: c.storyId };
      this.fingerprints.set(c.fingerprint, owner);
    }
    return {
      fingerprint: c.fingerprint,
      owner: owner.owner,
      storyId: owner.storyId,
      owned: owner.owner === c.owner,
    };
  }

  private resolveOne(r: ResolveRequest): Resolution {
    const claim = this.claimOne(r.claim);
    if (!claim.owned) return { claim, seq: 0, neighbors: [] };
    let record = this.records.get(r.record.id);
    const fresh = record === undefined;
    record ??= { ...r.record, seq: this.nextSeq++ };
    // Shared bands per earlier record: the most shared are the likeliest matches (see maxNeighbors).
    const hits = new Map<StoredSketch, number>();
    for (const band of r.bands) {
      for (const id of this.buckets.get(band) ?? []) {
        if (id === record.id) continue;
        const n = this.records.get(id);
        if (n !== undefined && n.seq < record.seq) hits.set(n, (hits.get(n) ?? 0) + 1);
      }
    }
    const neighbors = [...hits]
      .sort(([a, ha], [b, hb]) => hb - ha || a.seq - b.seq)
      .slice(0, this.options.maxNeighbors)
      .map(([n]) => n)
      .sort((a, b) => a.seq - b.seq);
    if (fresh) {
      this.records.set(record.id, record);
      this.bandsOf.set(record.id, r.bands);
      for (const band of r.bands) {
        let bucket = this.buckets.get(band);
        if (bucket === undefined) this.buckets.set(band, (bucket = new Set()));
        bucket.add(record.id);
        // Sets iterate in insertion order: the first is the oldest.
        if (bucket.size > this.options.maxBandMembers) bucket.delete(bucket.values().next().value!);
      }
      this.evict();
    }
    return { claim, seq: record.seq, neighbors };
  }

  /** Forgets the oldest records beyond `maxRecords` (Map iteration order is insertion order). */
  private evict(): void {
    for (const [id, record] of this.records) {
      if (this.records.size <= this.options.maxRecords) return;
      this.records.delete(id);
      for (const band of this.bandsOf.get(id) ?? []) {
        const bucket = this.buckets.get(band);
        bucket?.delete(id);
        if (bucket?.size === 0) this.buckets.delete(band);
      }
      this.bandsOf.delete(id);
      const owner = this.fingerprints.get(record.fingerprint);
      if (owner?.owner === id) this.fingerprints.delete(record.fingerprint);
    }
  }
}
