import type { DedupOptions } from './dedup-options';
import { isFormulaicVariant } from './fact-substitutions';
import { estimateContainment, estimateJaccard } from './min-hash';
import type { DispatchSketch } from './sketch-dispatch';
import type { DedupCandidate, DedupDecision, Resolution, StoredSketch } from './types';

/** ninjs `pubstatus` values that retract a story (`cancelled` is a spelling seen in feeds). */
const WITHDRAWING = new Set(['canceled', 'cancelled', 'withheld']);

/** True when the candidate's version metadata withdraws its story. */
export function isWithdrawal(candidate: DedupCandidate): boolean {
  return candidate.pubstatus !== undefined && WITHDRAWING.has(candidate.pubstatus.trim().toLowerCase());
}

/** Similarity rounded for events and logs; decisions use the unrounded value. */
const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The pure near-duplicate decision for one candidate that owns its fingerprint: the most similar earlier
 * dispatch of the same story makes it an update, skipping those it is another edition of (a formulaic
 * bulletin replacing many facts: a separate story); when only editions match, it is a new story. `storyOf` gives a neighbour's resolved story
 * (earlier decisions of the same batch may not be settled in the store yet).
 */
export function decideNearDuplicate(
  candidate: DedupCandidate,
  sketch: DispatchSketch,
  neighbors: readonly StoredSketch[],
  options: DedupOptions,
  storyOf: (neighbor: StoredSketch) => string,
): DedupDecision {
  const matches: { n: StoredSketch; jaccard: number }[] = [];
  for (const n of neighbors) {
    if (n.withdrawn === true || n.id === candidate.id || n.shingleCount === 0) continue;
    const jaccard = estimateJaccard(sketch.signature, n.signature);
    const containment = estimateContainment(jaccard, sketch.shingleCount, n.shingleCount);
    const sameStory =
      jaccard >= options.sameStoryJaccard ||
      (containment >= options.sameStoryContainment && jaccard >= options.minContainedJaccard);
    if (sameStory) matches.push({ n, jaccard });
  }
  matches.sort((a, b) => b.jaccard - a.jaccard || a.n.seq - b.n.seq);
  const base = { id: candidate.id, fingerprint: sketch.fingerprint };
  // The agency's own version metadata wins over the bulletin rule: a later version of the story it
  // names (same storyId, a version number) updates the most similar earlier version of that story.
  const declared =
    candidate.version === undefined ? undefined : matches.find((m) => storyOf(m.n) === candidate.storyId);
  // The same running sentences and figures as a known dispatch: the story again under other chrome,
  // another layout or other typography, unless the agency declares a new version of it (or withdraws it:
  // a withdrawal is never a duplicate of what it withdraws).
  const same =
    declared === undefined && sketch.storyKey !== '' && !isWithdrawal(candidate)
      ? matches.find((m) => m.n.storyKey === sketch.storyKey)
      : undefined;
  if (same !== undefined) {
    return {
      ...base,
      status: 'duplicate',
      storyId: storyOf(same.n),
      duplicateOf: same.n.id,
      similarity: round(same.jaccard),
      reason:
        'near-duplicate: same sentences and figures as a known dispatch; only chrome, layout or typography differ',
    };
  }
  // Otherwise the most similar known version that is not another edition of a formulaic bulletin.
  const original =
    declared ??
    matches.find(
      (m) =>
        !isFormulaicVariant(
          sketch.facts,
          m.n.facts,
          options.bulletinMinSubstitutions,
          options.bulletinMinShare,
        ),
    );
  if (original !== undefined) {
    return {
      ...base,
      status: 'update',
      storyId: storyOf(original.n),
      updateOf: original.n.id,
      similarity: round(original.jaccard),
      reason: 'near-duplicate: words differ from a known version of the story',
    };
  }
  const edition = matches[0];
  if (edition === undefined)
    return { ...base, status: 'unique', storyId: candidate.storyId, reason: 'new-story' };
  return {
    ...base,
    status: 'unique',
    storyId: candidate.storyId,
    similarity: round(edition.jaccard),
    reason: `formulaic-bulletin: replaces the facts of ${edition.n.id}`,
  };
}

/**
 * The whole decision for one candidate from the store's answer: an exact duplicate when another dispatch
 * owns the fingerprint, otherwise {@link decideNearDuplicate}. A withdrawal is flagged and never drops
 * its story as a duplicate.
 */
export function decide(
  candidate: DedupCandidate,
  sketch: DispatchSketch,
  resolution: Resolution,
  options: DedupOptions,
  storyOf: (id: string, stored: string) => string,
): DedupDecision {
  const withdrawn = isWithdrawal(candidate);
  const { claim } = resolution;
  let decision: DedupDecision;
  if (!claim.owned) {
    decision = {
      id: candidate.id,
      status: 'duplicate',
      fingerprint: sketch.fingerprint,
      storyId: storyOf(claim.owner, claim.storyId),
      duplicateOf: claim.owner,
      similarity: 1,
      reason: withdrawn
        ? 'exact: withdrawal already received'
        : 'exact: same text once whitespace, punctuation, typography and case are set aside',
    };
  } else {
    decision = decideNearDuplicate(candidate, sketch, resolution.neighbors, options, (n) =>
      storyOf(n.id, n.storyId),
    );
  }
  return withdrawn ? { ...decision, withdrawn: true } : decision;
}
