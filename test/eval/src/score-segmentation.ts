/**
 * Sentence boundaries on raw offsets: gold and predicted sentences are both located in the page
 * as scraped (whitespace-insensitive, in order), so a sentence kept from chrome or cut at a line
 * wrap shows as a boundary of its own.
 */
import { type LaidBlock, roleAt } from './document-lines';
import { type GoldFile, SENTENCE_ROLES } from './gold-types';
import { type Report } from './mistakes';
import { type Counts, matchKeys } from './prf';
import { locate, locateWhere, type Squeezed } from './text-locator';

export interface SegmentationScore {
  readonly boundaries: Counts;
  readonly sentences: Counts;
  readonly countExact: boolean;
  readonly goldCount: number;
  readonly predictedCount: number;
}

interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function locateInOrder(
  doc: Squeezed,
  texts: readonly string[],
  accept: (at: { start: number }) => boolean = () => true,
): (Span | undefined)[] {
  let from = 0;
  return texts.map((sentence) => {
    const text = withoutListMarker(sentence);
    const at = locateWhere(doc, text, from, accept) ?? locate(doc, text, 1, from) ?? locate(doc, text);
    if (!at) return undefined;
    from = Math.max(from, at.end);
    return { ...at, text };
  });
}

export function scoreSegmentation(
  id: string,
  raw: string,
  doc: Squeezed,
  blocks: readonly LaidBlock[],
  gold: GoldFile,
  predicted: readonly string[],
  report: Report,
): SegmentationScore {
  const inStory = (at: { start: number }) => SENTENCE_ROLES.has(roleAt(blocks, at.start) ?? 'chrome');
  const goldSpans = locateInOrder(doc, gold.sentences, inStory).filter((s): s is Span => s !== undefined);
  // A predicted sentence is sought in the story first too: a title also written in a breadcrumb above
  // it is the title's sentence, not the breadcrumb's.
  const predSpans = locateInOrder(doc, predicted, inStory);
  const goldEnds = goldSpans.map((s) => String(s.end));
  const predEnds = predSpans.map((s, i) => (s ? String(s.end) : `unlocated:${i}`));
  const boundaries = matchKeys(goldEnds, predEnds);
  const sentences = matchKeys(
    goldSpans.map((s) => `${s.start}:${s.end}`),
    predSpans.map((s, i) => (s ? `${s.start}:${s.end}` : `unlocated:${i}`)),
  );
  predSpans.forEach((span, i) => {
    if (!span) {
      report({
        stage: 'segmentation',
        kind: 'sentence text not found in the page',
        doc: id,
        detail: clip(predicted[i]!),
      });
      return;
    }
    const role = roleAt(blocks, span.start);
    if (role && !SENTENCE_ROLES.has(role))
      report({
        stage: 'segmentation',
        kind: `sentence from a ${role} block`,
        doc: id,
        detail: clip(span.text),
      });
  });
  const goldEndSet = new Set(goldEnds);
  for (const key of boundaries.spurious) {
    if (key.startsWith('unlocated')) continue;
    const at = Number(key);
    const inGold = goldSpans.some((g) => at > g.start && at < g.end);
    if (inGold)
      report({ stage: 'segmentation', kind: 'split inside a sentence', doc: id, detail: around(raw, at) });
  }
  for (const key of boundaries.missed) {
    if (goldEndSet.has(key))
      report({
        stage: 'segmentation',
        kind: 'missed sentence end',
        doc: id,
        detail: around(raw, Number(key)),
      });
  }
  const predictedCount = predSpans.length;
  if (predictedCount !== gold.sentences.length)
    report({
      stage: 'segmentation',
      kind: predictedCount > gold.sentences.length ? 'too many sentences' : 'too few sentences',
      doc: id,
      detail: `${predictedCount} predicted, ${gold.sentences.length} gold`,
    });
  return {
    boundaries: { tp: boundaries.tp, fp: boundaries.fp, fn: boundaries.fn },
    sentences: { tp: sentences.tp, fp: sentences.fp, fn: sentences.fn },
    countExact: predictedCount === gold.sentences.length,
    goldCount: gold.sentences.length,
    predictedCount,
  };
}

/** A list marker is not part of its sentence, on either side (docs/annotation.md). */
export function withoutListMarker(s: string): string {
  return s.replace(/^[-–—•·*⁃▪]\s/u, '').trimStart();
}

export function around(raw: string, at: number): string {
  const before = raw.slice(Math.max(0, at - 40), at).replace(/\s+/gu, ' ');
  const after = raw.slice(at, at + 40).replace(/\s+/gu, ' ');
  return `…${before}⟂${after}…`;
}

export function clip(s: string, n = 90): string {
  const t = s.replace(/\s+/gu, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}
