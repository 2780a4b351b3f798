import type { StrikeKind } from './types';

/** The facts about a count that reconciliation needs, in text order. */
export interface TotalDraft {
  readonly kind: StrikeKind;
  readonly count: number;
  readonly total: boolean;
  readonly start: number;
  readonly period?: string;
  /** Folded location text. */
  readonly location?: string;
}

/**
 * Sums what is listed under each stated total: the sub-totals that follow it (a report's overall figure
 * over its per-country figures), or else the per-place counts up to the next total of the same kind.
 * A different explicit period starts a new report. Returns the sum per total index, when anything is listed.
 */
export function reconcileTotals(drafts: readonly TotalDraft[]): Map<number, number> {
  const sums = new Map<number, number>();
  drafts.forEach((t, i) => {
    if (!t.total) return;
    const following: { d: TotalDraft; i: number }[] = [];
    for (let j = i + 1; j < drafts.length; j++) {
      const d = drafts[j] as TotalDraft;
      if (d.kind !== t.kind) continue;
      if (d.total && d.period !== undefined && t.period !== undefined && d.period !== t.period) break;
      following.push({ d, i: j });
    }
    const first = following[0];
    if (first === undefined) return;
    let sum = 0;
    let any = false;
    // Sub-totals are children only when the parent's scope names their place ("Syria and Iraq" ⊃ "Syria").
    const nested =
      first.d.total &&
      (t.location === undefined || (first.d.location !== undefined && t.location.includes(first.d.location)));
    if (nested) {
      const seen = new Set<string>();
      for (const { d } of following) {
        if (!d.total) continue;
        if (d.location === undefined || seen.has(d.location)) break;
        if (t.location !== undefined && !t.location.includes(d.location)) break;
        seen.add(d.location);
        sum += d.count;
        any = true;
      }
    } else {
      for (const { d } of following) {
        if (d.total) break;
        sum += d.count;
        any = true;
      }
    }
    if (any) sums.set(i, sum);
  });
  return sums;
}
