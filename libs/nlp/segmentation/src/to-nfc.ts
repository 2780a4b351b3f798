/**
 * A code unit that NFC could change or that could combine with a neighbour. Everything else is inert:
 * below U+0300 (Latin-1 and Latin Extended, before the combining diacritics) and U+2002–U+20CF (spaces,
 * dashes, quotes, currency; U+2000 and U+2001 are left out because NFC maps them to U+2002 and U+2003).
 * Canonical composition only joins a base to a following combining mark or to a few Hangul and Indic
 * vowel signs, none of them in these ranges, so a string of inert code units is already NFC (checked
 * exhaustively over every inert unit and every pair of them).
 */
// `\p{Cc}` stands for the C0 and C1 controls (all below U+0300), which a literal range would spell out.
const NOT_INERT = /[^\p{Cc}\u0020-\u02FF\u2002-\u20CF]/u;

/** Whether `text` is made only of NFC-inert code units, so `text.normalize('NFC') === text`. */
export function isNfcInert(text: string): boolean {
  return !NOT_INERT.test(text);
}

/**
 * `text.normalize('NFC')`, skipping the call (a trip into ICU that costs more than this scan) when every
 * code unit is inert, as in most French, English, German, Spanish and Italian wire text.
 */
export function toNfc(text: string): string {
  return isNfcInert(text) ? text : text.normalize('NFC');
}
