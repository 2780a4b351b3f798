import { type Static, Type } from '@sinclair/typebox';
import { CanonicalSchema } from './dispatch-event.schema';
import { IsoUtcTimestamp } from './raw-dispatch.schema';

const PlaceTallySchema = Type.Object({
  place: Type.Optional(Type.Object({ text: Type.String(), canonical: Type.Optional(CanonicalSchema) })),
  kind: Type.String(),
  count: Type.Number({ minimum: 0 }),
  approx: Type.Boolean(),
  counts: Type.Integer({ minimum: 1, description: 'how many counts of the dispatch were added up' }),
});

/**
 * A story's strike tally as of its latest version, on `dispatch.summary`: keyed by `storyId` on a
 * compacted topic, so each version's summary replaces the one before it (its counts retract the
 * superseded version's), and a withdrawal leaves a summary with no tallies.
 */
export const StorySummarySchema = Type.Object(
  {
    schemaVersion: Type.Integer({ minimum: 1 }),
    storyId: Type.String(),
    dispatchId: Type.String({ description: 'the version this summary reads' }),
    agency: Type.String(),
    receivedAt: IsoUtcTimestamp,
    version: Type.Optional(Type.Integer({ minimum: 0 })),
    status: Type.Union([Type.Literal('current'), Type.Literal('withdrawn')]),
    supersedes: Type.Optional(Type.String({ description: 'dispatch id of the version this one replaces' })),
    headline: Type.Optional(Type.String()),
    strikes: Type.Number({ minimum: 0, description: 'every strike count of the version, added up' }),
    tallies: Type.Array(PlaceTallySchema, { description: 'per place and kind, largest first' }),
    statedTotals: Type.Array(
      Type.Object({ kind: Type.String(), count: Type.Number({ minimum: 0 }), approx: Type.Boolean() }),
      { description: 'totals the dispatch itself states' },
    ),
    strikeIds: Type.Array(Type.String(), {
      description:
        'the `strike.events` keys this version stands for; an earlier one missing here is retracted',
    }),
  },
  { $id: 'StorySummary', title: 'StorySummary' },
);
export type StorySummary = Static<typeof StorySummarySchema>;
