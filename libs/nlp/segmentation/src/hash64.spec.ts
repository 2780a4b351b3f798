import { hash64 } from './hash64';
import { toNfc } from './to-nfc';

/** Bits that differ between two 16-hex-digit ids. */
function bitDistance(x: string, y: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 4) {
    let v = Number.parseInt(x.slice(i, i + 4), 16) ^ Number.parseInt(y.slice(i, i + 4), 16);
    for (; v !== 0; v &= v - 1) d++;
  }
  return d;
}

describe('hash64', () => {
  // Given two keys, when hashed, then they are equal exactly when the keys are.
  const pairs: [string, [string, string, number], [string, string, number], boolean][] = [
    ['the same key', ['fr', 'Paris.', 0], ['fr', 'Paris.', 0], true],
    ['another occurrence', ['fr', 'Paris.', 0], ['fr', 'Paris.', 1], false],
    ['another language', ['fr', 'Paris.', 0], ['en', 'Paris.', 0], false],
    ['a boundary moved between language and text', ['fr', 'xParis.', 0], ['frx', 'Paris.', 0], false],
    ['an odd and an even length', ['fr', 'Paris', 0], ['fr', 'Paris\u0000', 0], false],
    ['swapped code units', ['fr', 'ab', 0], ['fr', 'ba', 0], false],
    ['an empty text and an empty language', ['', '', 0], ['', '', 1], false],
    ['occurrences 2³² apart', ['fr', 'x', 1], ['fr', 'x', 1 + 2 ** 32], false],
    ['a lone surrogate against its pair', ['fr', '\uD83D', 0], ['fr', '\uD83D\uDE00', 0], false],
  ];

  it.each(pairs)('given %s, it gives equal ids only for equal keys', (_name, x, y, same) => {
    const a = hash64(...x);
    const b = hash64(...y);
    expect(a).toMatch(/^[0-9a-f]{16}$/u);
    expect(a === b).toBe(same);
  });

  it('given 200,000 distinct wire-like sentences, it gives 200,000 distinct ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200_000; i++)
      ids.add(hash64('fr', `Le bilan s'élève à ${i} morts, selon l'OSDH.`, 0));
    expect(ids.size).toBe(200_000);
  });

  it('given one code unit changed, it flips about half of the 64 bits on average', () => {
    const base = 'La coalition veut couper le dernier grand axe Irak-Syrie de l’EI.';
    let total = 0;
    for (let i = 0; i < base.length; i++) {
      const changed = base.slice(0, i) + String.fromCharCode(base.charCodeAt(i) ^ 1) + base.slice(i + 1);
      total += bitDistance(hash64('fr', base, 0), hash64('fr', changed, 0));
    }
    const mean = total / base.length;
    expect(mean).toBeGreaterThan(28);
    expect(mean).toBeLessThan(36);
  });
});

describe('toNfc', () => {
  const cases: [string, string][] = [
    ['ASCII', 'The U.S. said 10,000 troops.'],
    ['Latin-1 and typographic punctuation', '« L’armée a tiré 3 000 obus – 12 € », a-t-il dit…'],
    ['decomposed accents', 'e\u0301te\u0301 a\u0300 Orle\u0301ans'],
    ['NFC-changing spaces and signs', '\u2000\u2001\u212B\u2126'],
    ['Hangul jamo', '\u1100\u1161\u11A8'],
    ['a lone surrogate', 'a\uD800b'],
  ];

  it.each(cases)('given %s, it equals String.prototype.normalize("NFC")', (_name, text) => {
    expect(toNfc(text)).toBe(text.normalize('NFC'));
  });
});
