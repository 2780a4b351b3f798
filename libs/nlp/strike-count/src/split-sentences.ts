/** A sentence as offsets into the text it was cut from. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'maj',
  'capt',
  'adm',
  'st',
  'no',
  'jr',
  'sr',
  'mme',
  'mlle',
  'gal',
  'cdt',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'etc',
  'rep',
  'sen',
  'gov',
  'pres',
  'lieut',
  'cpl',
  'pvt',
  'brig',
  'cmdr',
]);
const BOUNDARY =
  // Spaces after opening marks only: `\s+` then `\s*` in the look-ahead would backtrack quadratically.
  /[.!?\u2026]["'\u00bb\u201d)\]]*\s+(?=(?:["\u00ab\u201c(\-\u2013\u2014\u2022*]+\s*)?[\p{Lu}\d])|\n+/gu;

/**
 * Cuts `[from, to)` into sentences. The segmenter usually hands over sentences already; this keeps
 * pronoun and period resolution sentence-sized when it hands over paragraphs, or nothing at all.
 */
export function splitSentences(original: string, folded: string, from: number, to: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // Boundaries need capitals (the original); abbreviations are looked up folded.
  const slice = original.slice(from, to);
  const foldedSlice = folded.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m !== null; m = BOUNDARY.exec(slice)) {
    if (m[0].charAt(0) === '.') {
      const word = /(?<!\p{L})(\p{L}+)$/u.exec(foldedSlice.slice(Math.max(0, m.index - 12), m.index));
      if (word !== null && (word[1] === undefined || word[1].length === 1 || ABBREVIATIONS.has(word[1])))
        continue;
    }
    push(spans, slice, from, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(spans, slice, from, start, slice.length);
  return spans;
}

function push(spans: SentenceSpan[], slice: string, base: number, s: number, e: number): void {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(slice.charAt(a))) a++;
  while (b > a && /\s/.test(slice.charAt(b - 1))) b--;
  if (b > a) spans.push({ start: base + a, end: base + b });
}
