import { readFileSync } from 'node:fs';
import { topicNames, type TopicNames } from '@wirestream/contracts';
import { createKafka, readKafkaSecurity, silentLogger, type KafkaSecurity } from '@wirestream/messaging';
import { EnvReader } from '@wirestream/util';
import { type Kafka } from 'kafkajs';
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

/**
 * SASL and TLS from the same `KAFKA_SASL_*` / `KAFKA_TLS*` variables as the workers (see
 * docs/security.md); every problem at once, never a password.
 */
export function kafkaSecurityFrom(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): KafkaSecurity {
  const read = new EnvReader(env, { readFile });
  const security = readKafkaSecurity(read);
  if (read.problems.length > 0) {
    throw new UsageError(`invalid Kafka security settings:\n  - ${read.problems.join('\n  - ')}`);
  }
  return security;
}

/** The options every Kafka command takes (for `parseArgs`). */
export const KAFKA_OPTIONS = {
  brokers: { type: 'string' },
  prefix: { type: 'string' },
} as const;

/** A client and this deployment's topic names from `--brokers`/`--prefix` or the environment. */
export function kafkaFrom(
  values: { brokers?: string | undefined; prefix?: string | undefined },
  env: NodeJS.ProcessEnv,
  clientId: string,
): { kafka: Kafka; topics: TopicNames } {
  const kafka = createKafka({
    brokers: brokersFrom(values.brokers, env),
    clientId,
    logger: silentLogger,
    security: kafkaSecurityFrom(env),
  });
  return { kafka, topics: topicNames(values.prefix ?? env.TOPIC_PREFIX ?? '') };
}
