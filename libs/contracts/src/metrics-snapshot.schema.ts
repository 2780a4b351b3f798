import { type Static, Type } from '@sinclair/typebox';
import { IsoUtcTimestamp } from './raw-dispatch.schema';

const Percentiles = Type.Object({
  p50: Type.Number({ minimum: 0 }),
  p99: Type.Number({ minimum: 0 }),
  count: Type.Integer({ minimum: 0, description: 'observations in the interval' }),
});

/**
 * What a worker publishes on `pipeline.metrics` every interval (default 5 s), keyed by service:
 * totals since start, and the interval's rate and latency percentiles (milliseconds).
 */
export const MetricsSnapshotSchema = Type.Object(
  {
    schemaVersion: Type.Integer({ minimum: 1 }),
    service: Type.String(),
    stage: Type.String(),
    instance: Type.String({ description: 'host and pid of the worker process' }),
    at: IsoUtcTimestamp,
    intervalMs: Type.Integer({ minimum: 0 }),
    ready: Type.Boolean(),
    totals: Type.Object({
      consumed: Type.Integer({ minimum: 0 }),
      produced: Type.Integer({ minimum: 0 }),
      deadLettered: Type.Integer({ minimum: 0 }),
      duplicates: Type.Integer({ minimum: 0 }),
      commits: Type.Integer({ minimum: 0 }),
      aborts: Type.Integer({ minimum: 0 }),
    }),
    interval: Type.Object({
      consumed: Type.Integer({ minimum: 0 }),
      ratePerSec: Type.Number({ minimum: 0 }),
      stageMs: Percentiles,
      endToEndMs: Percentiles,
    }),
    lag: Type.Object({
      total: Type.Integer({ minimum: 0 }),
      partitions: Type.Array(
        Type.Object({
          topic: Type.String(),
          partition: Type.Integer({ minimum: 0 }),
          lag: Type.Integer({ minimum: 0 }),
        }),
      ),
    }),
  },
  { $id: 'MetricsSnapshot', title: 'MetricsSnapshot' },
);
export type MetricsSnapshot = Static<typeof MetricsSnapshotSchema>;
