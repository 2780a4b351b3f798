import {
  keyOf,
  SCHEMA_VERSION,
  type DispatchEvent,
  type Strike,
  type StrikeEvent,
  type StrikeTotal,
} from '@wirestream/contracts';
import {
  extractStrikeReport,
  hasStrikeLanguageData,
  STRIKES_VERSION,
  type KnownPlace,
  type StrikeCount,
  type StrikeTotal as ReportedTotal,
} from '@wirestream/nlp-strike-count';
import { type OutputRecord, type StageFindings, type StageHandler } from '../stage-handler';
import { eventStage, withStage } from './event-stage';
import { requireSegments } from './require-segments';
import { strikeIdOf } from './strike-id';

/** Places the entity stage found, when it ran, for the extractor to attach canonical names. */
function placesOf(event: DispatchEvent): KnownPlace[] {
  return (event.entities ?? [])
    .filter((e) => e.type === 'LOC')
    .map((e) => ({
      text: e.text,
      start: e.start,
      end: e.end,
      ...(e.canonical ? { canonical: e.canonical } : {}),
    }));
}

/** The contract's fields only: the extractor may carry more than consumers are promised. */
function toContractStrike(s: StrikeCount): Strike {
  return {
    count: s.count,
    approx: s.approx,
    ...(s.min === undefined ? {} : { min: s.min }),
    ...(s.max === undefined ? {} : { max: s.max }),
    kind: s.kind,
    ...(s.location === undefined ? {} : { location: s.location }),
    ...(s.actor === undefined
      ? {}
      : {
          actor: {
            text: s.actor,
            ...(s.actorCanonical === undefined ? {} : { canonical: s.actorCanonical }),
          },
        }),
    ...(s.period === undefined ? {} : { period: { text: s.period } }),
    evidence: s.evidence,
  };
}

function toContractTotal(t: ReportedTotal): StrikeTotal {
  return {
    kind: t.kind,
    count: t.count,
    approx: t.approx,
    ...(t.min === undefined ? {} : { min: t.min }),
    ...(t.max === undefined ? {} : { max: t.max }),
    scope: { ...t.scope },
    evidence: t.evidence,
    ...(t.consistent === undefined ? {} : { consistent: t.consistent }),
    ...(t.itemsSum === undefined ? {} : { itemsSum: t.itemsSum }),
  };
}

const strikeFindings = (output: OutputRecord<'enriched' | 'strikeEvents'>): StageFindings =>
  output.topic === 'enriched' ? { strikes: output.value.strikes?.length ?? 0 } : {};

/**
 * Extracts strike counts and stated totals; publishes the enriched event and one strike event
 * per count, keyed by its stable `strikeId`.
 */
export function createStrikesStage(): StageHandler<'strikes'> {
  return eventStage(
    'strikes',
    STRIKES_VERSION,
    'enriched',
    (event) => {
      // A caption, a credit or a standfirst restates or illustrates the story: its counts are not the tally's.
      const all = requireSegments(event, 'strikes');
      const segments = all.filter(
        (s) => s.role !== 'caption' && s.role !== 'credit' && s.role !== 'standfirst',
      );
      if (!hasStrikeLanguageData(event.language ?? 'und')) {
        // No strike tables for this language: say so rather than read it as English.
        const skipped: DispatchEvent = {
          ...event,
          strikes: [],
          strikeTotals: [],
          stages: withStage(event, 'strikes', STRIKES_VERSION, 'no-language-data'),
        };
        return [{ topic: 'enriched', key: skipped.storyId, value: skipped }];
      }
      // Nothing but captions and credits: no sentence to read (no segments at all would mean the whole text).
      const report =
        segments.length === 0 && all.length > 0
          ? { strikes: [], strikeTotals: [] }
          : extractStrikeReport({
              text: event.clean.body,
              language: event.language ?? 'und',
              segments,
              places: placesOf(event),
            });
      const strikes = report.strikes.map(toContractStrike);
      const enriched: DispatchEvent = {
        ...event,
        strikes,
        strikeTotals: report.strikeTotals.map(toContractTotal),
        stages: withStage(event, 'strikes', STRIKES_VERSION),
      };
      const strikeEvents: OutputRecord<'strikeEvents'>[] = strikes.map((strike, index) => {
        const record: StrikeEvent = {
          schemaVersion: SCHEMA_VERSION,
          dispatchId: event.id,
          storyId: event.storyId,
          agency: event.agency,
          receivedAt: event.receivedAt,
          strikeId: strikeIdOf(event.storyId, strike),
          ...(event.dedup.updateOf === undefined ? {} : { supersedes: event.dedup.updateOf }),
          index,
          ...strike,
        };
        return { topic: 'strikeEvents', key: keyOf('strikeEvents', record), value: record };
      });
      return [{ topic: 'enriched', key: enriched.storyId, value: enriched }, ...strikeEvents];
    },
    strikeFindings,
  );
}
