import { type Static, Type } from '@sinclair/typebox';
import { IsoUtcTimestamp, PubStatus } from './raw-dispatch.schema';

const Offset = Type.Integer({ minimum: 0, description: 'UTF-16 offset into clean.body' });

export const RemovedTextSchema = Type.Object({
  kind: Type.String({ description: 'chrome, repeated-lead, teaser, …' }),
  text: Type.String(),
});

export const CleanBlockSchema = Type.Object({
  start: Offset,
  end: Offset,
  role: Type.Union([Type.Literal('caption'), Type.Literal('credit')], {
    description: 'a photo caption or credit: a paragraph of clean.body that is not running text',
  }),
});

export const CleanSchema = Type.Object({
  body: Type.String({
    description: 'Body after cleaning; the headline, when there is one, is its first paragraph.',
  }),
  removed: Type.Array(RemovedTextSchema),
  blocks: Type.Optional(
    Type.Array(CleanBlockSchema, {
      description: 'Paragraphs of body kept with a role of their own (captions, credits), in order.',
    }),
  ),
});

/**
 * `withdrawn`: the agency canceled or withheld the story (ninjs `pubstatus`): consumers retract
 * what they showed of `storyId`. Such an event passes the later stages untouched.
 */
export const DedupStatusSchema = Type.Union([
  Type.Literal('unique'),
  Type.Literal('update'),
  Type.Literal('duplicate'),
  Type.Literal('withdrawn'),
]);

export const DedupInfoSchema = Type.Object({
  status: DedupStatusSchema,
  fingerprint: Type.String(),
  duplicateOf: Type.Optional(Type.String()),
  updateOf: Type.Optional(Type.String()),
  similarity: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
});

export const SegmentRoleSchema = Type.Union([
  Type.Literal('headline'),
  Type.Literal('dateline'),
  Type.Literal('byline'),
  Type.Literal('heading'),
  Type.Literal('standfirst'),
  Type.Literal('caption'),
  Type.Literal('credit'),
  Type.Literal('body'),
]);

/** The block a body sentence belongs to. */
export const SegmentBlockSchema = Type.Union([Type.Literal('paragraph'), Type.Literal('list-item')]);

export const ProtectedSpanSchema = Type.Object({
  start: Offset,
  end: Offset,
  kind: Type.String({ description: 'number, date, time, url, email, quote, …' }),
});

export const SegmentSchema = Type.Object({
  id: Type.String(),
  index: Type.Integer({ minimum: 0 }),
  start: Offset,
  end: Offset,
  text: Type.String(),
  role: SegmentRoleSchema,
  block: Type.Optional(SegmentBlockSchema),
  paragraph: Type.Optional(Type.Integer({ minimum: 0 })),
  protect: Type.Optional(Type.Array(ProtectedSpanSchema)),
});

export const CanonicalSchema = Type.Object({
  id: Type.String({ description: 'geonames:<id> for places, wirestream:<slug> for curated entities' }),
  name: Type.String(),
  country: Type.Optional(Type.String()),
  lat: Type.Optional(Type.Number()),
  lon: Type.Optional(Type.Number()),
});

export const EntitySchema = Type.Object({
  type: Type.String({
    description: 'PER, ORG, LOC, NORP, MISC (a named military operation); more may be added',
  }),
  text: Type.String(),
  start: Offset,
  end: Offset,
  segmentId: Type.String(),
  canonical: Type.Optional(CanonicalSchema),
  expansion: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
});

export const EvidenceSchema = Type.Object({
  text: Type.String(),
  start: Offset,
  end: Offset,
  segmentId: Type.String(),
});

/** Who struck, as written, with the canonical actor when known ("coalition", "Russia"). */
export const ActorSchema = Type.Object({ text: Type.String(), canonical: Type.Optional(Type.String()) });

/** When, as written ("ces dernières 24 heures", "on Tuesday"), normalised when resolvable. */
export const PeriodSchema = Type.Object({ text: Type.String(), canonical: Type.Optional(Type.String()) });

export const StrikeSchema = Type.Object({
  count: Type.Number({ minimum: 0 }),
  approx: Type.Boolean(),
  min: Type.Optional(Type.Number({ minimum: 0 })),
  max: Type.Optional(Type.Number({ minimum: 0 })),
  kind: Type.String({
    description: 'airstrike, bombardment, raid, engagement, drone-strike, missile-strike, shelling',
  }),
  location: Type.Optional(Type.Object({ text: Type.String(), canonical: Type.Optional(CanonicalSchema) })),
  actor: Type.Optional(ActorSchema),
  period: Type.Optional(PeriodSchema),
  evidence: EvidenceSchema,
});

/** A total stated by an official strike report, reconciled with the items listed under it. */
export const StrikeTotalSchema = Type.Object({
  kind: Type.String({ description: 'the counted unit: airstrike (strikes) or engagement, …' }),
  count: Type.Number({ minimum: 0 }),
  approx: Type.Boolean(),
  min: Type.Optional(Type.Number({ minimum: 0 })),
  max: Type.Optional(Type.Number({ minimum: 0 })),
  scope: Type.Object({
    location: Type.Optional(Type.String()),
    period: Type.Optional(Type.String()),
    actor: Type.Optional(Type.String()),
  }),
  evidence: EvidenceSchema,
  consistent: Type.Optional(
    Type.Boolean({ description: 'whether the items listed under the total add up to it' }),
  ),
  itemsSum: Type.Optional(Type.Number({ minimum: 0 })),
});

export const StageRunSchema = Type.Object({
  name: Type.String({ description: 'dedup, segmentation, entities, strikes' }),
  version: Type.String(),
  skipped: Type.Optional(
    Type.String({
      description:
        'why the stage ran without reading the dispatch: no-language-data (no tables for its language; its field is empty)',
    }),
  ),
});

/**
 * A dispatch as it travels from `dispatch.unique` to `dispatch.enriched`. It grows as it passes:
 * each stage adds its field and appends itself to `stages`. A field is absent only when its stage
 * did not run, which `stages` states; an empty array means the stage found nothing.
 */
export const DispatchEventSchema = Type.Object(
  {
    schemaVersion: Type.Integer({ minimum: 1 }),
    id: Type.String({ minLength: 1 }),
    agency: Type.String({ minLength: 1 }),
    storyId: Type.String({ minLength: 1 }),
    receivedAt: IsoUtcTimestamp,
    headline: Type.Optional(Type.String()),
    language: Type.Optional(Type.String()),
    version: Type.Optional(Type.Integer({ minimum: 0 })),
    pubstatus: Type.Optional(PubStatus),
    clean: CleanSchema,
    dedup: DedupInfoSchema,
    segments: Type.Optional(Type.Array(SegmentSchema)),
    entities: Type.Optional(Type.Array(EntitySchema)),
    strikes: Type.Optional(Type.Array(StrikeSchema)),
    strikeTotals: Type.Optional(Type.Array(StrikeTotalSchema)),
    stages: Type.Array(StageRunSchema),
  },
  {
    $id: 'DispatchEvent',
    title: 'DispatchEvent',
    description: 'A dispatch on dispatch.unique/segmented/tagged/enriched; enriched when every stage ran.',
  },
);

export type DispatchEvent = Static<typeof DispatchEventSchema>;
export type Segment = Static<typeof SegmentSchema>;
export type Entity = Static<typeof EntitySchema>;
export type Strike = Static<typeof StrikeSchema>;
export type StrikeTotal = Static<typeof StrikeTotalSchema>;
export type StageRun = Static<typeof StageRunSchema>;
export type DedupInfo = Static<typeof DedupInfoSchema>;
export type Canonical = Static<typeof CanonicalSchema>;
