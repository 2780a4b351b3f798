import {
  keyOf,
  SCHEMA_VERSION,
  type DispatchEvent,
  type Strike,
  type StorySummary,
} from '@wirestream/contracts';
import { tallyByPlace } from '@wirestream/nlp-strike-count';
import { type StageHandler } from '../stage-handler';
import { eventStageOf } from './event-stage';
import { strikeIdOf } from './strike-id';

/** The version of the summary stage (its record shape and tally rules). */
export const SUMMARY_VERSION = '0.1.0';

/** A place's grouping key: its canonical id when the entity stage resolved it, else its words. */
function placeOf(strike: Strike): { key: string; text: string } | undefined {
  const location = strike.location;
  if (location === undefined) return undefined;
  return { key: location.canonical?.id ?? location.text.toLowerCase(), text: location.text };
}

/** The summary of one enriched dispatch: its strike counts per place and kind, as of this version. */
export function summarize(event: DispatchEvent): StorySummary {
  const withdrawn = event.dedup.status === 'withdrawn';
  const strikes = withdrawn ? [] : (event.strikes ?? []);
  const canonicalByKey = new Map(
    strikes.flatMap((s) => (s.location?.canonical ? [[s.location.canonical.id, s.location.canonical]] : [])),
  );
  const tallies = tallyByPlace(
    strikes.map((s) => {
      const place = placeOf(s);
      return { count: s.count, approx: s.approx, kind: s.kind, ...(place ? { place } : {}) };
    }),
  ).map((row) => {
    const canonical = row.place ? canonicalByKey.get(row.place.key) : undefined;
    return {
      ...(row.place ? { place: { text: row.place.text, ...(canonical ? { canonical } : {}) } } : {}),
      kind: row.kind,
      count: row.count,
      approx: row.approx,
      counts: row.counts,
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    storyId: event.storyId,
    dispatchId: event.id,
    agency: event.agency,
    receivedAt: event.receivedAt,
    ...(event.version === undefined ? {} : { version: event.version }),
    status: withdrawn ? 'withdrawn' : 'current',
    ...(event.dedup.updateOf === undefined ? {} : { supersedes: event.dedup.updateOf }),
    ...(event.headline === undefined ? {} : { headline: event.headline }),
    strikes: strikes.reduce((n, s) => n + s.count, 0),
    tallies,
    statedTotals: withdrawn
      ? []
      : (event.strikeTotals ?? []).map((t) => ({ kind: t.kind, count: t.count, approx: t.approx })),
    strikeIds: [...new Set(strikes.map((s) => strikeIdOf(event.storyId, s)))],
  };
}

/** Publishes each story's strike tally as of its latest version (withdrawals included). */
export function createSummaryStage(): StageHandler<'summary'> {
  return eventStageOf('summary', SUMMARY_VERSION, (event) => {
    const summary = summarize(event);
    return [{ topic: 'summary', key: keyOf('summary', summary), value: summary }];
  });
}
