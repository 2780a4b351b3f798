import { SCHEMA_VERSION, type DispatchEvent, type Strike, type StrikeEvent } from '@wirestream/contracts';
import {
  extractStrikes,
  STRIKES_VERSION,
  type KnownPlace,
  type StrikeCount,
} from '@wirestream/nlp-strike-count';
import { type OutputRecord, type StageHandler } from '../stage-handler';
import { eventStage, withStage } from './event-stage';
import { requireSegments } from './require-segments';

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
    ...(s.actor === undefined ? {} : { actor: s.actor }),
    ...(s.period === undefined ? {} : { period: s.period }),
    evidence: s.evidence,
  };
}

/** Extracts strike counts; publishes the enriched event and one strike event per count. */
export function createStrikesStage(): StageHandler {
  return eventStage('strikes', STRIKES_VERSION, 'tagged', (event) => {
    const segments = requireSegments(event, 'strikes');
    const strikes = extractStrikes({
      text: event.clean.body,
      language: event.language ?? 'und',
      segments,
      places: placesOf(event),
    });
    const enriched: DispatchEvent = {
      ...event,
      strikes: strikes.map(toContractStrike),
      stages: withStage(event, 'strikes', STRIKES_VERSION),
    };
    const strikeEvents: OutputRecord[] = enriched.strikes!.map((strike, index) => {
      const record: StrikeEvent = {
        schemaVersion: SCHEMA_VERSION,
        dispatchId: event.id,
        storyId: event.storyId,
        agency: event.agency,
        receivedAt: event.receivedAt,
        index,
        ...strike,
      };
      return { topic: 'strikeEvents', key: event.storyId, value: record };
    });
    return [{ topic: 'enriched', key: enriched.storyId, value: enriched }, ...strikeEvents];
  });
}
