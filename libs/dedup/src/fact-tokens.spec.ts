import { factTokens } from './fact-tokens';
import { factSubstitutions, isFormulaicVariant } from './fact-substitutions';

describe('factTokens', () => {
  it.each([
    ['Le colonel Chris Garver a parlé mercredi.', { figures: ['mercredi'], names: ['chris garver'] }],
    ['Huit bombardements près de Boukamal et 5 frappes.', { figures: ['5'], names: ['boukamal'] }],
    ['Brent gained $1.92 to close at $63.40 on Monday.', { figures: ['1.92', '63.40', 'monday'], names: [] }],
    ["Plus de 10.000 documents. Selon l'OSDH, rien.", { figures: ['10000'], names: ['osdh'] }],
    ['Results: Arsenal 2 Chelsea 1', { figures: ['2', '1'], names: ['arsenal', 'chelsea'] }],
    ["Près d'Al-Qaïm, selon l'Observatoire syrien.", { figures: [], names: ['al qaïm', 'observatoire'] }],
  ])('given %j, when facts are read, then they are %j', (text, facts) => {
    expect(factTokens(text)).toEqual(facts);
  });
});

describe('factSubstitutions and isFormulaicVariant', () => {
  // Figures are odd hashes, names even ones (the class bit set by sketchDispatch).
  it.each([
    ['a paragraph added (facts only added)', [1, 3, 5], [1, 3, 5, 7, 9], 0, false],
    ['one figure corrected', [1, 3, 5, 7, 9, 11], [1, 3, 5, 7, 9, 13], 1, false],
    ['a sentence removed', [1, 3, 5, 7], [1, 3], 0, false],
    [
      'the next edition of a bulletin (figures replaced)',
      [1, 3, 5, 7, 9, 11],
      [1, 11, 13, 15, 17, 19],
      4,
      true,
    ],
    [
      'two of six figures replaced (a toll and a count corrected)',
      [1, 3, 5, 7, 9, 11],
      [1, 3, 5, 7, 13, 15],
      2,
      false,
    ],
    [
      'the next round of results (names replaced, boilerplate names kept)',
      [1, 2, 4, 6, 8],
      [1, 2, 10, 12, 14],
      3,
      true,
    ],
    ['repeated facts count as many times as they occur', [1, 1, 3], [1, 3, 3], 1, false],
  ])(
    'given %s, when compared, then substitutions and the bulletin verdict are as annotated',
    (_, a, b, substitutions, bulletin) => {
      expect(factSubstitutions(a, b)).toBe(substitutions);
      expect(isFormulaicVariant(a, b, 2, 0.4)).toBe(bulletin);
    },
  );
});
