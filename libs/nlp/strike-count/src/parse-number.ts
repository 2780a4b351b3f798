import { foldAligned } from '@wirestream/nlp-text';
import type { NumberLanguage } from './number-words';
import { type NumberReading, readNumber } from './read-number';
import { tokenize } from './tokenize';

const LINKS = new Set(['de', 'd', "'", 'of']);

/**
 * Reads a whole phrase as a quantity: digits with the language's separators ("10.000", "10 000",
 * "10,000", "2,5"), cardinal words ("quatre-vingt-quinze", "mille deux cents", "twenty-one", "a dozen"),
 * vague quantities ("une dizaine", "des dizaines", "dozens", "several", "quelques") and qualifiers
 * ("plus de", "au moins", "près de", "environ", "more than", "at least", "nearly", "about", "up to").
 *
 * Exact figures have `min === max === value`; qualifiers and vague words set `approx` and widen the
 * bounds (an open side is absent: "plus de 10" has `min: 11` and no `max`). Vague plurals take their
 * lower bound as `value`, so that sums of counts stay conservative.
 *
 * @param lang - `'fr'` or `'en'`; decides separators and vocabulary. @default 'fr'
 * @returns `undefined` when the phrase is not entirely a quantity (a trailing "de"/"of" is allowed).
 */
export function parseNumber(text: string, lang: NumberLanguage = 'fr'): NumberReading | undefined {
  const folded = foldAligned(text);
  const tokens = tokenize(text, folded);
  // In running text "une frappe" names a strike without counting it; as a whole phrase "un" is one.
  if (tokens.length === 1 && lang === 'fr' && (folded.trim() === 'un' || folded.trim() === 'une')) {
    return { value: 1, min: 1, max: 1, approx: false };
  }
  const match = readNumber(tokens, 0, folded, lang);
  if (match === undefined) return undefined;
  for (let k = match.to; k < tokens.length; k++)
    if (!LINKS.has((tokens[k] as { t: string }).t)) return undefined;
  const { value, min, max, approx } = match;
  return { value, approx, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
