import { parseRawDispatch } from '@wirestream/contracts';
import { parseDispatch } from '@wirestream/ingest';
import { tagEntities } from '@wirestream/nlp-entities';
import { segmentText } from '@wirestream/nlp-segmentation';
import { extractStrikes, parseNumber } from '@wirestream/nlp-strike-count';
import { cleanDispatch } from '@wirestream/nlp-text';
import { PipelineError } from '@wirestream/util';
import fc from 'fast-check';

// Bad input at every door: whatever arrives, each parser returns a result or throws a typed
// PipelineError, never anything else; stages never throw on text and keep their offsets exact.
const runs = { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261124) };

/** Text with the characters wire input really brings: quotes, dashes, digits, markup, odd spaces, surrogates. */
const wireText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'«»“”‘’"\'-–—….,;:!?()[]<>&/\\ \n\n\t\u00a0\u202f0123456789'.split('')),
    fc.constantFrom(
      'M.',
      'Mr.',
      'U.S.',
      'al-',
      "l'",
      'Boukamal',
      'frappes',
      'strikes',
      'huit',
      'près de',
      'BAGDAD',
    ),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.constantFrom('\ud800', '\udc00', '\u0000', '\ufeff'),
  ),
  maxLength: 400,
});

function typedOrResult(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!PipelineError.is(error)) throw error;
  }
}

describe('bad input at every door (property-based)', () => {
  it('a JSON envelope of any shape is a dispatch or a typed error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => typedOrResult(() => parseRawDispatch(value))),
      runs,
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('id', 'agency', 'body', 'version', 'pubstatus', 'receivedAt'),
          fc.jsonValue(),
        ),
        (value) => typedOrResult(() => parseRawDispatch(value)),
      ),
      runs,
    );
  });

  it.each(['x.json', 'x.ninjs.json', 'x.xml', 'x.nitf', 'x.html', 'x.txt', undefined])(
    'any text named %s is dispatches or a typed error',
    (fileName) => {
      fc.assert(
        fc.property(
          fc.oneof(
            wireText,
            fc.json(),
            fc.constantFrom('<nitf><body>', '<?xml version="1.0"?><newsItem>', '<html><p>x'),
          ),
          (text) =>
            typedOrResult(() => parseDispatch({ text, ...(fileName === undefined ? {} : { fileName }) })),
        ),
        runs,
      );
    },
  );

  it('cleaning, segmentation, tagging and strike extraction never throw and keep offsets exact', () => {
    fc.assert(
      fc.property(wireText, fc.constantFrom('fr', 'en', 'de', 'und'), (raw, language) => {
        const cleaned = cleanDispatch({ body: raw });
        const text = cleaned.body;
        const segments = segmentText({ text, language, hasHeadline: cleaned.headline !== undefined });
        for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const e of tagEntities({ text, language, segments }))
          expect(text.slice(e.start, e.end)).toBe(e.text);
        for (const s of extractStrikes({ text, language, segments, places: [] })) {
          expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
        }
      }),
      { ...runs, numRuns: 150 },
    );
  });

  it('a number reader given any phrase returns a reading or nothing', () => {
    fc.assert(
      fc.property(wireText, fc.constantFrom<'fr' | 'en'>('fr', 'en'), (text, lang) => {
        const reading = parseNumber(text, lang);
        if (reading !== undefined) expect(Number.isFinite(reading.value)).toBe(true);
      }),
      runs,
    );
  });
});
