import { healthControllerFor } from '@wirestream/nest';
import { DISPATCH_SINK, type DispatchSink } from './dispatch-sink';

/** `GET /health` is readiness (Kafka answers, so posts can be stored); `GET /health/live` is liveness. */
export const HealthController = healthControllerFor<DispatchSink>(DISPATCH_SINK, (sink, indicators) => [
  async () => {
    const kafka = indicators.check('kafka');
    return (await sink.probe()) ? kafka.up() : kafka.down({ message: 'Kafka does not answer' });
  },
]);
