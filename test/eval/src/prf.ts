/** Precision, recall and F1 from counts, summed over documents (micro average). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  // Nothing predicted where something was due: F1 is 0, not undefined.
  if (precision === null && recall === 0) return { precision, recall, f1: 0, tp: c.tp, fp: c.fp, fn: c.fn };
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp: c.tp, fp: c.fp, fn: c.fn };
}

/** One-to-one matching of two multisets of keys: returns the counts and the unmatched keys. */
export function matchKeys(
  gold: readonly string[],
  predicted: readonly string[],
): Counts & { missed: string[]; spurious: string[] } {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  const spurious: string[] = [];
  let tp = 0;
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp += 1;
      left.set(p, n - 1);
    } else spurious.push(p);
  }
  const missed: string[] = [];
  for (const [k, n] of left) for (let i = 0; i < n; i++) missed.push(k);
  return { tp, fp: spurious.length, fn: missed.length, missed, spurious };
}

export interface Ratio {
  readonly value: number | null;
  readonly hits: number;
  readonly total: number;
}

export function ratio(hits: number, total: number): Ratio {
  return { value: total === 0 ? null : hits / total, hits, total };
}
