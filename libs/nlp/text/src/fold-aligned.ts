const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '`', '\u2032']);
const SPACES = new Set(['\u00a0', '\u202f', '\u2009', '\u2007', '\t']);
const HYPHENS = new Set(['\u2010', '\u2011']);
const SPECIAL: Readonly<Record<string, string>> = {
  œ: 'o',
  Œ: 'o',
  æ: 'a',
  Æ: 'a',
  ß: 's',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
};
const cache = new Map<string, string>();

function foldChar(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  let out: string;
  if (APOSTROPHES.has(c)) out = "'";
  else if (SPACES.has(c)) out = ' ';
  else if (HYPHENS.has(c)) out = '-';
  else if (SPECIAL[c] !== undefined) out = SPECIAL[c];
  else {
    const base = c.normalize('NFD').charAt(0).toLowerCase();
    // Only a one-unit result keeps offsets aligned; anything else (rare scripts) stays as it was.
    out = base.length === 1 ? base : c;
  }
  cache.set(c, out);
  return out;
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Lower-cases and strips diacritics one UTF-16 unit at a time, so that every offset in the folded
 * string is also an offset in the original: matching happens on the fold, evidence is cut from the original.
 * The aligned twin of {@link foldDiacritics} (which keys tables and may change lengths): the two agree on
 * every letter but the few one unit cannot hold (`œ` → `o` here, `oe` there), so a table matched on
 * aligned text is folded with this function too.
 */
export function foldAligned(text: string): string {
  const lower = text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  // Wire text is mostly ASCII: only the rare other units go through the (cached) per-character fold.
  return lower.replace(NON_ASCII, foldChar);
}
