import { ENGLISH_CASES } from './cases/en-cases.spec-helper';
import { segmentForSpec } from './cases/expect-sentences.spec-helper';

describe('segmentText, English', () => {
  for (const [rule, cases] of Object.entries(ENGLISH_CASES)) {
    describe(rule, () => {
      it.each(cases.map(([given, then]) => ({ given, then })))('given $given', ({ given, then }) => {
        const { texts, faults } = segmentForSpec(given, 'en');
        expect(texts).toEqual(then);
        expect(faults).toEqual([]);
      });
    });
  }
});
