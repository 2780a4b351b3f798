import { UsageError } from './io';

/** Brokers from `--brokers` or `KAFKA_BROKERS`, for the commands that talk to Kafka. */
export function brokersFrom(option: string | undefined, env: NodeJS.ProcessEnv): string[] {
  const text = option ?? env.KAFKA_BROKERS;
  const brokers = (text ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) {
    throw new UsageError(
      'no Kafka brokers: pass --brokers host:port or set KAFKA_BROKERS (infra/up.sh writes one)',
    );
  }
  return brokers;
}
