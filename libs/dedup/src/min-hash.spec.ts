import { fmix32 } from './hash32';
import {
  estimateContainment,
  estimateJaccard,
  lshBands,
  minHashSignature,
  minHashSignatureScalar,
} from './min-hash';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from }, (_, i) => fmix32(from + i));

describe('minHashSignature and estimateJaccard', () => {
  it.each([
    ['identical sets', range(0, 300), range(0, 300), 1],
    ['disjoint sets', range(0, 300), range(1000, 1300), 0],
    ['half overlap (J = 1/3)', range(0, 300), range(150, 450), 1 / 3],
    ['one set inside a set twice its size (J = 1/2)', range(0, 200), range(0, 400), 1 / 2],
    ['nine tenths shared (J = 0.818)', range(0, 200), range(20, 220), 180 / 220],
  ])('given %s, when sketched with 256 hashes, then the estimate is within 0.1 of J', (_, a, b, j) => {
    const estimate = estimateJaccard(minHashSignature(a, 256), minHashSignature(b, 256));
    expect(Math.abs(estimate - j)).toBeLessThanOrEqual(0.1);
  });

  it('given the same set in another order, when sketched, then the signature is the same (deterministic)', () => {
    const a = range(0, 50);
    expect(minHashSignature([...a].reverse(), 64)).toEqual(minHashSignature(a, 64));
  });

  it('given an empty set, when compared, then the estimate of two empty signatures is 0 length-safe', () => {
    expect(estimateJaccard([], [])).toBe(0);
  });
});

describe('lshBands', () => {
  it('given 128 values and 64 bands, when banded, then it gives 64 distinct band keys', () => {
    const keys = lshBands(minHashSignature(range(0, 100), 128), 64);
    expect(keys).toHaveLength(64);
    expect(new Set(keys).size).toBe(64);
  });

  it('given two signatures equal in one band only, when banded, then exactly that band key is shared', () => {
    const a = Array.from({ length: 8 }, (_, i) => i);
    const b = [0, 1, 99, 99, 99, 99, 99, 99];
    const shared = lshBands(a, 4).filter((k) => lshBands(b, 4).includes(k));
    expect(shared).toEqual([lshBands(a, 4)[0]]);
  });
});

describe('estimateContainment', () => {
  it.each([
    [0.5, 100, 200, 1],
    [1 / 3, 300, 300, 0.5],
    [0, 10, 10, 0],
    [0.5, 0, 10, 0],
  ])('given J=%d with sizes %d and %d, when converted, then containment is %d', (j, a, b, expected) => {
    expect(estimateContainment(j, a, b)).toBeCloseTo(expected, 6);
  });
});

describe('minHashSignature with WebAssembly SIMD', () => {
  // Hand-checked reference: the scalar loop is the definition; the SIMD kernel must match it bit for bit.
  it.each([
    ['an empty set', [], 8],
    ['one shingle', [0x12345678], 4],
    ['extreme values', [0, 1, 0x7fffffff, 0x80000000, 0xffffffff], 16],
    ['a dispatch-sized set', range(0, 600), 128],
    ['a long text', range(5000, 25000), 128],
  ])('given %s, when sketched, then the signature equals the scalar one', (_, set, n) => {
    expect(minHashSignature(set, n)).toEqual(minHashSignatureScalar(set, n));
  });

  it('given an empty set, when sketched, then every slot is the largest unsigned value', () => {
    expect(minHashSignature([], 4)).toEqual([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]);
  });

  it('given a hash count that is not a multiple of 4, when sketched, then the scalar loop answers', () => {
    expect(minHashSignature(range(0, 50), 6)).toEqual(minHashSignatureScalar(range(0, 50), 6));
  });
});
