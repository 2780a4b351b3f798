/** The 64-bit state of a hash as two 32-bit lanes, after its key's strings and before its tail. */
export interface Hash64State {
  a: number;
  b: number;
  /** The lanes as 16 hex characters: a cheap map key standing for the strings hashed so far. */
  key: string;
  /** Length of the last string absorbed, folded in when the hash is finished. */
  length: number;
}

/**
 * `Math.imul` held in a module constant: a global lookup per call is free in Node but slow inside jest's
 * sandbox, where every global goes through the context's interceptor.
 */
const imul = Math.imul;

/** Two hex digits per byte value: a table lookup instead of `toString(16)` and `padStart`. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Reads `s` two UTF-16 code units (one 32-bit block) at a time. Each block is pre-mixed (multiply,
 * rotate, multiply) with constants of its own per lane and folded into its lane, and each lane is then
 * stirred with a little of the other, so the state is one 64-bit state rather than two 32-bit hashes side
 * by side (a collision in one lane alone does not survive the next block). An odd last unit is a half
 * block; the lengths folded in at the end keep `ab|c` and `a|bc` apart.
 */
function absorb(state: Hash64State, s: string): void {
  let a = state.a;
  let b = state.b;
  const n = s.length;
  for (let i = 0; i < n; i += 2) {
    const k = i + 1 < n ? s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16) : s.charCodeAt(i);
    let ka = imul(k, 0xcc9e_2d51);
    ka = imul((ka << 15) | (ka >>> 17), 0x1b87_3593);
    let kb = imul(k, 0x85eb_ca77);
    kb = imul((kb << 13) | (kb >>> 19), 0xc2b2_ae3d);
    a ^= ka;
    a = (imul((a << 13) | (a >>> 19), 5) + 0x6654_6b64) | 0;
    b ^= kb;
    b = (imul((b << 17) | (b >>> 15), 9) + 0x27d4_eb2f) | 0;
    a ^= b >>> 7;
    b ^= a >>> 11;
  }
  state.a = a;
  state.b = b;
}

/** Murmur3's finaliser: every input bit flips each output bit with probability about one half. */
function avalanche(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h;
}

function hex8(x: number): string {
  return HEX[(x >>> 24) & 0xff]! + HEX[(x >>> 16) & 0xff]! + HEX[(x >>> 8) & 0xff]! + HEX[x & 0xff]!;
}

/**
 * Absorbs the first two parts of a key (a segment's language and NFC text). Equal parts give equal
 * states; {@link finishHash64} then adds the third part.
 */
export function startHash64(prefix: string, text: string): Hash64State {
  const state: Hash64State = { a: 0x2f9b_4c5d, b: 0x6a09_e667, key: '', length: text.length };
  absorb(state, prefix);
  state.a ^= imul(prefix.length + 1, 0x9e37_79b1);
  absorb(state, text);
  state.key = hex8(state.a) + hex8(state.b);
  return state;
}

/** Folds a non-negative integer (the occurrence number) into a started hash and returns 16 hex digits. */
export function finishHash64(state: Hash64State, tail: number): string {
  let a = state.a ^ state.length;
  let b = state.b ^ imul(tail + 1, 0x9e37_79b1) ^ Math.floor(tail / 0x1_0000_0000);
  a = avalanche(a + b);
  b = avalanche(b ^ a);
  a = avalanche(a + b);
  return hex8(a) + hex8(b);
}

/**
 * A 64-bit non-cryptographic hash of a key made of two strings and a non-negative integer (a segment's
 * language, its text and its occurrence number), as 16 lower-case hex characters. The parts are hashed
 * in turn rather than joined, so a long text is never copied. Pure JavaScript, synchronous, deterministic
 * across platforms (32-bit integer arithmetic only).
 *
 * Collisions: on text that is not crafted against it the output behaves like 64 random bits, so among n
 * distinct keys the chance of any collision is about n² / 2⁶⁵: 3·10⁻⁸ for a million segments, 3·10⁻⁶ for
 * ten million. It is no defence against texts chosen to collide; segment ids only need to be stable and
 * distinct within a dispatch and a translation memory.
 */
export function hash64(prefix: string, text: string, tail: number): string {
  return finishHash64(startHash64(prefix, text), tail);
}
