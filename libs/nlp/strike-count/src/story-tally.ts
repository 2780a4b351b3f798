/** One strike count as a story tally reads it: a place key groups spellings of one place. */
export interface TallyCount {
  readonly count: number;
  readonly approx: boolean;
  readonly kind: string;
  /** `key` identifies the place (a GeoNames id, else the folded words); `text` is how it was written. */
  readonly place?: { readonly key: string; readonly text: string };
}

/** The counts of one kind at one place (or at no named place), added up. */
export interface PlaceTally {
  readonly place?: { readonly key: string; readonly text: string };
  readonly kind: string;
  readonly count: number;
  /** True when any count added was approximate ("une dizaine"). */
  readonly approx: boolean;
  /** How many counts were added. */
  readonly counts: number;
}

/**
 * A story's strike counts per place and kind, largest first (ties by place, then kind), the place
 * written as first seen. Counts of one place under two spellings add up when the caller gives them
 * one key (the entity stage's canonical id), so "Boukamal" and "Abu Kamal" make one row.
 */
export function tallyByPlace(counts: readonly TallyCount[]): PlaceTally[] {
  const rows = new Map<
    string,
    { place?: TallyCount['place']; kind: string; count: number; approx: boolean; counts: number }
  >();
  for (const c of counts) {
    const id = `${c.place?.key ?? ''}\u0000${c.kind}`;
    const row = rows.get(id);
    if (row === undefined) {
      rows.set(id, {
        ...(c.place === undefined ? {} : { place: c.place }),
        kind: c.kind,
        count: c.count,
        approx: c.approx,
        counts: 1,
      });
    } else {
      row.count += c.count;
      row.approx ||= c.approx;
      row.counts += 1;
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.place?.text ?? '').localeCompare(b.place?.text ?? '') ||
      a.kind.localeCompare(b.kind),
  );
}
