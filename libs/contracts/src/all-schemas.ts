import { DispatchEventSchema } from './dispatch-event.schema';
import { MetricsSnapshotSchema } from './metrics-snapshot.schema';
import { RawDispatchSchema } from './raw-dispatch.schema';
import { DeadLetterSchema, DuplicateRecordSchema, StrikeEventSchema } from './records.schema';
import { StorySummarySchema } from './story-summary.schema';

/** Every record schema by file name, exported as JSON Schema for consumers in other languages. */
export const ALL_SCHEMAS = {
  'raw-dispatch': RawDispatchSchema,
  'dispatch-event': DispatchEventSchema,
  'duplicate-record': DuplicateRecordSchema,
  'strike-event': StrikeEventSchema,
  'dead-letter': DeadLetterSchema,
  'metrics-snapshot': MetricsSnapshotSchema,
  'story-summary': StorySummarySchema,
} as const;
