/**
 * The comparison key of a name or a sentence: case, accents, apostrophe and dash variants and
 * whitespace do not make two annotations differ. Kept apart from the pipeline's own folding on
 * purpose: the instrument must not share the code it measures.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

export function foldKey(s: string): string {
  return s
    .replace(/[œŒæÆß]/gu, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/gu, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
