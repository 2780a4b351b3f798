/**
 * Entities as distinct (type, name) pairs per document, acronyms as (short, long) pairs, and
 * places as the canonical place given to each gold place name the system tagged.
 */
import { foldKey } from './fold';
import { ENTITY_TYPES, type GoldFile } from './gold-types';
import { type Report } from './mistakes';
import { type PredictedEntity } from './prediction';
import { type Counts, emptyCounts, matchKeys } from './prf';

export interface EntityScore {
  readonly all: Counts;
  readonly byType: Record<string, Counts>;
  readonly acronyms: Counts;
  /** Gold places tagged as LOC by the system, and of those, resolved to the right place / country. */
  readonly placesTagged: number;
  readonly placesTotal: number;
  readonly placesExact: number;
  readonly placesCountry: number;
}

const TYPES: readonly string[] = ENTITY_TYPES;

export function scoreEntities(
  id: string,
  gold: GoldFile,
  predicted: readonly PredictedEntity[],
  report: Report,
): EntityScore {
  const goldKeys = unique(gold.entities.map((e) => `${e.type}|${foldKey(e.text)}`));
  const predKeys = unique(
    predicted.filter((e) => TYPES.includes(e.type)).map((e) => `${e.type}|${foldKey(e.text)}`),
  );
  const byType: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()]));
  const matched = matchKeys(goldKeys, predKeys);
  for (const k of goldKeys) if (!matched.missed.includes(k)) byType[typeOf(k)]!.tp += 1;
  const goldNames = new Map(gold.entities.map((e) => [foldKey(e.text), e.type] as const));
  for (const k of matched.missed) {
    byType[typeOf(k)]!.fn += 1;
    const other = predKeys.find((p) => p.slice(p.indexOf('|') + 1) === nameOf(k));
    report({
      stage: 'entities',
      kind: other ? `${typeOf(k)} typed ${typeOf(other)}` : `${typeOf(k)} missed`,
      doc: id,
      detail: nameOf(k),
    });
  }
  for (const k of matched.spurious) {
    byType[typeOf(k)]!.fp += 1;
    const goldType = goldNames.get(nameOf(k));
    if (!goldType) report({ stage: 'entities', kind: `false ${typeOf(k)}`, doc: id, detail: nameOf(k) });
  }

  const goldAcronyms = unique(gold.acronyms.map((a) => `${foldKey(a.short)}=${foldKey(a.long)}`));
  const predAcronyms = unique(
    predicted
      .filter((e) => e.expansion !== undefined)
      .map((e) => `${foldKey(e.text)}=${foldKey(e.expansion!)}`),
  );
  const acr = matchKeys(goldAcronyms, predAcronyms);
  for (const k of acr.missed) report({ stage: 'acronyms', kind: 'expansion missed', doc: id, detail: k });
  for (const k of acr.spurious) report({ stage: 'acronyms', kind: 'wrong expansion', doc: id, detail: k });

  let placesTagged = 0;
  let placesExact = 0;
  let placesCountry = 0;
  for (const place of gold.places) {
    const hit = predicted.find((e) => e.type === 'LOC' && foldKey(e.text) === foldKey(place.text));
    if (!hit) continue;
    placesTagged += 1;
    const c = hit.canonical;
    const byId = place.geonameId != null && c?.id === `geonames:${place.geonameId}`;
    const country = c !== undefined && (c.country ?? null) === place.country;
    // Same name in another country is another place (Juba, South Sudan is not Juba, Somalia).
    const exact =
      byId ||
      (c !== undefined && foldKey(c.name) === foldKey(place.name) && (country || place.country === null));
    if (exact) placesExact += 1;
    if (country || (exact && place.country === null)) placesCountry += 1;
    if (!exact)
      report({
        stage: 'places',
        kind:
          c === undefined ? 'place not resolved' : country ? 'other place, same country' : 'other country',
        doc: id,
        detail: `${place.text} → ${c ? `${c.name} (${c.country ?? '?'})` : '—'}, gold ${place.name} (${place.country ?? '-'})`,
      });
  }
  return {
    all: { tp: matched.tp, fp: matched.fp, fn: matched.fn },
    byType,
    acronyms: { tp: acr.tp, fp: acr.fp, fn: acr.fn },
    placesTagged,
    placesTotal: gold.places.length,
    placesExact,
    placesCountry,
  };
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

function typeOf(key: string): string {
  return key.slice(0, key.indexOf('|'));
}

function nameOf(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}
