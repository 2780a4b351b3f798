import { healthControllerFor } from './health-controller-for';
import { WorkerProbes } from './worker-probes';

/**
 * A stage worker's `/health`: readiness is being in the consumer group with partitions, not waiting
 * out a failure, and Redis answering where the stage uses it; `/health/live` is liveness.
 */
export const HealthController = healthControllerFor(WorkerProbes, (probes, indicators) => [
  () => {
    const kafka = indicators.check('kafka');
    const reason = probes.kafka();
    if (reason === 'kafka-unreachable') return kafka.down({ message: 'no broker answers' });
    return reason === 'consumer-not-ready'
      ? kafka.down({ message: 'not in the consumer group, or retrying a failed batch' })
      : kafka.up();
  },
  async () => {
    const redis = indicators.check('redis');
    const state = await probes.redis();
    if (state === 'not-used') return redis.up({ message: 'not used by this stage' });
    return state === 'up' ? redis.up() : redis.down({ message: 'no answer to PING' });
  },
]);
