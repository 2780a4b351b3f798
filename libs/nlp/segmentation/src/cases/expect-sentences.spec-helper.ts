import { segmentText } from '../segment-text';

/** One table row: the given body text and the sentences a careful annotator cuts it into. */
export type SentenceCase = readonly [given: string, then: readonly string[]];

/**
 * Segments `given` (no headline) and returns what a spec compares: the segment texts, plus a list of the
 * offset and index faults (empty when every segment slices the input exactly).
 */
export function segmentForSpec(given: string, language: string): { texts: string[]; faults: string[] } {
  const segments = segmentText({ text: given, language, hasHeadline: false });
  const faults: string[] = [];
  segments.forEach((s, i) => {
    if (given.slice(s.start, s.end) !== s.text) faults.push(`segment ${i} does not slice the text`);
    if (s.index !== i) faults.push(`segment ${i} has index ${s.index}`);
    if (s.text !== s.text.trim()) faults.push(`segment ${i} is not trimmed`);
    for (const p of s.protect) {
      if (p.start < s.start || p.end > s.end) faults.push(`segment ${i} has a protected span outside it`);
    }
  });
  return { texts: segments.map((s) => s.text), faults };
}
