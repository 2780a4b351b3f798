import { type PublishRecord } from '@wirestream/messaging';

/** Where accepted dispatches go: `dispatch.raw`. A port, so request handling is tested without Kafka. */
export interface DispatchSink {
  /** Resolves once every record is stored (acks from all in-sync replicas); rejects otherwise. */
  publish(records: readonly PublishRecord[]): Promise<void>;
  /** Readiness: can records be stored now? */
  probe(): Promise<boolean>;
}

/** Nest injection token of the {@link DispatchSink}. */
export const DISPATCH_SINK = Symbol('DispatchSink');
