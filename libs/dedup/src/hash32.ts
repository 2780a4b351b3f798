import xxhash from 'xxhash-wasm';

/**
 * `Math.imul` bound once: under a `vm` context (jest) every `Math` lookup goes through the sandbox's
 * global interceptor and keeps hot loops from being optimised (measured 40× slower).
 */
const imul = Math.imul;

/** A 32-bit string hash, synchronous once loaded. */
export type Hash32 = (input: string, seed?: number) => number;

let loading: Promise<Hash32> | undefined;

/**
 * Loads xxHash32 (WebAssembly compiled from bytes shipped inside the `xxhash-wasm` package: no I/O).
 * The compile is asynchronous, once per process; every hash after that is synchronous.
 */
export function loadHash32(): Promise<Hash32> {
  loading ??= xxhash().then(
    (api): Hash32 =>
      (input, seed) =>
        api.h32(input, seed),
  );
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
