import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WorkerProcess } from '@wirestream/testing';

// Readiness tells the truth: a worker whose broker goes away turns not ready within one session
// timeout (no batch has to fail: it is idle), says why in /health and in wirestream_ready, and is
// ready again by itself when the broker returns. The broker is this test's own (stopped mid-test).
const run = promisify(execFile);
const kafkaScripts = join(__dirname, '..', '..', 'infra', 'kafka');
const runDir = join(mkdtempSync(join(tmpdir(), 'readiness-')), 'kafka');
const SESSION_MS = 6_000;

function get(port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: 5_000 }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Polls an async check every 200 ms until it gives a value (connection errors count as no value). */
async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('worker readiness when the broker goes away', () => {
  let worker: WorkerProcess;

  beforeAll(async () => {
    await run('bash', [join(kafkaScripts, 'start.sh'), '--dir', runDir], { timeout: 180_000 });
    const brokers = /KAFKA_BROKERS=(\S+)/.exec(readFileSync(join(runDir, 'env'), 'utf8'))![1]!;
    worker = new WorkerProcess('segmenter-worker', {
      KAFKA_BROKERS: brokers,
      TOPIC_PREFIX: 'readiness.',
      TOPIC_PARTITIONS: '1',
      KAFKA_SESSION_TIMEOUT_MS: String(SESSION_MS),
      KAFKA_HEARTBEAT_INTERVAL_MS: '1000',
      KAFKA_TRANSACTION_TIMEOUT_MS: '10000',
      HTTP_PORT: '0',
      METRICS_INTERVAL_MS: '500',
      LOG_FORMAT: 'json',
    });
    await worker.start(120_000);
  }, 240_000);

  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await run('bash', [join(kafkaScripts, 'stop.sh'), '--dir', runDir]).catch(() => undefined);
  }, 120_000);

  it('given the broker stopped, then not ready with the reason within a session timeout; given it back, then ready again', async () => {
    const port = worker.httpPort!;
    await waitFor(
      async () => ((await get(port, '/health')).status === 200 ? true : undefined),
      60_000,
      'ready',
    );

    await run('bash', [join(kafkaScripts, 'kill.sh'), '--dir', runDir]);
    const down = await waitFor(
      async () => {
        const health = await get(port, '/health');
        return health.status === 503 ? health : undefined;
      },
      SESSION_MS + 5_000,
      'not ready after the broker went away',
    );
    expect(JSON.parse(down.text)).toMatchObject({
      status: 'error',
      error: { kafka: { status: 'down', message: 'no broker answers' } },
    });
    await waitFor(
      async () =>
        /wirestream_ready\{[^}]*reason="kafka-unreachable"[^}]*\} 0/.test((await get(port, '/metrics')).text)
          ? true
          : undefined,
      10_000,
      'wirestream_ready 0 with reason kafka-unreachable',
    );

    await run('bash', [join(kafkaScripts, 'start.sh'), '--dir', runDir, '--reuse'], { timeout: 180_000 });
    await waitFor(
      async () => ((await get(port, '/health')).status === 200 ? true : undefined),
      90_000,
      'ready again',
    );
    expect((await get(port, '/metrics')).text).toMatch(/wirestream_ready\{[^}]*reason="ok"[^}]*\} 1/);
  }, 300_000);
});
