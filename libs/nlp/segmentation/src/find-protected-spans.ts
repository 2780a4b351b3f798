import { isLetter } from './chars';
import type { CompiledRules } from './rules/compile-rules';
import type { ProtectedSpan } from './types';

const URL =
  /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>"«»“”]+|(?<![\p{L}\p{N}.@-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|int|info|io|fr|de|es|it|uk|eu|be|ch|ca)\b(?:\/[^\s<>"«»“”]*)?/gu;
/** An e-mail address is a run of these characters, then {@link EMAIL_DOMAIN}. */
const EMAIL_LOCAL = /^[\p{L}\p{N}._%+-]$/u;
/** `@` and the domain, matched where the `@` stands (sticky): never rescanned from every word. */
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
/** A fast literal-led pre-check: the full URL pattern retries at every word, most texts have none. */
const URL_HINT = /:\/\/|www\.|\.(?:com|org|net|gov|edu|int|info|io|fr|de|es|it|uk|eu|be|ch|ca)\b/u;
/** Quote marks a translator must keep (apostrophes are told apart below). */
const QUOTES = /["«»“”„‟‹›‘’'‚]/gu;
// The look-behind starts the match at the run's first mark, not again at each later one.
const TRAILING = /(?<![.,;:!?'’)\]])[.,;:!?'’)\]]+$/u;

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

/** Where the character (a whole code point) ending at `end` starts. */
function previousCodePoint(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/**
 * E-mail addresses as `[start, end)`, leftmost first, without overlaps: from each `@`, the local part
 * runs back to the start of its run of address characters (or the end of the previous address). A
 * single regular expression would retry the local part at every character of a long run that has no
 * `@` after it: quadratic on hostile input, linear here.
 */
function* emails(text: string): Generator<[number, number]> {
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor) {
      const prev = previousCodePoint(text, start);
      if (!EMAIL_LOCAL.test(text.slice(prev, start))) break;
      start = prev;
    }
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (domain === null) continue;
    const end = at + domain[0].length;
    yield [start, end];
    floor = end;
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
  if (text.includes('@')) for (const [start, end] of emails(text)) add(start, end, 'email');
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
