import { normalizeForFingerprint, stableHash } from '@wirestream/nlp-text';
import type { DedupOptions } from './dedup-options';
import { factTokens } from './fact-tokens';
import { fmix32, type Hash32 } from './hash32';
import { lshBands, minHashSignature } from './min-hash';
import { storyKey } from './story-key';

/**
 * `Math.imul` bound once: under a `vm` context (jest) every `Math` lookup goes through the sandbox's
 * global interceptor and keeps hot loops from being optimised (measured 40× slower).
 */
const imul = Math.imul;

/** Everything the decision needs of one text, computed without the store. */
export interface DispatchSketch {
  /** Text with whitespace, punctuation, typography and case set aside. */
  readonly normalized: string;
  /** Hex SHA-256 of `normalized`: equal for, and only for, exact duplicates. */
  readonly fingerprint: string;
  readonly signature: readonly number[];
  readonly shingleCount: number;
  readonly facts: readonly number[];
  readonly bands: readonly string[];
  /** The story's running sentences and figures, hashed (see {@link storyKey}); empty without any. */
  readonly storyKey: string;
}

/**
 * Hashes of the word `k`-shingles of `tokens` (each token hashed once, then combined in order). A text
 * shorter than `k` words is one shingle, so a two-word text still has a sketch.
 */
export function shingleHashes(tokens: readonly string[], k: number, hash: Hash32): Set<number> {
  const shingles = new Set<number>();
  if (tokens.length === 0) return shingles;
  const hashes = tokens.map((t) => hash(t));
  const width = Math.min(k, hashes.length);
  for (let i = 0; i + width <= hashes.length; i++) {
    let h = width;
    for (let j = 0; j < width; j++) h = fmix32(imul(h ^ (hashes[i + j] as number), 0x01000193));
    shingles.add(h);
  }
  return shingles;
}

/** Sketches a cleaned text: exact fingerprint, MinHash signature with its LSH bands, and fact hashes. */
export function sketchDispatch(text: string, options: DedupOptions, hash: Hash32): DispatchSketch {
  const normalized = normalizeForFingerprint(text);
  const tokens = normalized.length === 0 ? [] : normalized.split(' ');
  const shingles = shingleHashes(tokens, options.shingleSize, hash);
  const signature = minHashSignature(shingles, options.numHashes);
  const { figures, names } = factTokens(text);
  // The class rides in the low bit so one sorted list serves both (figures odd, names even).
  const facts = [
    ...figures.map((t) => (hash(t) | 1) >>> 0),
    ...names.map((t) => (hash(t) & 0xfffffffe) >>> 0),
  ].sort((a, b) => a - b);
  return {
    normalized,
    fingerprint: stableHash(normalized),
    signature,
    shingleCount: shingles.size,
    facts,
    bands: shingles.size === 0 ? [] : lshBands(signature, options.bands),
    storyKey: storyKey(text, figures),
  };
}
