import { type Static, Type } from '@sinclair/typebox';
import { ActorSchema, CanonicalSchema, EvidenceSchema, PeriodSchema } from './dispatch-event.schema';
import { IsoUtcTimestamp } from './raw-dispatch.schema';

/** What dedup dropped, on `dispatch.duplicates`. */
export const DuplicateRecordSchema = Type.Object(
  {
    schemaVersion: Type.Integer({ minimum: 1 }),
    id: Type.String(),
    agency: Type.String(),
    storyId: Type.String(),
    receivedAt: IsoUtcTimestamp,
    duplicateOf: Type.String(),
    reason: Type.String(),
    similarity: Type.Number({ minimum: 0, maximum: 1 }),
    fingerprint: Type.String(),
  },
  { $id: 'DuplicateRecord', title: 'DuplicateRecord' },
);
export type DuplicateRecord = Static<typeof DuplicateRecordSchema>;

/**
 * One strike count, on `strike.events`: a flat record analysts can aggregate per place. Keyed by
 * `strikeId`, stable across the versions of a story (story, place, kind, period), so on a compacted
 * topic an update's count replaces the earlier version's instead of adding to it.
 */
export const StrikeEventSchema = Type.Object(
  {
    schemaVersion: Type.Integer({ minimum: 1 }),
    dispatchId: Type.String(),
    storyId: Type.String(),
    agency: Type.String(),
    receivedAt: IsoUtcTimestamp,
    strikeId: Type.String({ description: 'stable hash of story, place, kind and period' }),
    supersedes: Type.Optional(
      Type.String({ description: 'dispatch id of the earlier version this count replaces' }),
    ),
    index: Type.Integer({ minimum: 0, description: 'position of this count among the dispatch strikes' }),
    count: Type.Number({ minimum: 0 }),
    approx: Type.Boolean(),
    min: Type.Optional(Type.Number({ minimum: 0 })),
    max: Type.Optional(Type.Number({ minimum: 0 })),
    kind: Type.String(),
    location: Type.Optional(Type.Object({ text: Type.String(), canonical: Type.Optional(CanonicalSchema) })),
    actor: Type.Optional(ActorSchema),
    period: Type.Optional(PeriodSchema),
    evidence: EvidenceSchema,
  },
  { $id: 'StrikeEvent', title: 'StrikeEvent' },
);
export type StrikeEvent = Static<typeof StrikeEventSchema>;

/**
 * A dead letter as tools show it. On `dispatch.dlq` the record value is the original bytes,
 * untouched, and these fields travel as headers (see HEADERS).
 */
export const DeadLetterSchema = Type.Object(
  {
    schemaVersion: Type.Integer({ minimum: 1 }),
    stage: Type.String(),
    errorCode: Type.String(),
    errorMessage: Type.String(),
    originTopic: Type.Optional(Type.String()),
    originPartition: Type.Optional(Type.Integer({ minimum: 0 })),
    originOffset: Type.Optional(Type.String()),
    attempt: Type.Integer({ minimum: 1 }),
    source: Type.Optional(Type.String({ description: 'file and line for inputs read by the CLI' })),
    payload: Type.String({ description: 'the original bytes, as UTF-8 or base64:<…> when not text' }),
  },
  { $id: 'DeadLetter', title: 'DeadLetter' },
);
export type DeadLetter = Static<typeof DeadLetterSchema>;
