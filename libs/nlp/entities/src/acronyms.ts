/** Words an acronym may skip: "Observatoire syrien des droits de l'homme" is OSDH, not OSDDDLH. */
const SKIPPABLE = new Set([
  'de',
  'des',
  'du',
  'd',
  'l',
  'la',
  'le',
  'les',
  'et',
  'en',
  'au',
  'aux',
  'pour',
  'a',
  'sur',
  'of',
  'the',
  'for',
  'and',
  'in',
  'on',
  'to',
]);

/** Letters of an acronym, upper case, digits and dashes dropped ("CJTF-OIR" → "CJTFOIR"). */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
}

// Letters a word can stand for: its initial, or the initials of its hyphenated parts ("Croix-Rouge" → CR).
// Memo of a pure function: the same words are tried at every start of a long-form search.
const INITIALS = new Map<string, readonly string[]>();

function initialsOf(fold: string): readonly string[] {
  let hit = INITIALS.get(fold);
  if (hit === undefined) {
    hit = computeInitials(fold);
    if (INITIALS.size >= 20000) INITIALS.clear();
    INITIALS.set(fold, hit);
  }
  return hit;
}

function computeInitials(fold: string): string[] {
  const parts = fold.split('-').filter((p) => p.length > 0);
  const first = (parts[0] ?? '').charAt(0).toUpperCase();
  const all = parts.map((p) => p.charAt(0).toUpperCase()).join('');
  return all.length > 1 ? [all, first] : [first];
}

function matchFrom(letters: string, li: number, words: readonly string[], wi: number, end: number): boolean {
  if (li === letters.length) return wi === end;
  if (wi >= end) return false;
  const word = words[wi] as string;
  for (const init of initialsOf(word)) {
    if (letters.startsWith(init, li) && matchFrom(letters, li + init.length, words, wi + 1, end)) return true;
  }
  return SKIPPABLE.has(word) && matchFrom(letters, li, words, wi + 1, end);
}

/**
 * Where the long form of `acronym` starts among folded `words` that end just before it (the
 * "Long Form (ACR)" pattern): the shortest run of words ending at the last one whose initials
 * spell the acronym, skipping articles and prepositions. Returns -1 when none does.
 */
export function longFormStartBefore(acronym: string, words: readonly string[], maxWords = 12): number {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return -1;
  const end = words.length;
  for (let s = end - 1; s >= Math.max(0, end - maxWords); s--) {
    const w = words[s] as string;
    if (SKIPPABLE.has(w)) continue;
    if (matchFrom(letters, 0, words, s, end)) return s;
  }
  return -1;
}

/**
 * Where the long form of `acronym` ends among folded `words` starting at `start` (an earlier mention
 * without brackets, or the "ACR (Long Form)" pattern): the end index (exclusive) of the shortest run
 * whose initials spell the acronym, or -1.
 */
export function longFormEndAfter(
  acronym: string,
  words: readonly string[],
  start: number,
  maxWords = 12,
): number {
  const letters = acronymLetters(acronym);
  if (letters.length < 2) return -1;
  const limit = Math.min(words.length, start + maxWords);
  for (let e = start + 2; e <= limit; e++) {
    const last = words[e - 1] as string;
    if (SKIPPABLE.has(last)) continue;
    if (matchFrom(letters, 0, words, start, e)) return e;
  }
  return -1;
}
