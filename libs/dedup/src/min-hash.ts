import { fmix32 } from './hash32';
import { createSimdMinHash } from './min-hash-simd';

/**
 * `Math.imul` bound once: under a `vm` context (jest) every `Math` lookup goes through the sandbox's
 * global interceptor and keeps hot loops from being optimised (measured 40× slower).
 */
const imul = Math.imul;

const seedCache = new Map<number, Uint32Array>();

/** Four hash functions per instruction; about 4× faster than the scalar loop, same signatures. */
const simd = createSimdMinHash();

/** Fixed per-function seeds: part of {@link DEDUP_VERSION}, as stored signatures depend on them. */
function seeds(n: number): Uint32Array {
  let s = seedCache.get(n);
  if (s === undefined) {
    s = new Uint32Array(n);
    for (let i = 0; i < n; i++) s[i] = fmix32(imul(i + 1, 0x9e3779b9));
    seedCache.set(n, s);
  }
  return s;
}

/**
 * MinHash signature of a set of 32-bit shingle hashes: for each of `numHashes` functions (the shingle
 * hash xor a seed, then mixed), the minimum over the set. Computed with WebAssembly SIMD when the
 * engine has it and `numHashes` is a multiple of 4. Two signatures agree in a slot with
 * probability equal to the Jaccard similarity of the sets.
 */
export function minHashSignature(shingles: Iterable<number>, numHashes: number): number[] {
  if (simd !== undefined && numHashes % 4 === 0) return simd(shingles, seeds(numHashes));
  return minHashSignatureScalar(shingles, numHashes);
}

/** The same signature in plain JavaScript: where WebAssembly SIMD is missing, and the reference for tests. */
export function minHashSignatureScalar(shingles: Iterable<number>, numHashes: number): number[] {
  const s = seeds(numHashes);
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < numHashes; i++) {
      // fmix32 written out: this loop runs shingles × numHashes times, and a call through a module
      // binding (as CommonJS builds emit) is not inlined.
      let h = x ^ (s[i] as number);
      h ^= h >>> 16;
      h = imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      const v = h >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return Array.from(sig);
}

/** Share of agreeing slots: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * LSH band keys: the signature cut into `bands` bands of `⌊n / bands⌋` rows, each band hashed. Texts
 * with Jaccard J share at least one band with probability 1 − (1 − J^rows)^bands.
 */
export function lshBands(signature: readonly number[], bands: number): string[] {
  const rows = Math.floor(signature.length / bands);
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    let h = b;
    for (let r = 0; r < rows; r++) h = fmix32(imul(h ^ (signature[b * rows + r] as number), 0x01000193));
    keys.push(`${b.toString(36)}.${h.toString(36)}`);
  }
  return keys;
}

/**
 * Containment of the smaller set in the larger, from the estimated Jaccard and the set sizes:
 * |A∩B| = J(|A|+|B|)/(1+J).
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}
