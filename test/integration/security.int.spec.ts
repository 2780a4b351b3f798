// Security on real services: a Kafka broker with SASL (PLAIN, SCRAM) on a plaintext and a TLS
// listener, and a Redis with an ACL user and a TLS port, both started here in their own run
// directories (infra/.run/security-*) with `--secure`, and stopped at the end.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Kafka } from 'kafkajs';
import {
  createKafka,
  isKafkaAuthError,
  readClusterFacts,
  silentLogger,
  type KafkaSecurity,
  type SaslMechanism,
} from '@wirestream/messaging';
import { connectRedis, createRedis } from '@wirestream/redis';
import { uniquePrefix, WorkerProcess } from '@wirestream/testing';
import { PipelineError, Secret } from '@wirestream/util';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const kafkaDir = join(root, 'infra', '.run', 'security-kafka');
const redisDir = join(root, 'infra', '.run', 'security-redis');
/** A password no service knows, to be refused (and never printed). */
const WRONG = 'wrong-Pa55word-4-security-spec';

function readEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

let kafkaEnv: Record<string, string>;
let redisEnv: Record<string, string>;

beforeAll(async () => {
  await Promise.all([
    run('bash', [join(root, 'infra/kafka/start.sh'), '--secure', '--dir', kafkaDir]),
    run('bash', [join(root, 'infra/redis/start.sh'), '--secure', '--dir', redisDir]),
  ]);
  kafkaEnv = readEnvFile(join(kafkaDir, 'env'));
  redisEnv = readEnvFile(join(redisDir, 'env'));
}, 120_000);

afterAll(async () => {
  await Promise.all([
    run('bash', [join(root, 'infra/kafka/stop.sh'), '--dir', kafkaDir]),
    run('bash', [join(root, 'infra/redis/stop.sh'), '--dir', redisDir]),
  ]);
}, 60_000);

function sasl(mechanism: SaslMechanism, password = kafkaEnv.KAFKA_SASL_PASSWORD!): KafkaSecurity['sasl'] {
  return { mechanism, username: kafkaEnv.KAFKA_SASL_USERNAME!, password: new Secret(password) };
}

/**
 * Connects an admin client and counts the brokers; the error kafkajs gives otherwise (at once: a
 * refused login is never retried, and retries of a refused certificate are turned off here).
 */
async function brokerCount(brokers: string, security: KafkaSecurity): Promise<number> {
  const kafka = createKafka({
    brokers: [brokers],
    clientId: 'security-int',
    logger: silentLogger,
    security,
    retries: 0,
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    return (await admin.describeCluster()).brokers.length;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Creates a one-partition topic with a small `max.message.bytes` over SASL/PLAIN, for the start-up
 * guard tests; returns the client, which can read the cluster facts next.
 */
async function createGuardTopic(topic: string, maxMessageBytes: number): Promise<Kafka> {
  const kafka = createKafka({
    brokers: [kafkaEnv.KAFKA_BROKERS!],
    clientId: 'security-int',
    logger: silentLogger,
    security: { sasl: sasl('plain') },
  });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      {
        topic,
        numPartitions: 1,
        configEntries: [{ name: 'max.message.bytes', value: String(maxMessageBytes) }],
      },
    ],
  });
  await admin.disconnect();
  return kafka;
}

describe('Kafka with SASL and TLS', () => {
  it('accepts SASL/PLAIN with the right password and refuses a wrong one clearly', async () => {
    expect(await brokerCount(kafkaEnv.KAFKA_BROKERS!, { sasl: sasl('plain') })).toBe(1);
    const refused = await brokerCount(kafkaEnv.KAFKA_BROKERS!, { sasl: sasl('plain', WRONG) }).catch(
      (error: Error) => error,
    );
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toBe(
      'SASL PLAIN authentication failed: Authentication failed: Invalid username or password',
    );
    expect(isKafkaAuthError(refused)).toBe(true);
  });

  it('accepts SCRAM-SHA-256 and SCRAM-SHA-512 and refuses a wrong SCRAM password', async () => {
    expect(await brokerCount(kafkaEnv.KAFKA_BROKERS!, { sasl: sasl('scram-sha-256') })).toBe(1);
    expect(await brokerCount(kafkaEnv.KAFKA_BROKERS!, { sasl: sasl('scram-sha-512') })).toBe(1);
    await expect(
      brokerCount(kafkaEnv.KAFKA_BROKERS!, { sasl: sasl('scram-sha-512', WRONG) }),
    ).rejects.toThrow(/^SASL SCRAM SHA512 authentication failed/);
  });

  it('speaks TLS to the SASL_SSL listener when the test CA is trusted, and refuses an unknown CA', async () => {
    const ca = readFileSync(kafkaEnv.KAFKA_TLS_CA_FILE!, 'utf8');
    const tls = { ca, rejectUnauthorized: true };
    expect(await brokerCount(kafkaEnv.KAFKA_SSL_BROKERS!, { sasl: sasl('scram-sha-256'), tls })).toBe(1);
    const untrusted = await brokerCount(kafkaEnv.KAFKA_SSL_BROKERS!, {
      sasl: sasl('plain'),
      tls: { rejectUnauthorized: true },
    }).catch((error: Error) => error);
    expect((untrusted as Error).message).toMatch(/self[- ]signed certificate in certificate chain/);
    expect(isKafkaAuthError(untrusted)).toBe(true);
  });

  it('reads the settings the start-up guard checks from the real broker', async () => {
    const prefix = uniquePrefix('guard');
    const kafka = await createGuardTopic(`${prefix}small`, 50_000);
    const facts = await readClusterFacts(kafka, [`${prefix}small`, `${prefix}missing`]);
    // The values of infra/kafka/server-secure.properties.template and Kafka's defaults.
    expect(facts).toEqual({
      brokerCount: 1,
      transactionStateLogReplicationFactor: 1,
      transactionStateLogMinIsr: 1,
      offsetsTopicReplicationFactor: 1,
      transactionMaxTimeoutMs: 3_600_000,
      groupMinSessionTimeoutMs: 1_000,
      groupMaxSessionTimeoutMs: 1_800_000,
      topics: { [`${prefix}small`]: { replicationFactor: 1, minInsyncReplicas: 1, maxMessageBytes: 50_000 } },
    });
  });
});

describe('Redis with an ACL user and TLS', () => {
  const plainUrl = () => `redis://127.0.0.1:${redisEnv.REDIS_PORT}`;

  it('accepts the ACL user and refuses a wrong password and no login, clearly', async () => {
    const good = createRedis({
      url: plainUrl(),
      username: redisEnv.REDIS_USERNAME!,
      password: new Secret(redisEnv.REDIS_PASSWORD!),
    });
    await connectRedis(good, plainUrl());
    expect(await good.call('ACL', 'WHOAMI')).toBe('wirestream');
    await good.quit();

    const wrong = createRedis({ url: `redis://wirestream:${WRONG}@127.0.0.1:${redisEnv.REDIS_PORT}` });
    const refused = await connectRedis(
      wrong,
      `redis://wirestream:${WRONG}@127.0.0.1:${redisEnv.REDIS_PORT}`,
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PipelineError);
    expect((refused as PipelineError).code).toBe('WIRE_AUTH_FAILED');
    expect((refused as PipelineError).message).toBe(
      `refused by Redis at redis://wirestream:***@127.0.0.1:${redisEnv.REDIS_PORT}: WRONGPASS invalid username-password pair or user is disabled.`,
    );

    const anonymous = createRedis({ url: plainUrl() });
    await expect(connectRedis(anonymous, plainUrl())).rejects.toThrow(/NOAUTH Authentication required/);
  });

  it('connects over TLS with the test CA, and refuses a server it cannot verify', async () => {
    const tlsUrl = redisEnv.REDIS_TLS_URL!;
    const login = { username: redisEnv.REDIS_USERNAME!, password: new Secret(redisEnv.REDIS_PASSWORD!) };
    const ca = readFileSync(redisEnv.REDIS_TLS_CA_FILE!, 'utf8');
    const secure = createRedis({ url: tlsUrl, ...login, tls: { ca, rejectUnauthorized: true } });
    await connectRedis(secure, tlsUrl);
    expect(await secure.ping()).toBe('PONG');
    await secure.quit();
    const untrusted = createRedis({ url: tlsUrl, ...login });
    await expect(connectRedis(untrusted, tlsUrl)).rejects.toThrow(
      /self[- ]signed certificate in certificate chain/,
    );
  });
});

describe('a worker on the secure services', () => {
  /** The dedup worker over SASL_SSL/SCRAM and Redis TLS; `overrides` break one part. */
  function dedupWorker(overrides: Record<string, string>): WorkerProcess {
    return new WorkerProcess('dedup-worker', {
      KAFKA_BROKERS: kafkaEnv.KAFKA_SSL_BROKERS!,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: kafkaEnv.KAFKA_SASL_USERNAME!,
      KAFKA_SASL_PASSWORD: kafkaEnv.KAFKA_SASL_PASSWORD!,
      KAFKA_TLS: 'true',
      KAFKA_TLS_CA_FILE: kafkaEnv.KAFKA_TLS_CA_FILE!,
      REDIS_URL: `rediss://wirestream:${redisEnv.REDIS_PASSWORD}@127.0.0.1:${redisEnv.REDIS_TLS_PORT}`,
      REDIS_TLS_CA_FILE: redisEnv.REDIS_TLS_CA_FILE!,
      TOPIC_PREFIX: uniquePrefix('sec'),
      TOPIC_PARTITIONS: '1',
      HTTP_PORT: '0',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
      ...overrides,
    });
  }

  /** Every credential of the run, right or wrong: none may appear in a log line or an error. */
  function expectNoCredential(text: string): void {
    for (const secret of [kafkaEnv.KAFKA_SASL_PASSWORD!, redisEnv.REDIS_PASSWORD!, WRONG]) {
      expect(text).not.toContain(secret);
    }
  }

  async function failedStart(worker: WorkerProcess): Promise<string> {
    const error = await worker.start(45_000).then(
      () => undefined,
      (e: Error) => e,
    );
    await worker.stop();
    expect(error).toBeInstanceOf(Error);
    return `${error!.message}\n${worker.logs.join('\n')}`;
  }

  it('starts with the right credentials and logs none of them', async () => {
    const worker = dedupWorker({});
    try {
      await worker.start(45_000);
      const logs = worker.logs.join('\n');
      expect(logs).toContain('"kafka":"SASL SCRAM-SHA-512 as wirestream, TLS"');
      expectNoCredential(logs);
    } finally {
      await worker.stop();
    }
    expectNoCredential(worker.logs.join('\n'));
  });

  it('stops at once on a wrong Kafka password, saying so without the password', async () => {
    const output = await failedStart(dedupWorker({ KAFKA_SASL_PASSWORD: WRONG }));
    expect(output).toContain(
      'Kafka refused the connection (SASL SCRAM-SHA-512 as wirestream, TLS): SASL SCRAM SHA512 authentication failed',
    );
    expectNoCredential(output);
  });

  it('stops at once on a wrong Redis password, saying so without the password', async () => {
    const url = `rediss://wirestream:${WRONG}@127.0.0.1:${redisEnv.REDIS_TLS_PORT}`;
    const output = await failedStart(dedupWorker({ REDIS_URL: url }));
    expect(output).toContain(
      `refused by Redis at rediss://127.0.0.1:${redisEnv.REDIS_TLS_PORT}: WRONGPASS invalid username-password pair`,
    );
    expectNoCredential(output);
  });

  it('refuses to start when the dead-letter topic cannot hold its largest input (start-up guard)', async () => {
    const prefix = uniquePrefix('guard');
    await createGuardTopic(`${prefix}dispatch.dlq`, 100_000);
    const output = await failedStart(
      new WorkerProcess('segmenter-worker', {
        KAFKA_BROKERS: kafkaEnv.KAFKA_BROKERS!,
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: kafkaEnv.KAFKA_SASL_USERNAME!,
        KAFKA_SASL_PASSWORD: kafkaEnv.KAFKA_SASL_PASSWORD!,
        TOPIC_PREFIX: prefix,
        TOPIC_PARTITIONS: '1',
        HTTP_PORT: '0',
        LOG_FORMAT: 'json',
      }),
    );
    expect(output).toContain(
      `segmenter-worker refuses to start: these settings would break its guarantees:\n  - topic ${prefix}dispatch.dlq: max.message.bytes (100000) is below MAX_MESSAGE_BYTES (1000000) + 16384 bytes`,
    );
    expectNoCredential(output);
  });
});
