import { isLetter } from './chars';
import type { CompiledRules } from './rules/compile-rules';
import type { ProtectedSpan } from './types';

const URL =
  /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"«»“”]+|(?<![\p{L}\p{N}.@-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|int|info|io|fr|de|es|it|uk|eu|be|ch|ca)\b(?:\/[^\s<>"«»“”]*)?/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A fast literal-led pre-check: the full URL pattern retries at every word, most texts have none. */
const URL_HINT = /:\/\/|www\.|\.(?:com|org|net|gov|edu|int|info|io|fr|de|es|it|uk|eu|be|ch|ca)\b/u;
/** Quote marks a translator must keep (apostrophes are told apart below). */
const QUOTES = /["«»“”„‟‹›‘’'‚]/gu;
const TRAILING = /[.,;:!?'’)\]]+$/u;

/**
 * All matches of a global pattern. `String.prototype.matchAll` clones the pattern on every call, which
 * costs more than the scan on a short dispatch with these large patterns.
 */
function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Finds the spans a translator must keep as they are: URLs and e-mail addresses, dates, times, numbers
 * with their units, and quote marks. Earlier kinds win overlaps; each character belongs to one span.
 */
export function findProtectedSpans(text: string, rules: CompiledRules): ProtectedSpan[] {
  const taken = new Uint8Array(text.length);
  const spans: ProtectedSpan[] = [];
  const add = (start: number, end: number, kind: ProtectedSpan['kind']): void => {
    if (end <= start) return;
    for (let i = start; i < end; i++) if (taken[i] === 1) return;
    taken.fill(1, start, end);
    spans.push({ start, end, kind });
  };
  // Cheap guards: most dispatches have no address, and these patterns retry at every word.
  if (text.includes('@')) for (const m of matches(EMAIL, text)) add(m.index, m.index + m[0].length, 'email');
  if (URL_HINT.test(text)) {
    for (const m of matches(URL, text)) {
      const trimmed = m[0].replace(TRAILING, '');
      add(m.index, m.index + trimmed.length, 'url');
    }
  }
  for (const m of matches(rules.protectPattern, text)) {
    const kind = m[1] !== undefined ? 'date' : m[2] !== undefined ? 'time' : 'number';
    add(m.index, m.index + m[0].length, kind);
  }
  let openSingle = false;
  for (const q of matches(QUOTES, text)) {
    const i = q.index;
    if (taken[i] === 1) continue;
    const ch = q[0];
    const before = isLetter(text[i - 1]);
    const after = isLetter(text[i + 1]);
    if (ch === "'" || ch === '’' || ch === '‘') {
      // Apostrophes (`l'Irak`, `students’`) are not quotes: only a single quote that opens before a word
      // and the one that later closes it count.
      if (!before && after && ch !== '’') openSingle = true;
      else if (openSingle && !after) openSingle = false;
      else continue;
    }
    add(i, i + 1, 'quote');
  }
  return spans.sort((a, b) => a.start - b.start);
}
