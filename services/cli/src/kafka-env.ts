import { readFileSync } from 'node:fs';
import { topicNames, type TopicNames } from '@wirestream/contracts';
import {
  createKafka,
  isKafkaAuthError,
  readKafkaSecurity,
  silentLogger,
  type KafkaSecurity,
} from '@wirestream/messaging';
import { EnvReader } from '@wirestream/util';
import { type Kafka } from 'kafkajs';
import { BrokerUnreachable, UsageError } from './io';

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

/** How long the first contact with the brokers may take before a command gives up (10 s bound). */
export const PROBE = { connectionTimeoutMs: 2_000, retries: 1 } as const;

/**
 * A client and this deployment's topic names from `--brokers`/`--prefix` or the environment, once
 * a broker has answered. The probe fails fast ({@link BrokerUnreachable}) where the client itself
 * would retry for a minute; the client keeps its patience for the blips of a long command.
 */
export async function kafkaFrom(
  values: { brokers?: string | undefined; prefix?: string | undefined },
  env: NodeJS.ProcessEnv,
  clientId: string,
): Promise<{ kafka: Kafka; topics: TopicNames }> {
  const brokers = brokersFrom(values.brokers, env);
  const security = kafkaSecurityFrom(env);
  await probeBrokers(brokers, security, clientId);
  const kafka = createKafka({ brokers, clientId, logger: silentLogger, security });
  return { kafka, topics: topicNames(values.prefix ?? env.TOPIC_PREFIX ?? '') };
}

async function probeBrokers(brokers: string[], security: KafkaSecurity, clientId: string): Promise<void> {
  const admin = createKafka({ brokers, clientId, logger: silentLogger, security, ...PROBE }).admin();
  try {
    await admin.connect();
  } catch (error) {
    // A refused login is no outage: the caller reports it as it is.
    if (isKafkaAuthError(error)) throw error;
    throw new BrokerUnreachable(brokers, reasonOf(error));
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** The innermost message of a kafkajs error chain ("connect ECONNREFUSED 127.0.0.1:1"). */
function reasonOf(error: unknown): string {
  let current = error as { message?: unknown; cause?: unknown } | undefined;
  while (current?.cause !== undefined && current.cause !== null) current = current.cause;
  return typeof current?.message === 'string' ? current.message : String(error);
}
