/**
 * Finds annotated text in a document whatever its whitespace: gold sentences are written with one
 * space where the page wraps a line, and the pipeline may rewrap, so both sides are compared on a
 * "squeezed" copy (every whitespace run → one space) that keeps a map back to raw offsets.
 */
export interface Squeezed {
  readonly text: string;
  /** rawStart[i]: offset in the raw text of squeezed character i. */
  readonly rawStart: readonly number[];
}

export function squeeze(raw: string): Squeezed {
  let text = '';
  const rawStart: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (/\s/u.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      rawStart.push(pendingSpace);
    }
    pendingSpace = -1;
    text += ch;
    rawStart.push(i);
  }
  return { text, rawStart };
}

export function squeezeText(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

export interface Located {
  readonly start: number;
  readonly end: number;
}

/** Raw [start, end) of the `occurrence`-th (1-based) match of `needle` at or after raw `from`. */
export function locate(doc: Squeezed, needle: string, occurrence = 1, from = 0): Located | undefined {
  const target = squeezeText(needle);
  if (target.length === 0) return undefined;
  let at = firstSqueezedAtOrAfter(doc, from);
  let seen = 0;
  for (;;) {
    const hit = doc.text.indexOf(target, at);
    if (hit < 0) return undefined;
    seen += 1;
    if (seen === occurrence) {
      const last = hit + target.length - 1;
      return { start: doc.rawStart[hit]!, end: doc.rawStart[last]! + 1 };
    }
    at = hit + 1;
  }
}

/**
 * The first occurrence at or after raw `from` that `accept` takes (e.g. one inside a story block,
 * not the copy of a title in a breadcrumb above it).
 */
export function locateWhere(
  doc: Squeezed,
  needle: string,
  from: number,
  accept: (at: Located) => boolean,
): Located | undefined {
  for (let n = 1; ; n++) {
    const at = locate(doc, needle, n, from);
    if (!at || accept(at)) return at;
  }
}

/** How many times `needle` occurs in the document (overlaps counted). */
export function countOccurrences(doc: Squeezed, needle: string): number {
  const target = squeezeText(needle);
  if (target.length === 0) return 0;
  let n = 0;
  for (let at = doc.text.indexOf(target); at >= 0; at = doc.text.indexOf(target, at + 1)) n += 1;
  return n;
}

function firstSqueezedAtOrAfter(doc: Squeezed, rawOffset: number): number {
  let lo = 0;
  let hi = doc.rawStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.rawStart[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
