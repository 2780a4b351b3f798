import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ClaimResult,
  DEFAULT_MAX_BAND_MEMBERS,
  DEFAULT_MAX_NEIGHBORS,
  type DedupStore,
  type FingerprintClaim,
  type Resolution,
  type ResolveRequest,
  type StoredSketch,
  type StorySettlement,
} from '@wirestream/dedup';
import { PipelineError } from '@wirestream/util';
import { type Redis } from 'ioredis';
import { packSketch, unpackSketch } from './packed-sketch';
import { bandBucket, dedupKeyBase } from './redis-keys';

export interface RedisDedupStoreOptions {
  /** Prefix before the `{dedup}` hash tag, e.g. per deployment or per test. @default 'wirestream:' */
  readonly keyPrefix?: string;
  /** How long a dispatch is remembered. @default 604800 (7 days) */
  readonly ttlSeconds?: number;
  /**
   * Hashes the LSH bands of one time window (TTL/4) are spread over. Redis keeps a hash of up to 128
   * fields as a compact listpack, so about `64 × dispatches per window / 100` keeps them compact;
   * beyond that they still work, at ~2.5× the memory per band. @default 4096
   */
  readonly bandBuckets?: number;
  /**
   * Neighbours returned per request at most: those sharing the most LSH bands (the likeliest
   * matches), so formulaic look-alikes by the hundred cost a bounded reply. @default 32
   */
  readonly maxNeighbors?: number;
  /**
   * Records kept per LSH band and time window, the latest: a band shared by more is boilerplate, and
   * the cap bounds every scan however repetitive the text. @default 32
   */
  readonly maxBandMembers?: number;
  /** Told how long each Redis call took, for metrics. */
  readonly onCall?: (operation: string, ms: number) => void;
  /** Clock (ms since the epoch) choosing the band time window. @default Date.now */
  readonly now?: () => number;
}

/** owner, story, owned, seq, then (seq, id, story, packed sketch) per neighbour. */
type ResolveReply = [string, string, number, number, ...(string | number)[]];

// The scripts stay in src/lua (tsc does not copy them); the path works from src/ and from dist/.
const luaFile = (name: string): string => readFileSync(join(__dirname, '..', 'src', 'lua', name), 'utf8');
// Redis scripts cannot call one another, so the settle function both scripts use goes in front of each.
const script = (name: string): string => `${luaFile('dedup-settle-fn.lua')}\n${luaFile(name)}`;

/**
 * The dedup state of distributed mode on Redis. Each batch is one Lua script call: it applies the
 * story settlements carried from the previous batch, then claims fingerprints atomically (two workers
 * never both own one) and finds neighbours. Replay-stable (a dispatch re-processed after a crash finds
 * its own claim and record, and sees only what arrived before it); bounded by the TTL, with band
 * indexes in time windows that expire whole. About 3 KB per stored dispatch (see the bench).
 */
export class RedisDedupStore implements DedupStore {
  private readonly base: string;
  private readonly ttl: number;
  private readonly buckets: number;
  private readonly maxNeighbors: number;
  private readonly maxBandMembers: number;
  private readonly onCall: ((operation: string, ms: number) => void) | undefined;
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    options: RedisDedupStoreOptions = {},
  ) {
    this.base = dedupKeyBase(options.keyPrefix ?? 'wirestream:');
    this.ttl = options.ttlSeconds ?? 7 * 24 * 3600;
    this.buckets = options.bandBuckets ?? 4096;
    if (!Number.isInteger(this.buckets) || this.buckets < 1) {
      throw new RangeError('RedisDedupStore: bandBuckets must be an integer ≥ 1');
    }
    this.maxNeighbors = options.maxNeighbors ?? DEFAULT_MAX_NEIGHBORS;
    this.maxBandMembers = options.maxBandMembers ?? DEFAULT_MAX_BAND_MEMBERS;
    this.onCall = options.onCall;
    this.now = options.now ?? Date.now;
    if (!redis.dedupResolve1) {
      redis.defineCommand('dedupResolve1', { numberOfKeys: 0, lua: script('dedup-resolve-1.lua') });
      redis.defineCommand('dedupSettle1', { numberOfKeys: 0, lua: script('dedup-settle-1.lua') });
    }
  }

  async claim(claims: readonly FingerprintClaim[]): Promise<readonly ClaimResult[]> {
    const resolutions = await this.resolve(
      claims.map((claim) => ({
        claim,
        record: {
          id: claim.owner,
          storyId: claim.storyId,
          fingerprint: claim.fingerprint,
          signature: [],
          shingleCount: 0,
          facts: [],
        },
        bands: [],
      })),
    );
    return resolutions.map((r) => r.claim);
  }

  async resolve(
    requests: readonly ResolveRequest[],
    settlements: readonly StorySettlement[] = [],
  ): Promise<readonly Resolution[]> {
    if (requests.length === 0 && settlements.length === 0) return [];
    const args: (string | number)[] = [
      this.base,
      this.ttl,
      Math.floor(this.now() / 1000),
      this.maxNeighbors,
      this.maxBandMembers,
      settlements.length,
    ];
    for (const s of settlements) args.push(s.id, s.fingerprint, s.storyId);
    args.push(requests.length);
    for (const { claim, record, bands } of requests) {
      args.push(claim.fingerprint, claim.owner, claim.storyId, packSketch(record), bands.length);
      for (const band of bands) args.push(bandBucket(band, this.buckets), band);
    }
    const replies = (await this.call('resolve', () => this.redis.dedupResolve1!(...args))) as ResolveReply[];
    return replies.map((reply, i) => {
      const [owner, storyId, owned, seq, ...rest] = reply;
      const neighbors: StoredSketch[] = [];
      for (let k = 0; k + 3 < rest.length; k += 4) {
        neighbors.push(
          unpackSketch(String(rest[k + 1]), String(rest[k + 2]), Number(rest[k]), String(rest[k + 3])),
        );
      }
      return {
        claim: { fingerprint: requests[i]!.claim.fingerprint, owner, storyId, owned: owned === 1 },
        seq,
        neighbors: neighbors.sort((a, b) => a.seq - b.seq),
      };
    });
  }

  async settle(settlements: readonly StorySettlement[]): Promise<void> {
    if (settlements.length === 0) return;
    const args: (string | number)[] = [this.base, settlements.length];
    for (const s of settlements) args.push(s.id, s.fingerprint, s.storyId);
    await this.call('settle', () => this.redis.dedupSettle1!(...args));
  }

  /** Redis failures are outages, not bad input: retryable, so the batch is retried, never dead-lettered. */
  private async call<T>(operation: string, command: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await command();
    } catch (cause) {
      throw PipelineError.retryable(
        'WIRE_INFRA_UNAVAILABLE',
        `Redis call failed: ${(cause as Error).message}`,
        { cause },
      );
    } finally {
      this.onCall?.(operation, performance.now() - started);
    }
  }
}

declare module 'ioredis' {
  interface RedisCommander {
    dedupResolve1?(...args: (string | number)[]): Promise<unknown>;
    dedupSettle1?(...args: (string | number)[]): Promise<unknown>;
  }
}
