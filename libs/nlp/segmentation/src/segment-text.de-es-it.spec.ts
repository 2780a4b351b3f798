import { GERMAN_CASES } from './cases/de-cases.spec-helper';
import { SPANISH_CASES } from './cases/es-cases.spec-helper';
import { ITALIAN_CASES } from './cases/it-cases.spec-helper';
import { segmentForSpec, type SentenceCase } from './cases/expect-sentences.spec-helper';

const TABLES: readonly (readonly [string, Record<string, readonly SentenceCase[]>])[] = [
  ['de', GERMAN_CASES],
  ['es', SPANISH_CASES],
  ['it', ITALIAN_CASES],
];

describe.each(TABLES)('segmentText, %s', (language, table) => {
  for (const [rule, cases] of Object.entries(table)) {
    describe(rule, () => {
      it.each(cases.map(([given, then]) => ({ given, then })))('given $given', ({ given, then }) => {
        const { texts, faults } = segmentForSpec(given, language);
        expect(texts).toEqual(then);
        expect(faults).toEqual([]);
      });
    });
  }
});
