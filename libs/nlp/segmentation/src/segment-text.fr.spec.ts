import { FRENCH_CASES } from './cases/fr-cases.spec-helper';
import { segmentForSpec } from './cases/expect-sentences.spec-helper';

describe('segmentText, French', () => {
  for (const [rule, cases] of Object.entries(FRENCH_CASES)) {
    describe(rule, () => {
      it.each(cases.map(([given, then]) => ({ given, then })))('given $given', ({ given, then }) => {
        const { texts, faults } = segmentForSpec(given, 'fr');
        expect(texts).toEqual(then);
        expect(faults).toEqual([]);
      });
    });
  }
});
