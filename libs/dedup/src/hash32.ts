import xxhash from 'xxhash-wasm';

/**
 * `Math.imul` bound once: under a `vm` context (jest) every `Math` lookup goes through the sandbox's
 * global interceptor and keeps hot loops from being optimised (measured 40× slower).
 */
const imul = Math.imul;

/** A 32-bit string hash, synchronous once loaded. */
export type Hash32 = (input: string, seed?: number) => number;

let loading: Promise<Hash32> | undefined;

/** Distinct unseeded inputs remembered (words and fact tokens; about 5 MB when full). */
const HASH_CACHE_SIZE = 50_000;

/**
 * Loads xxHash32 (WebAssembly compiled from bytes shipped inside the `xxhash-wasm` package: no I/O).
 * The compile is asynchronous, once per process; every hash after that is synchronous.
 */
export function loadHash32(): Promise<Hash32> {
  loading ??= xxhash().then((api): Hash32 => {
    // Words recur across dispatches: a look-up costs a fraction of encoding the string into the
    // WebAssembly memory and hashing it. Bounded, so a long-lived worker's memory stays flat.
    const cache = new Map<string, number>();
    return (input, seed) => {
      if (seed !== undefined) return api.h32(input, seed);
      let h = cache.get(input);
      if (h === undefined) {
        h = api.h32(input);
        if (cache.size >= HASH_CACHE_SIZE) cache.clear();
        cache.set(input, h);
      }
      return h;
    };
  });
  return loading;
}

/** Murmur3's finaliser: a fast 32-bit bijection that spreads every input bit over the output. */
export function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
