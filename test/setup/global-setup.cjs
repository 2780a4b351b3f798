// One Kafka broker and one Redis for the whole integration run, shared by every spec (each spec
// makes its own topics and Redis key prefix). Where they come from, in order:
//   1. KAFKA_BROKERS / REDIS_URL set by the user: used as they are;
//   2. a reachable container runtime: testcontainers, same versions as infra/versions.env;
//   3. otherwise the project's own scripts: infra/up.sh (jars from Maven Central, Debian's redis).
const { execFileSync, spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');

function readEnvFile(file) {
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replace(/^"|"$/g, '');
  }
  return env;
}

function containerRuntimeReachable() {
  if (process.env.WIRESTREAM_NO_CONTAINERS === '1') return false;
  const probe = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: 5000,
    encoding: 'utf8',
  });
  return probe.status === 0 && probe.stdout.trim() !== '';
}

async function startContainers(versions) {
  const { GenericContainer, Wait } = require('testcontainers');
  const started = [];
  if (!process.env.REDIS_URL) {
    const redis = await new GenericContainer(versions.REDIS_IMAGE).withExposedPorts(6379).start();
    started.push(redis);
    process.env.REDIS_URL = `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`;
  }
  if (!process.env.KAFKA_BROKERS) {
    // A fixed host port keeps the advertised listener right without a two-step start.
    const port = 19092 + Math.floor(Math.random() * 1000);
    const kafka = await new GenericContainer(versions.KAFKA_IMAGE)
      .withExposedPorts({ container: port, host: port })
      .withEnvironment({
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: `PLAINTEXT://:${port},CONTROLLER://:9093`,
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://localhost:${port}`,
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
        KAFKA_GROUP_MIN_SESSION_TIMEOUT_MS: '1000',
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      })
      .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
      .start();
    started.push(kafka);
    process.env.KAFKA_BROKERS = `localhost:${port}`;
  }
  return started;
}

module.exports = async function globalSetup() {
  if (process.env.KAFKA_BROKERS && process.env.REDIS_URL) {
    process.stdout.write(
      `\nusing KAFKA_BROKERS=${process.env.KAFKA_BROKERS} REDIS_URL=${process.env.REDIS_URL}\n`,
    );
    return;
  }
  const versions = readEnvFile(join(root, 'infra', 'versions.env'));
  if (containerRuntimeReachable()) {
    globalThis.__wirestreamContainers = await startContainers(versions);
    process.stdout.write(
      `\ntestcontainers: KAFKA_BROKERS=${process.env.KAFKA_BROKERS} REDIS_URL=${process.env.REDIS_URL}\n`,
    );
    return;
  }
  const envFile = execFileSync(join(root, 'infra', 'up.sh'), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const env = readEnvFile(envFile.split('\n').pop());
  process.env.KAFKA_BROKERS ??= env.KAFKA_BROKERS;
  process.env.REDIS_URL ??= env.REDIS_URL;
  globalThis.__wirestreamInfraStarted = true;
  process.stdout.write(
    `\ninfra/up.sh: KAFKA_BROKERS=${process.env.KAFKA_BROKERS} REDIS_URL=${process.env.REDIS_URL}\n`,
  );
};
