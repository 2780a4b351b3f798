/**
 * Character classes of UTF-16 code units as bit flags in one table, so the scanners test a class with one
 * array read instead of a chain of comparisons or a one-character string.
 */
export const SPACE = 1;
/** `.`, `…`, `!`, `?` and their combined forms. */
export const TERMINAL = 2;
/** `!`, `?`, `‼`, `⁇`, `⁈`, `⁉`. */
export const EXCLAIM = 4;
/** Marks that close a quote or a bracket right after a sentence-final mark (`."`, `!»`, `?)`). */
export const CLOSER = 8;
/** Marks that may open the next sentence before its first word (`« Le`, `¿Qué`, `(The`). */
export const OPENER = 16;
/** List bullets. */
export const BULLET = 32;
/** Characters that end the token looked back at before a period (`(`, `«`, bullets). */
export const TOKEN_STOP = 64;

const table = new Uint8Array(0x10000);
const mark = (flag: number, chars: string): void => {
  for (const ch of chars) table[ch.charCodeAt(0)]! |= flag;
};
mark(SPACE, ' \t\n\r\f\u00a0\u202f\u2009\u2007\u200a\u3000');
const EXCLAIMS = '!?‼⁇⁈⁉';
const TERMINALS_LIST = `.…${EXCLAIMS}`;
mark(TERMINAL | EXCLAIM, EXCLAIMS);
mark(TERMINAL, TERMINALS_LIST);
mark(CLOSER, '"”’\'»›)]}“‘');
mark(OPENER, '"“”‘\'«‹([{¿¡„‚—–-*•');
mark(BULLET, '•⁃▪◦‣●○■□►▸');
mark(TOKEN_STOP, '([{«“‘"¿¡„‚‹•⁃▪◦‣');

/**
 * Offsets of every {@link TERMINAL} mark in `text`, ascending. One native regular-expression scan finds
 * them several times faster than a loop over code units, and the sentence scanner then jumps from mark
 * to mark.
 */
export function terminalOffsets(text: string): number[] {
  const out: number[] = [];
  TERMINALS.lastIndex = 0;
  for (let m = TERMINALS.exec(text); m !== null; m = TERMINALS.exec(text)) out.push(m.index);
  return out;
}

const TERMINALS = new RegExp(`[${TERMINALS_LIST}]`, 'gu');

/** The class table, indexed by UTF-16 code unit; read it into a local in hot loops. */
export const CHAR_CLASS: Uint8Array = table;

/** Whether the code unit at `i` has `flag` (false past the end). */
export function has(text: string, i: number, flag: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && (table[c]! & flag) !== 0;
}

const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /^\p{Nd}/u;

export const startsUpper = (s: string): boolean => UPPER.test(s);
export const startsLower = (s: string): boolean => LOWER.test(s);
export const startsDigit = (s: string): boolean => DIGIT.test(s);
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
