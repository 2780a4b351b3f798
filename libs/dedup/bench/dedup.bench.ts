/**
 * Throughput of the pure dedup decision with the in-memory store, and the cost of sketching one ~3 KB
 * dispatch, against JSON parse+stringify of the same input measured in the same run. Not a test.
 * Run: node --conditions=@wirestream/source --import tsx libs/dedup/bench/dedup.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDispatch, normalizeForFingerprint, stableHash } from '@wirestream/nlp-text';
import { createDeduplicator, type DedupCandidate, InMemoryDedupStore } from '../src';
import { labelledPairs } from '../src/testing/labelled-set';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function measure(fn: () => unknown, iterations: number, rounds = 11): number {
  for (let i = 0; i < iterations; i++) fn();
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  return median(perCall);
}

async function main(): Promise<void> {
  const d = await createDeduplicator();
  const page = readFileSync(
    join(__dirname, '../../../test/fixtures/dispatches/coalition-boukamal.fr.txt'),
    'utf8',
  );
  const text = cleanDispatch({ body: page }).body;
  const input = { id: 'x', storyId: 'x', agency: 'AFP', text: page };

  const json = measure(() => JSON.parse(JSON.stringify(input)) as unknown, 2000);
  const clean = measure(() => cleanDispatch({ body: page }), 500);
  const fingerprint = measure(() => stableHash(normalizeForFingerprint(text)), 1000);
  const sketch = measure(() => d.sketch(text), 300);

  // A stream of distinct texts (every text of the labelled set, ~40% repeats or versions of another).
  const texts = labelledPairs().flatMap((p) => [p.first, p.second]);
  const batchSize = 100;
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    const store = new InMemoryDedupStore();
    const candidates: DedupCandidate[] = texts.map((t, i) => ({
      id: `${r}-${i}`,
      storyId: `${r}-${i}`,
      agency: 'AFP',
      text: t,
    }));
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < candidates.length; i += batchSize)
      await d.deduplicate(candidates.slice(i, i + batchSize), store);
    runs.push(candidates.length / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  const avgBytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / texts.length;
  const perDispatchJson =
    measure(() => texts.slice(0, 50).map((t) => JSON.parse(JSON.stringify({ text: t })) as unknown), 50) / 50;
  const dispatchesPerSecond = median(runs);
  process.stdout.write(
    `${JSON.stringify(
      {
        fixtureBytes: Buffer.byteLength(page),
        medianMicroseconds: {
          jsonParseStringify: +json.toFixed(2),
          cleanDispatch: +clean.toFixed(1),
          exactFingerprint: +fingerprint.toFixed(1),
          sketch: +sketch.toFixed(1),
        },
        ratioToJson: {
          cleanDispatch: +(clean / json).toFixed(1),
          exactFingerprint: +(fingerprint / json).toFixed(1),
          sketch: +(sketch / json).toFixed(1),
        },
        stream: {
          dispatches: texts.length,
          averageBytes: Math.round(avgBytes),
          batchSize,
          dispatchesPerSecond: Math.round(dispatchesPerSecond),
          microsecondsPerDispatch: +(1e6 / dispatchesPerSecond).toFixed(1),
          ratioToJsonOfSameDispatch: +(1e6 / dispatchesPerSecond / perDispatchJson).toFixed(1),
        },
      },
      null,
      2,
    )}\n`,
  );
}

void main();
