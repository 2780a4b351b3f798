/**
 * Apostrophe look-alikes found in wire copy (typographic quotes, modifier letters, primes, accents used as
 * apostrophes). `ʼ` (U+02BC) is a *letter* in Unicode, so without this table it would glue `lʼIrak` into
 * one word while `l'Irak` makes two.
 */
export const APOSTROPHE_VARIANTS: RegExp = /[\u2018\u2019\u201B\u02BC\u02BB\u02B9\u00B4\u0060\u2032\uFF07]/g;

/**
 * Letters that NFKD does not decompose into a base letter plus marks, with their usual ASCII spelling.
 * `ı` (dotless i) and `ß` matter for Turkish and German names; `Œ`/`Æ` for French.
 */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  Œ: 'OE',
  œ: 'oe',
  Æ: 'AE',
  æ: 'ae',
  ß: 'ss',
  ẞ: 'SS',
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  ı: 'i',
  Þ: 'Th',
  þ: 'th',
  Ħ: 'H',
  ħ: 'h',
};

const ASCII = /^\p{ASCII}*$/u;
const SPECIAL_LETTER_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}/gu;
/** Soft hyphens, zero-width characters and direction marks: invisible, and they split words. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Removes diacritics and folds special letters and apostrophe variants to ASCII, keeping letter case:
 * `Al-Qaïm` → `Al-Qaim`, `Œuvre` → `OEuvre`, `Łódź` → `Lodz`, `l’Irak` → `l'Irak`.
 *
 * Used for matching keys (gazetteers, chrome tables), never for text shown to readers: the output length
 * may differ from the input, so offsets into the result do not index the original.
 */
export function foldDiacritics(s: string): string {
  // Most wire text is ASCII, which has nothing to fold.
  if (ASCII.test(s)) return s;
  return s
    .replace(FORMAT_CHARACTERS, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER_PATTERN, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(APOSTROPHE_VARIANTS, "'");
}
