import { foldAligned } from '@wirestream/nlp-text';
import type { StrikeCount, StrikeSegment } from './types';

/**
 * A headline restates the lead: "Cinq frappes près d'Al-Qaïm" above "La coalition a mené cinq
 * frappes près d'Al-Qaïm mardi" is one count, not two. A headline count is dropped when a body
 * count has the same number, kind and place, or when the body states that number as a report total
 * ("conducts 11 strikes in Iraq and Syria" above a release whose total is 11); a headline count
 * the body does not repeat is kept.
 */
export function dropHeadlineRepeats(
  strikes: readonly StrikeCount[],
  segments: readonly StrikeSegment[],
  bodyTotals: readonly number[] = [],
): StrikeCount[] {
  const headlineIds = new Set(segments.filter((s) => s.role === 'headline').map((s) => s.id));
  if (headlineIds.size === 0) return [...strikes];
  const key = (c: StrikeCount) =>
    [c.count, c.kind, c.location?.canonical?.id ?? foldAligned(c.location?.text ?? '').toLowerCase()].join(
      '\u0000',
    );
  const inBody = new Set(strikes.filter((c) => !headlineIds.has(c.evidence.segmentId)).map(key));
  const totals = new Set(bodyTotals);
  return strikes.filter(
    (c) => !headlineIds.has(c.evidence.segmentId) || (!inBody.has(key(c)) && !totals.has(c.count)),
  );
}
