import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  HEADERS,
  metricsSnapshotValidator,
  parseDispatchEvent,
  STAGE_NAMES,
  STAGES,
  topicNames,
  type DispatchEvent,
  type StageName,
  type DuplicateRecord,
  type MetricsSnapshot,
  type StrikeEvent,
} from '@wirestream/contracts';
import { METRIC_NAMES } from '@wirestream/observability';
import { BatchPublisher, createKafka, provisionTopics, silentLogger } from '@wirestream/messaging';
import { runWire, testInfra, TopicReader, uniquePrefix, waitFor, WorkerProcess } from '@wirestream/testing';
import { distinctBody } from './distinct-dispatches';

// The distributed pipeline as deployed: the four workers as separate processes on the real broker
// and Redis, fed through dispatch.raw and read on dispatch.enriched by a read-committed consumer.
const infra = testInfra();
const prefix = uniquePrefix('e2e');
const topics = topicNames(prefix);
const kafka = createKafka({ brokers: infra.brokers, clientId: 'e2e', logger: silentLogger });
const fixture = readFileSync(
  join(__dirname, '..', 'fixtures', 'dispatches', 'coalition-boukamal.fr.txt'),
  'utf8',
);
const workerEnv = {
  KAFKA_BROKERS: infra.brokers.join(','),
  REDIS_URL: infra.redisUrl,
  TOPIC_PREFIX: prefix,
  REDIS_KEY_PREFIX: prefix,
  TOPIC_PARTITIONS: '2',
  KAFKA_SESSION_TIMEOUT_MS: '6000',
  KAFKA_HEARTBEAT_INTERVAL_MS: '1000',
  KAFKA_TRANSACTION_TIMEOUT_MS: '10000',
  LOG_LEVEL: 'info',
  HTTP_PORT: '0',
  HTTP_HOST: '127.0.0.1',
  METRICS_INTERVAL_MS: '500',
  // A batch holding a dispatch with this id prefix makes the stage throw (libs/nest/src/fault-hook.ts).
  WIRE_FAULT_BUG_ID_PREFIX: 'stage-bug-',
};
// One worker per stage of the registry, by stage name.
const workers = Object.fromEntries(
  STAGE_NAMES.map((name) => [name, new WorkerProcess(STAGES[name].worker.service, workerEnv)]),
) as Record<StageName, WorkerProcess>;
let publisher: BatchPublisher;
let reader: TopicReader;

const publish = (records: { key: string; value: string }[]) => publisher.publish(topics.raw, records);
const envelope = (id: string, body: string, extra: { storyId?: string; version?: number } = {}) => ({
  key: extra.storyId ?? id,
  value: JSON.stringify({ id, agency: 'AFP', body, ...extra }),
});
const enriched = () => reader.values<DispatchEvent>(topics.enriched);
const settle = () => new Promise((r) => setTimeout(r, 2000));

beforeAll(async () => {
  await provisionTopics(
    kafka,
    Object.values(topics).map((topic) => ({ topic, numPartitions: 2 })),
  );
  publisher = new BatchPublisher(kafka);
  await publisher.connect();
  reader = await TopicReader.start(kafka, [
    topics.enriched,
    topics.strikeEvents,
    topics.duplicates,
    topics.dlq,
    topics.metrics,
  ]);
  await Promise.all(Object.values(workers).map((w) => w.start()));
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(Object.values(workers).map((w) => w.stop('SIGTERM')));
  await reader?.stop();
  await publisher?.disconnect();
}, 120_000);

describe('the distributed pipeline (four workers, real Kafka and Redis)', () => {
  it('enriches the fixture end to end, with its strikes also on strike.events', async () => {
    const started = Date.now();
    await publish([envelope('afp-boukamal-1', fixture)]);
    const [record] = await reader.waitForCount(topics.enriched, 1);
    const latencyMs = Date.now() - started;
    const event = parseDispatchEvent(JSON.parse(record!.value!.toString()));
    expect(record!.key).toBe(event.storyId);
    expect(record!.headers[HEADERS.dispatchId]).toBe('afp-boukamal-1');
    expect(event.stages.map((s) => s.name)).toEqual(['dedup', 'segmentation', 'entities', 'strikes']);
    expect(event.headline).toBe("La coalition veut couper le dernier grand axe Irak-Syrie de l'EI");
    expect(event.language).toBe('fr');
    const counts = event.strikes!.map((s) => s.count).sort((a, b) => a - b);
    expect(counts).toEqual([5, 8]);
    const strikeEvents = await reader.waitForCount(topics.strikeEvents, 2);
    const values = strikeEvents.map((r) => JSON.parse(r.value!.toString()) as StrikeEvent);
    expect(values.map((s) => [s.dispatchId, s.count]).sort()).toEqual([
      ['afp-boukamal-1', 5],
      ['afp-boukamal-1', 8],
    ]);
    process.stdout.write(`e2e latency of the fixture through the stage workers: ${latencyMs} ms\n`);
  });

  it('publishing the same story twice yields one enriched event and one duplicate record', async () => {
    await publish([envelope('afp-boukamal-2', `${fixture}\n`)]);
    const [dup] = await reader.waitForCount(topics.duplicates, 1);
    const record = JSON.parse(dup!.value!.toString()) as DuplicateRecord;
    expect(record).toMatchObject({ id: 'afp-boukamal-2', duplicateOf: 'afp-boukamal-1' });
    await settle();
    expect(enriched().filter((e) => e.id.startsWith('afp-boukamal'))).toHaveLength(1);
  });

  it('dead-letters malformed input with its headers while good input behind it flows', async () => {
    await publisher.publish(topics.raw, [
      { key: 'bad-1', value: '{"id": "bad-1", "body": ' },
      { key: 'bad-2', value: JSON.stringify({ id: 'bad-2', agency: 'AFP' }) },
    ]);
    await publish([envelope('good-after-bad', distinctBody(1))]);
    const dead = await reader.waitForCount(topics.dlq, 2);
    expect(dead.map((d) => d.headers[HEADERS.errorCode]).sort()).toEqual([
      'WIRE_INPUT_INVALID_JSON',
      'WIRE_INPUT_SCHEMA',
    ]);
    for (const d of dead) {
      expect(d.headers[HEADERS.originTopic]).toBe(topics.raw);
      expect(d.headers[HEADERS.errorStage]).toBe('dedup');
    }
    await reader.waitForCount(topics.enriched, 2);
    expect(enriched().map((e) => e.id)).toContain('good-after-bad');
  });

  it('wire dlq lists the dead letters with their reasons and re-drives a chosen one', async () => {
    const env = { KAFKA_BROKERS: infra.brokers.join(','), TOPIC_PREFIX: prefix };
    const listed = await runWire(['dlq', '--json'], env);
    expect(listed.code).toBe(0);
    const letters = listed.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { dlq: string; code: string; stage: string; attempt: number; key: string },
      );
    expect(letters.map((l) => [l.key, l.code, l.stage, l.attempt]).sort()).toEqual([
      ['bad-1', 'WIRE_INPUT_INVALID_JSON', 'dedup', 1],
      ['bad-2', 'WIRE_INPUT_SCHEMA', 'dedup', 1],
    ]);
    // Re-driven unchanged, the record fails again and comes back as its second attempt.
    const chosen = letters.find((l) => l.key === 'bad-2')!.dlq;
    const redriven = await runWire(['dlq', '--redrive', chosen], env);
    expect(redriven.stderr).toMatch(
      new RegExp(`re-drove ${chosen} to ${prefix.replace('.', '\\.')}dispatch\\.raw`),
    );
    const dead = await reader.waitForCount(topics.dlq, 3);
    expect(dead[2]!.key).toBe('bad-2');
    expect(dead[2]!.headers[HEADERS.attempt]).toBe('2');
  });

  it('keeps the versions of one story in order', async () => {
    const base = distinctBody(2);
    const versions = [1, 2, 3, 4, 5].map((v) =>
      envelope(`story-v${v}`, `${base} Mise à jour numéro ${v} : ${v * 3} nouveaux éléments.`, {
        storyId: 'story-v',
        version: v,
      }),
    );
    await publish(versions);
    const before = enriched().length;
    await reader.waitForCount(topics.enriched, before + 5);
    const ids = enriched()
      .filter((e) => e.id.startsWith('story-v'))
      .map((e) => e.id);
    expect(ids).toEqual(['story-v1', 'story-v2', 'story-v3', 'story-v4', 'story-v5']);
  });

  it('a worker stopped (SIGTERM) and another killed (SIGKILL) mid-stream lose and double nothing', async () => {
    const before = enriched().length;
    const total = 60;
    const ids = Array.from({ length: total }, (_, i) => `bulk-${i}`);
    await publish(ids.slice(0, 30).map((id, i) => envelope(id, distinctBody(100 + i))));
    await workers.segmentation.stop('SIGTERM');
    await publish(ids.slice(30).map((id, i) => envelope(id, distinctBody(130 + i))));
    await workers.entities.stop('SIGKILL');
    await Promise.all([workers.segmentation.start(), workers.entities.start()]);
    await reader.waitForCount(topics.enriched, before + total, 120_000);
    await settle();
    const bulk = enriched()
      .map((e) => e.id)
      .filter((id) => id.startsWith('bulk-'));
    expect(bulk).toHaveLength(total);
    expect(new Set(bulk)).toEqual(new Set(ids));
  }, 240_000);
});

describe('monitors of the running pipeline', () => {
  const get = async (worker: WorkerProcess, path: string) => {
    const response = await fetch(`http://127.0.0.1:${worker.httpPort}${path}`);
    return { status: response.status, text: await response.text() };
  };

  it('each worker serves every metric on /metrics, with the flow counted', async () => {
    for (const worker of Object.values(workers)) {
      const { status, text } = await get(worker, '/metrics');
      expect(status).toBe(200);
      for (const name of Object.values(METRIC_NAMES)) expect(text).toContain(`# HELP ${name} `);
      const consumed = [...text.matchAll(/^wirestream_records_consumed_total\{[^}]*\} (\d+)/gm)].reduce(
        (n, m) => n + Number(m[1]),
        0,
      );
      expect(consumed).toBeGreaterThan(0);
    }
    const dedup = await get(workers.dedup, '/metrics');
    expect(dedup.text).toMatch(/^wirestream_duplicates_total\{[^}]*\} [1-9]/m);
    expect(dedup.text).toMatch(/^wirestream_dead_letters_total\{[^}]*code="WIRE_INPUT_SCHEMA"[^}]*\} [1-9]/m);
    expect(dedup.text).toMatch(
      /^wirestream_redis_call_duration_seconds_count\{[^}]*operation="resolve"[^}]*\} [1-9]/m,
    );
    const strikes = await get(workers.strikes, '/metrics');
    expect(strikes.text).toMatch(/^wirestream_strikes_found_total\{[^}]*\} [1-9]/m);
  });

  it('each worker is ready on /health (Kafka, and Redis for dedup) and live on /health/live', async () => {
    for (const worker of Object.values(workers)) {
      const ready = await get(worker, '/health');
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.text)).toMatchObject({
        status: 'ok',
        details: { kafka: { status: 'up' }, redis: { status: 'up' } },
      });
      expect((await get(worker, '/health/live')).status).toBe(200);
    }
    expect(JSON.parse((await get(workers.segmentation, '/health')).text).details.redis.message).toBe(
      'not used by this stage',
    );
  });

  it('every worker publishes snapshots to pipeline.metrics, and wire top shows every stage', async () => {
    const services = STAGE_NAMES.map((name) => STAGES[name].worker.service);
    await waitForSnapshots(services);
    for (const value of reader.values<MetricsSnapshot>(topics.metrics))
      expect(metricsSnapshotValidator.check(value).ok).toBe(true);
    const top = await runWire(['top', '--once', '--json'], {
      KAFKA_BROKERS: infra.brokers.join(','),
      TOPIC_PREFIX: prefix,
    });
    expect(top.code).toBe(0);
    const rows = JSON.parse(top.stdout) as {
      stage: string;
      consumed: number;
      ready: number;
      instances: number;
    }[];
    expect(rows.map((r) => r.stage)).toEqual(['dedup', 'segmentation', 'entities', 'strikes', 'summary']);
    for (const row of rows) {
      expect(row.consumed).toBeGreaterThan(0);
      expect(row.ready).toBe(row.instances);
    }
    const table = await runWire(['top', '--once'], {
      KAFKA_BROKERS: infra.brokers.join(','),
      TOPIC_PREFIX: prefix,
    });
    expect(table.stdout).toMatch(/^STAGE\s+READY/);
    expect(table.stdout).toMatch(/^entities\s+1\/1/m);
  });

  it('carries the trace id from publish to dispatch.enriched, and logs it where a dispatch fails', async () => {
    await publisher.publish(topics.raw, [
      {
        key: 'traced',
        value: JSON.stringify({ id: 'traced', agency: 'AFP', body: distinctBody(7) }),
        headers: { [HEADERS.traceId]: 'trace-e2e-1' },
      },
      { key: 'traced-bad', value: '{"id": "traced-bad"', headers: { [HEADERS.traceId]: 'trace-e2e-bad' } },
    ]);
    const record = await waitFor(
      () => reader.records.get(topics.enriched)!.find((r) => JSON.parse(r.value!.toString()).id === 'traced'),
      60_000,
      'the traced dispatch on dispatch.enriched',
    );
    expect(record.headers[HEADERS.traceId]).toBe('trace-e2e-1');
    await waitFor(
      () => (workers.dedup.logs.some((l) => l.includes('trace-e2e-bad')) ? true : undefined),
      30_000,
      'the failure logged with its trace id',
    );
  });
});

describe('a stage that throws (a bug, not an outage)', () => {
  it('is tried three times, then its batch is dead-lettered WIRE_STAGE_BUG with the stack, and input behind it flows', async () => {
    await publish([envelope('stage-bug-1', distinctBody(41))]);
    const letter = await waitFor(
      () => reader.records.get(topics.dlq)!.find((r) => r.headers[HEADERS.errorCode] === 'WIRE_STAGE_BUG'),
      60_000,
      'the WIRE_STAGE_BUG dead letter',
    );
    expect(letter.key?.toString()).toBe('stage-bug-1');
    expect(letter.headers[HEADERS.errorStage]).toBe('dedup');
    expect(letter.headers[HEADERS.errorMessage]).toBe(
      'the stage failed 3 times on this batch: fault hook: a stage bug on stage-bug-1',
    );
    expect(letter.headers[HEADERS.errorStack]).toMatch(
      /^TypeError: fault hook: a stage bug on stage-bug-1\n\s+at /,
    );
    await publish([envelope('after-bug', distinctBody(42))]);
    await waitFor(
      () => (enriched().some((e) => e.id === 'after-bug') ? true : undefined),
      60_000,
      'the dispatch behind the bug on dispatch.enriched',
    );
  });
});

async function waitForSnapshots(services: string[]): Promise<void> {
  await waitFor(
    () => {
      const seen = new Set(
        reader
          .values<MetricsSnapshot>(topics.metrics)
          .filter((s) => s.totals.consumed > 0)
          .map((s) => s.service),
      );
      return services.every((s) => seen.has(s)) ? true : undefined;
    },
    30_000,
    'a snapshot with traffic from every worker',
  );
}
