import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ClaimResult,
  type DedupStore,
  type FingerprintClaim,
  type Resolution,
  type ResolveRequest,
  type StoredSketch,
  type StorySettlement,
} from '@wirestream/dedup';
import { PipelineError } from '@wirestream/util';
import { type Redis } from 'ioredis';
import { dedupKeyBase } from './redis-keys';

export interface RedisDedupStoreOptions {
  /** Prefix before the `{dedup}` hash tag, e.g. per deployment or per test. @default 'wirestream:' */
  readonly keyPrefix?: string;
  /** How long a dispatch is remembered. @default 604800 (7 days) */
  readonly ttlSeconds?: number;
  /** Told how long each Redis call took, for metrics. */
  readonly onCall?: (operation: string, ms: number) => void;
}

/** owner, story, owned, seq, then (seq, story, JSON) per neighbour. */
type ResolveReply = [string, string, number, number, ...(string | number)[]];

// The scripts stay in src/lua (tsc does not copy them); the path works from src/ and from dist/.
const script = (name: string): string => readFileSync(join(__dirname, '..', 'src', 'lua', name), 'utf8');

/**
 * The dedup state of distributed mode on Redis. Each batch is one Lua script call (atomic: two
 * workers never both own a fingerprint), replay-stable (a dispatch re-processed after a crash
 * finds its own claim and record, and sees only what arrived before it), bounded by a TTL.
 * Settling the stories a batch was assigned is a second call, before the Kafka commit.
 */
export class RedisDedupStore implements DedupStore {
  private readonly base: string;
  private readonly ttl: number;
  private readonly onCall: ((operation: string, ms: number) => void) | undefined;

  constructor(
    private readonly redis: Redis,
    options: RedisDedupStoreOptions = {},
  ) {
    this.base = dedupKeyBase(options.keyPrefix ?? 'wirestream:');
    this.ttl = options.ttlSeconds ?? 7 * 24 * 3600;
    this.onCall = options.onCall;
    if (!redis.dedupResolve) {
      redis.defineCommand('dedupResolve', { numberOfKeys: 0, lua: script('dedup-resolve-0.lua') });
      redis.defineCommand('dedupSettle', { numberOfKeys: 0, lua: script('dedup-settle-0.lua') });
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

  async resolve(requests: readonly ResolveRequest[]): Promise<readonly Resolution[]> {
    if (requests.length === 0) return [];
    const args: (string | number)[] = [this.base, this.ttl, requests.length];
    for (const { claim, record, bands } of requests) {
      args.push(
        claim.fingerprint,
        claim.owner,
        claim.storyId,
        JSON.stringify(record),
        bands.length,
        ...bands,
      );
    }
    const replies = (await this.call('resolve', () => this.redis.dedupResolve!(...args))) as ResolveReply[];
    return replies.map((reply, i) => {
      const [owner, storyId, owned, seq, ...rest] = reply;
      const neighbors: StoredSketch[] = [];
      for (let k = 0; k + 2 < rest.length; k += 3) {
        const record = JSON.parse(String(rest[k + 2])) as Omit<StoredSketch, 'seq'>;
        neighbors.push({ ...record, storyId: String(rest[k + 1]), seq: Number(rest[k]) });
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
    await this.call('settle', () => this.redis.dedupSettle!(...args));
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
    dedupResolve?(...args: (string | number)[]): Promise<unknown>;
    dedupSettle?(...args: (string | number)[]): Promise<unknown>;
  }
}
