import { type Static, Type } from '@sinclair/typebox';

/** ISO-8601 timestamp in UTC, e.g. `2016-06-29T14:05:00Z` or with milliseconds. */
export const IsoUtcTimestamp = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$',
  description: 'ISO-8601 UTC timestamp',
});

/** Publication status, as in IPTC ninjs `pubstatus`. */
export const PubStatus = Type.Union([
  Type.Literal('usable'),
  Type.Literal('withheld'),
  Type.Literal('canceled'),
]);

/**
 * The envelope agencies publish on `dispatch.raw`. Only `body` is required; the pipeline fills
 * `id` (hash of agency and body), `agency` (the source), `storyId` (= id) and `receivedAt` when
 * they are absent. `body` is plain text.
 */
export const RawDispatchSchema = Type.Object(
  {
    schemaVersion: Type.Optional(Type.Integer({ minimum: 1 })),
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    agency: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    body: Type.String({ minLength: 1 }),
    headline: Type.Optional(Type.String()),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' })),
    receivedAt: Type.Optional(IsoUtcTimestamp),
    storyId: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    version: Type.Optional(Type.Integer({ minimum: 0 })),
    pubstatus: Type.Optional(PubStatus),
  },
  { $id: 'RawDispatch', title: 'RawDispatch', description: 'A dispatch as an agency sends it.' },
);

export type RawDispatch = Static<typeof RawDispatchSchema>;
