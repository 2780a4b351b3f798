/**
 * Strike counts on (count, kind, place) and on (count, kind); stated totals on (count, kind).
 * A headline restating a body count is neither required nor a false alarm. A predicted place is
 * right when it is the gold canonical name, or a spelling the gold places map to that name.
 */
import { foldKey } from './fold';
import { type GoldFile, type GoldStrike } from './gold-types';
import { type Report } from './mistakes';
import { type PredictedStrike } from './prediction';
import { type Counts, matchKeys } from './prf';
import { clip } from './score-segmentation';

export interface StrikeScore {
  readonly full: Counts;
  readonly countKind: Counts;
  readonly totals: Counts;
  /** Recall on (count, kind, place) per class: `role.item`, `place.inherited`, … */
  readonly byClass: Record<string, { hit: number; total: number }>;
  /** A document with no gold count where the system found one. */
  readonly falseAlarmDoc: boolean;
  readonly negativeDoc: boolean;
}

export function scoreStrikes(
  id: string,
  gold: GoldFile,
  strikes: readonly PredictedStrike[],
  totals: readonly PredictedStrike[],
  report: Report,
): StrikeScore {
  const placeName = new Map(gold.places.map((p) => [foldKey(p.text), foldKey(p.name)] as const));
  const predPlace = (s: PredictedStrike): string => {
    for (const candidate of [s.place, s.placeText]) {
      if (candidate === undefined) continue;
      const key = foldKey(candidate);
      const viaGold = placeName.get(key);
      if (viaGold) return viaGold;
    }
    return s.place === undefined ? '-' : foldKey(s.place);
  };
  const required = gold.strikes.filter((s) => s.role !== 'headline');
  const optional = gold.strikes.filter((s) => s.role === 'headline');
  const predicted = [...strikes, ...totals];
  const fullKey = (count: number, kind: string, place: string) => `${count}|${kind}|${place}`;
  const goldFull = required.map((s) => fullKey(s.count, s.kind, s.place === null ? '-' : foldKey(s.place)));
  const optionalFull = new Set(
    optional.map((s) => fullKey(s.count, s.kind, s.place === null ? '-' : foldKey(s.place))),
  );
  const optionalCk = new Set(optional.map((s) => `${s.count}|${s.kind}`));
  const predFull = predicted.map((s) => fullKey(s.count, s.kind, predPlace(s)));
  const full = matchKeys(goldFull, predFull);
  const fullSpurious = full.spurious.filter((k) => !optionalFull.has(k));
  const ck = matchKeys(
    required.map((s) => `${s.count}|${s.kind}`),
    predicted.map((s) => `${s.count}|${s.kind}`),
  );
  const ckSpurious = ck.spurious.filter((k) => !optionalCk.has(k));
  const goldTotals = required
    .filter((s) => s.role === 'total' || s.role === 'subtotal')
    .map((s) => `${s.count}|${s.kind}`);
  const tot = matchKeys(
    goldTotals,
    totals.map((s) => `${s.count}|${s.kind}`),
  );

  const byKey = new Map<string, GoldStrike[]>();
  required.forEach((s, i) => byKey.set(goldFull[i]!, [...(byKey.get(goldFull[i]!) ?? []), s]));
  const ckMissed = new Set(ck.missed);
  const missed = new Set<GoldStrike>();
  for (const key of full.missed) {
    const s = byKey.get(key)?.shift();
    if (!s) continue;
    missed.add(s);
    const ckKey = `${s.count}|${s.kind}`;
    const kind = ckMissed.has(ckKey)
      ? `missed ${s.role}${s.count === 1 ? ' (singular)' : ''}`
      : `wrong place (${s.placeFrom === 'inherited' ? 'inherited scope' : s.placeFrom === 'none' ? 'no place' : 'own clause'})`;
    report({
      stage: 'strikes',
      kind,
      doc: id,
      detail: `${s.count} ${s.kind} @ ${s.place ?? '-'}: "${clip(s.quote, 70)}"`,
    });
  }
  const ckSpuriousSet = new Set(ckSpurious);
  for (const key of fullSpurious) {
    const [count, kind] = key.split('|');
    if (!ckSpuriousSet.has(`${count}|${kind}`)) continue;
    const p = predicted.find((s) => `${s.count}|${s.kind}` === `${count}|${kind}`);
    report({
      stage: 'strikes',
      kind: 'false count',
      doc: id,
      detail: `${key}: "${clip(p?.evidence ?? '', 70)}"`,
    });
  }
  // Recall on (count, kind, place) by the count's role in its tally and by where its place comes from.
  const byClass: Record<string, { hit: number; total: number }> = {};
  for (const g of required) {
    for (const cls of [`role.${g.role}`, `place.${g.placeFrom}`]) {
      const c = (byClass[cls] ??= { hit: 0, total: 0 });
      c.total += 1;
      if (!missed.has(g)) c.hit += 1;
    }
  }
  const negativeDoc = required.length === 0;
  return {
    full: { tp: full.tp, fp: fullSpurious.length, fn: full.fn },
    countKind: { tp: ck.tp, fp: ckSpurious.length, fn: ck.fn },
    totals: { tp: tot.tp, fp: tot.fp, fn: tot.fn },
    byClass,
    negativeDoc,
    falseAlarmDoc: negativeDoc && predicted.some((s) => !optionalCk.has(`${s.count}|${s.kind}`)),
  };
}
