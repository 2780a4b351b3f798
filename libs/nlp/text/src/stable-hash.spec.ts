import { stableHash } from './stable-hash';

describe('stableHash', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('given %j, when hashed, then it is the published SHA-256 test vector', (input, expected) => {
    expect(stableHash(input)).toBe(expected);
  });

  it('given non-ASCII text, when hashed, then it hashes its UTF-8 bytes (64 hex digits, stable)', () => {
    const h = stableHash('Al-Qaïm');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(stableHash('Al-Qaïm')).toBe(h);
    expect(stableHash('Al-Qaim')).not.toBe(h);
  });
});
