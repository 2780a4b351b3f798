import { foldText } from './fold-text';
import { tokenize } from './tokenize';
import { STRIKES_VERSION } from './version';

describe('foldText', () => {
  const cases: readonly (readonly [string, string])[] = [
    ["près d'Al-Qaïm", "pres d'al-qaim"],
    ['Ces dernières 24\u00a0heures', 'ces dernieres 24 heures'],
    ['l\u2019Etat islamique', "l'etat islamique"],
    // One unit in, one unit out: Œ and Æ lose their second letter rather than shift offsets.
    ['ŒUVRE Ærø', 'ouvre aro'],
    ['Déir ez-Zor', 'deir ez-zor'],
  ];
  it.each(cases)('given "%s", it folds to "%s" keeping every offset', (text, folded) => {
    expect(foldText(text)).toBe(folded);
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('tokenize', () => {
  it('cuts words and punctuation with offsets and capitals from the original', () => {
    const text = "Près d'Al-Qaïm, 10.000";
    expect(tokenize(text, foldText(text)).map((t) => [t.t, t.start, t.cap, t.digit])).toEqual([
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
