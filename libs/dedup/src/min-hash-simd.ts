/**
 * The MinHash kernel in WebAssembly SIMD: four hash functions per instruction (`i32x4.mul`,
 * `i32x4.min_u`), the same arithmetic as the scalar loop of min-hash.ts, so signatures are identical.
 * The module is assembled here from its instructions (no binary file, no build step); the layout is
 * `out[k] | seeds[k] | shingles[n]`, unsigned 32-bit words from address 0.
 */

/** A SIMD signature function, or nothing where WebAssembly SIMD is not available. */
export type SimdMinHash = (shingles: Iterable<number>, seeds: Uint32Array) => number[];

const u32x4 = (v: number): number[] => {
  const bytes = [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  return [...bytes, ...bytes, ...bytes, ...bytes];
};

// Parameters 0–4: shingles pointer, shingle count, seeds pointer, hash count (a multiple of 4), out
// pointer. Locals: 5 g (hash index), 6 j (shingles left), 7 p (shingle pointer), 8 seed vector,
// 9 minimum vector, 10 h.
const I32 = 0x7f;
const V128 = 0x7b;
const get = (i: number): number[] => [0x20, i];
const set = (i: number): number[] => [0x21, i];
const tee = (i: number): number[] => [0x22, i];
const i32 = (v: number): number[] => [0x41, v]; // small non-negative constants only (< 64)
const simd = (op: number): number[] => (op < 0x80 ? [0xfd, op] : [0xfd, (op & 0x7f) | 0x80, op >>> 7]);
const XOR = simd(0x51);
const SHR_U = simd(0xad);
const MUL = simd(0xb5);
const MIN_U = simd(0xb7);
const CONST = (v: number): number[] => [...simd(0x0c), ...u32x4(v)];
/** h ^= h >>> bits, with h on the stack and kept in local 10. */
const xorShift = (bits: number): number[] => [...tee(10), ...get(10), ...i32(bits), ...SHR_U, ...XOR];

const body = [
  ...[2, 3, I32, 3, V128], // locals: 3 × i32, 3 × v128
  ...i32(0),
  ...set(5),
  ...[0x02, 0x40, 0x03, 0x40], // block, loop over groups of four hash functions
  ...get(5),
  ...get(3),
  0x4f, // i32.ge_u
  ...[0x0d, 1], // br_if out of the block
  ...get(2),
  ...get(5),
  ...i32(2),
  0x74, // i32.shl
  0x6a, // i32.add
  ...simd(0x00),
  ...[0, 0], // v128.load
  ...set(8),
  ...CONST(0xffffffff),
  ...set(9),
  ...get(0),
  ...set(7),
  ...get(1),
  ...set(6),
  ...[0x02, 0x40, 0x03, 0x40], // block, loop over the shingles
  ...get(6),
  0x45, // i32.eqz
  ...[0x0d, 1],
  ...get(7),
  ...[0x28, 2, 0], // i32.load
  ...simd(0x11), // i32x4.splat
  ...get(8),
  ...XOR,
  ...xorShift(16),
  ...CONST(0x85ebca6b),
  ...MUL,
  ...xorShift(13),
  ...CONST(0xc2b2ae35),
  ...MUL,
  ...xorShift(16),
  ...get(9),
  ...MIN_U,
  ...set(9),
  ...get(7),
  ...i32(4),
  0x6a,
  ...set(7),
  ...get(6),
  ...i32(1),
  0x6b, // i32.sub
  ...set(6),
  ...[0x0c, 0], // br to the inner loop
  ...[0x0b, 0x0b], // end loop, end block
  ...get(4),
  ...get(5),
  ...i32(2),
  0x74,
  0x6a,
  ...get(9),
  ...simd(0x0b),
  ...[0, 0], // v128.store
  ...get(5),
  ...i32(4),
  0x6a,
  ...set(5),
  ...[0x0c, 0], // br to the outer loop
  ...[0x0b, 0x0b], // end loop, end block
  0x0b, // end function
];

/** Unsigned LEB128, for section and body sizes. */
function leb(n: number): number[] {
  const out: number[] = [];
  let v = n;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

const section = (id: number, content: number[]): number[] => [id, ...leb(content.length), ...content];
const name = (s: string): number[] => [s.length, ...[...s].map((c) => c.charCodeAt(0))];

const MODULE = new Uint8Array([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]), // type: (i32 × 5) → ()
  ...section(3, [1, 0]), // one function of type 0
  ...section(5, [1, 0x00, 1]), // one memory, one page at first
  ...section(7, [2, ...name('minhash'), 0x00, 0, ...name('memory'), 0x02, 0]),
  ...section(10, [1, ...leb(body.length), ...body]),
]);

/**
 * The part of the WebAssembly API used here: the domain libraries compile against ES2022 only, which
 * does not declare it, although every engine they run on has it.
 */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type Kernel = (shingles: number, count: number, seeds: number, hashes: number, out: number) => void;

/**
 * Instantiates the kernel (synchronously: the module is a few hundred bytes), or returns undefined
 * where the engine has no WebAssembly SIMD.
 */
export function createSimdMinHash(): SimdMinHash | undefined {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined || !wasm.validate(MODULE)) return undefined;
  const { exports } = new wasm.Instance(new wasm.Module(MODULE));
  const memory = exports.memory as WasmMemory;
  const minhash = exports.minhash as Kernel;
  return (shingles, seeds) => {
    const values = Uint32Array.from(shingles);
    const k = seeds.length;
    const bytes = (2 * k + values.length) * 4;
    if (bytes > memory.buffer.byteLength) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    // A view per call: growing the memory detaches the previous buffer.
    const words = new Uint32Array(memory.buffer);
    words.set(seeds, k);
    words.set(values, 2 * k);
    minhash(8 * k, values.length, 4 * k, k, 0);
    return Array.from(words.subarray(0, k));
  };
}
