import { foldAligned } from '@wirestream/nlp-text';
import { tokenize } from './tokenize';
import { STRIKES_VERSION } from './version';

describe('tokenize', () => {
  it('cuts words and punctuation with offsets and capitals from the original', () => {
    const text = "Près d'Al-Qaïm, 10.000";
    expect(tokenize(text, foldAligned(text)).map((t) => [t.t, t.start, t.cap, t.digit])).toEqual([
      ['pres', 0, true, false],
      ['d', 5, false, false],
      ["'", 6, false, false],
      ['al', 7, true, false],
      ['-', 9, false, false],
      ['qaim', 10, true, false],
      [',', 14, false, false],
      ['10', 16, false, true],
      ['.', 18, false, false],
      ['000', 19, false, true],
    ]);
  });
});

describe('STRIKES_VERSION', () => {
  it('is a semver string', () => {
    expect(STRIKES_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
