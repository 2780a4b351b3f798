import { type ReadinessReason } from './readiness-monitor';

/** What the health endpoint asks of the running worker. */
export class WorkerProbes {
  constructor(
    /** The readiness monitor's last verdict on Kafka and the consumer. */
    readonly kafka: () => ReadinessReason,
    readonly redis: () => Promise<'up' | 'down' | 'not-used'>,
  ) {}
}
