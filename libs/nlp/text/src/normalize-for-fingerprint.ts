import { APOSTROPHE_VARIANTS } from './fold-diacritics';

/**
 * Invisible format characters that scraping leaves inside words (soft hyphen, zero-width space and
 * joiners, byte-order mark, direction marks): `inter\u00ADnational` is `international`.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Ligatures that are a typographic choice rather than a spelling (`œuvre` / `oeuvre`). */
const LIGATURES: Readonly<Record<string, string>> = { Œ: 'OE', œ: 'oe', Æ: 'AE', æ: 'ae' };
const LIGATURE_PATTERN = /[ŒœÆæ]/g;
const NON_ASCII = /[\u0080-\uFFFF]/;

/**
 * A dash or minus sign that starts a number after a space is a sign (`-5 °C`), not typography: it is
 * kept as a symbol token so `-5` and `5` do not collapse.
 */
const SIGNED_NUMBER = /(^|[\s([])[-\u2010\u2011\u2012\u2013\u2014\u2212](?=\p{Nd})/gu;

/** A run of digits with the separators wire copy uses inside numbers (thousands, decimals). */
const NUMBER_RUN = /\p{Nd}+(?:[.,'\u00A0\u202F\u2009 ]\p{Nd}+)*/gu;

/**
 * Tokens: a canonical decimal, a word (letters, marks, digits), or a symbol other than a modifier. The
 * per-mille and percent signs are punctuation in Unicode but carry meaning (`5 %` is not `5`).
 */
// A token never starts inside a run of digits; the look-behind says so, so a long run is not rescanned.
const TOKEN = /(?<!\p{Nd})\p{Nd}+\.\p{Nd}+|[\p{L}\p{M}\p{N}]+|[\p{Sm}\p{Sc}\p{So}%\u2030\u2031]/gu;

const isSpace = (c: string): boolean => c === ' ' || c === '\u00A0' || c === '\u202F' || c === '\u2009';

/**
 * Writes a number one way whatever its typography: `10.000`, `10 000`, `10,000` → `10000`; `1,5` and
 * `1.5` → `1.5`. A digit group can only be a thousands group when it has exactly three digits, so
 * `1.5` and `15` never collide (a changed figure must never look like a typographic variant).
 * Runs that are not one number (`08.06.2016`, `2016 100`) are split into their digit groups.
 */
function canonicalNumber(run: string): string {
  const groups = run.split(/[.,'\u00A0\u202F\u2009 ]/);
  const separators = run.match(/[.,'\u00A0\u202F\u2009 ]/g) ?? [];
  if (separators.length === 0) return run;
  const first = groups[0] ?? '';
  const last = groups[groups.length - 1] ?? '';
  const lastSep = separators[separators.length - 1] ?? '';
  // A single `.` or `,` with other than three digits after it is a decimal point.
  if (separators.length === 1 && (lastSep === '.' || lastSep === ',') && last.length !== 3) {
    return `${first}.${last}`;
  }
  const grouped = (seps: readonly string[], gs: readonly string[]): boolean => {
    const sep = seps[0] ?? '';
    const firstGroup = gs[0] ?? '';
    return (
      firstGroup.length >= 1 &&
      firstGroup.length <= 3 &&
      seps.every((s) => s === sep || (isSpace(s) && isSpace(sep))) &&
      gs.slice(1).every((g) => g.length === 3)
    );
  };
  if (grouped(separators, groups)) return groups.join('');
  // Grouped integer part followed by a decimal part with another separator: `1 234,5`, `1,234.5`.
  const intSeps = separators.slice(0, -1);
  const intGroups = groups.slice(0, -1);
  if ((lastSep === '.' || lastSep === ',') && !intSeps.includes(lastSep) && grouped(intSeps, intGroups)) {
    return `${intGroups.join('')}.${last}`;
  }
  return groups.join(' ');
}

/**
 * The word, number and symbol tokens of `s`, letter case kept, once whitespace, punctuation and
 * typography (quotes, dashes, apostrophes, ligatures, compatibility forms, number grouping) are set
 * aside. Diacritics are kept: `americains` → `américains` is a spelling fix, a real change of words.
 */
export function fingerprintTokens(s: string): string[] {
  // Plain ASCII (most English copy, many French sentences) has no format character, ligature or
  // compatibility form, and its only apostrophe variant is the backtick: skip those passes.
  const ascii = !NON_ASCII.test(s);
  const typeset = ascii
    ? s.includes('`')
      ? s.replace(APOSTROPHE_VARIANTS, "'")
      : s
    : s
        .replace(FORMAT_CHARACTERS, '')
        .normalize('NFKC')
        .replace(APOSTROPHE_VARIANTS, "'")
        .replace(LIGATURE_PATTERN, (c) => LIGATURES[c] ?? c);
  const text = typeset.replace(SIGNED_NUMBER, '$1\u2212').replace(NUMBER_RUN, canonicalNumber);
  return text.match(TOKEN) ?? [];
}

/** Lower case with the one full case folding that matters in our languages (`ß` → `ss`). */
export function foldCase(token: string): string {
  const lower = token.toLowerCase();
  return lower.includes('ß') ? lower.replace(/ß/g, 'ss') : lower;
}

/**
 * Normalises `s` for exact fingerprints: tokens from {@link fingerprintTokens}, case folded, joined by
 * single spaces. Two texts with the same result differ only in whitespace, punctuation, typography and
 * case: `« Nous travaillons »  —  l’Irak` and `"nous travaillons" - l'irak` both give
 * `nous travaillons l irak`.
 */
export function normalizeForFingerprint(s: string): string {
  // Folding the joined text equals folding each token: the spaces end every case context (final sigma).
  return foldCase(fingerprintTokens(s).join(' '));
}
