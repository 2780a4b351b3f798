// Load on a running door: N concurrent clients posting the same ~3 KB ninjs item for D seconds.
// Not a test. Usage (door started separately, see README):
//   INGEST_URL=http://127.0.0.1:8080 INGEST_TOKEN=… node --import tsx services/ingest-http/bench/post-dispatches.bench.ts
const url = `${process.env.INGEST_URL ?? 'http://127.0.0.1:8080'}/dispatches`;
const token = process.env.INGEST_TOKEN ?? '';
const concurrency = Number(process.env.CONCURRENCY ?? 16);
const seconds = Number(process.env.SECONDS ?? 10);

const paragraph =
  'La coalition internationale emmenée par les États-Unis a mené trois frappes près de Boukamal, ' +
  'à la frontière entre la Syrie et l’Irak, selon un communiqué publié dimanche. ';
const item = {
  uri: 'urn:newsml:afp.com:20251005:BENCH',
  version: 1,
  versioncreated: '2025-10-05T12:32:00Z',
  language: 'fr',
  headline: 'Frappes près de Boukamal',
  body_text: Array.from({ length: 18 }, () => paragraph).join('\n\n'),
};

async function client(until: number, latencies: number[], statuses: Map<number, number>): Promise<void> {
  let n = 0;
  while (Date.now() < until) {
    // A distinct body per request, so each is a distinct dispatch (as on a real feed).
    const body = JSON.stringify({ ...item, uri: `${item.uri}-${process.pid}-${Math.random()}-${n++}` });
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
}

async function main(): Promise<void> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, () => client(until, latencies, statuses)));
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  process.stdout.write(
    `${JSON.stringify({
      bodyBytes: JSON.stringify(item).length,
      concurrency,
      seconds,
      requestsPerSecond: Math.round(latencies.length / seconds),
      medianMs: Number(at(0.5).toFixed(1)),
      p99Ms: Number(at(0.99).toFixed(1)),
      statuses: Object.fromEntries(statuses),
    })}\n`,
  );
}

void main();
