import {
  DANGLING_WORDS,
  endsSentence,
  endsWithEllipsis,
  isByline,
  isDateLine,
  normalizeForFingerprint,
  stableHash,
} from '@wirestream/nlp-text';

/** Words a sentence needs to be the story's own text whatever its shape (see `isStoryText`). */
export const STORY_SENTENCE_WORDS = 8;

/** After a stop, possibly inside closing quotes or brackets. */
const SENTENCE_BREAK = /(?<=[.!?]["'”’»)\]]?)\s+/u;

/**
 * What a copy of the story says, whatever page it was scraped from: the set of its sentences and list
 * items (each normalised as the fingerprint is, so wrapping, quotes and case do not count; short
 * Title Case labels and a teaser cut with an ellipsis left out) and every figure of the text, hashed together. Two
 * dispatches with the same key differ only in chrome, headings or typography: the later is a duplicate.
 * A changed figure anywhere, or a sentence added, dropped or reworded, changes the key: an update.
 * Empty when the text has no running sentence (a key of labels alone proves nothing).
 */
export function storyKey(text: string, figures: readonly string[]): string {
  const sentences = storySentences(text);
  if (sentences.size === 0) return '';
  const figureList = [...figures].sort().join(' ');
  return stableHash(`${[...sentences].sort().join('\n')}\u0000${figureList}`);
}

/** The normalised sentences and list items {@link storyKey} hashes. */
export function storySentences(text: string): Set<string> {
  const sentences = new Set<string>();
  for (const run of unwrappedRuns(text)) {
    for (const sentence of run.split(SENTENCE_BREAK)) {
      if (endsWithEllipsis(sentence)) continue;
      const normalized = normalizeForFingerprint(sentence);
      if (isStoryText(sentence, wordsIn(normalized))) sentences.add(normalized);
    }
  }
  return sentences;
}

/** A line at least this long without a stop at its end runs on into the next (a hard wrap). */
const MIN_WRAPPED_LINE = 40;
const HARD_END = /[.!?:…]["'”’»)\]]?$/u;

/**
 * The text's runs of running text: a line is joined to the next only when it was wrapped (long, no
 * stop or colon at its end, no blank line after it). So a page that puts a dateline, a label or a list
 * item in a paragraph of its own reads the same as one that does not, and one re-wrapped at another
 * width reads the same as the original.
 */
function unwrappedRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) {
      // A blank line ends the run: a title stands apart from the lead it is set above.
      if (current.length > 0) runs.push(current);
      current = '';
      continue;
    }
    // A byline or a date is a line of its own, whatever its length (`Presenters: Mr. …, ASD PA`).
    const apart = isByline(line) || isDateLine(line);
    if (apart && current.length > 0) {
      runs.push(current);
      current = '';
    }
    current = current.length === 0 ? line : `${current} ${line}`;
    if (apart || line.length < MIN_WRAPPED_LINE || HARD_END.test(line)) {
      runs.push(current);
      current = '';
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * Whether a piece of text is the story's own: a running sentence, a shorter one closed by a stop or
 * with a content word in lower case (`Tribal elder Sher Muh`, a line the scrape cut), or a list item.
 * Left out: labels without a stop nor a lower-case content word (`DoD News`, `Bookmark and Share`, a
 * heading, a date), which pages add and drop.
 */
function isStoryText(raw: string, words: number): boolean {
  if (words >= STORY_SENTENCE_WORDS) return true;
  if (LIST_ITEM.test(raw)) return words >= 1;
  if (words < MIN_SHORT_WORDS) return false;
  return endsSentence(raw) || hasLowerCaseContentWord(raw);
}

const MIN_SHORT_WORDS = 2;
const SMALL_WORDS = new Set(Object.values(DANGLING_WORDS).flat());
const LIST_ITEM = /^\s*(?:[-–—•*·]+|\d{1,3}[.)]|[a-z][.)])\s/u;

/** A word in lower case that is not an article, preposition or conjunction: `Tribal elder Sher Muh`. */
function hasLowerCaseContentWord(text: string): boolean {
  return text.split(' ').some((w) => {
    const first = w.charAt(0);
    return first !== first.toUpperCase() && !SMALL_WORDS.has(w.replace(/[^\p{L}]+/gu, ''));
  });
}

function wordsIn(normalized: string): number {
  if (normalized.length === 0) return 0;
  let n = 1;
  for (let i = 0; i < normalized.length; i++) if (normalized.charCodeAt(i) === 0x20) n++;
  return n;
}
