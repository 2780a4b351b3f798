/**
 * Segmentation benchmark (not a test): MB/s and sentences/s on one core, against a JSON parse + stringify
 * round trip of the same input measured in the same run. Build first so the compiled output (what the
 * workers run) is measured next to the TypeScript sources run through tsx:
 *
 *   npx tsc -b libs/nlp/segmentation/tsconfig.lib.json
 *   node --conditions=@wirestream/source --import tsx libs/nlp/segmentation/bench/segment-text.bench.ts
 *
 * To compare with another build in the same run (a before/after), point SEGMENTATION_BASELINE_DIST at
 * that build's compiled index.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as source from '../src/index';

type Api = typeof source;

const fixture = readFileSync(
  join(__dirname, '../../../../test/fixtures/dispatches/coalition-boukamal.fr.txt'),
  'utf8',
);
// The cleaned body: no page chrome at the top, no repeated lead and teaser at the bottom.
const dispatch = fixture
  .split(/\n\s*\n/u)
  .map((p) => p.trim())
  .slice(2, -1)
  .join('\n\n');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median milliseconds of one call, over `rounds` timed batches sized to take about 5 ms each. */
function time(fn: () => unknown, rounds = 41): number {
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t0 > 5) break;
    batch *= 2;
  }
  // Warm up so the optimising compiler has settled before the timed rounds.
  for (let r = 0; r < 10; r++) for (let i = 0; i < batch; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push((performance.now() - t0) / batch);
  }
  return median(samples);
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function measure(api: Api, label: string, text: string, hasHeadline: boolean) {
  const input = { text, language: 'fr', hasHeadline };
  const segments = api.segmentText(input);
  const segMs = time(() => api.segmentText(input));
  const idsMs = time(() => segments.forEach((s, i) => api.segmentId('fr', s.text, i)));
  const protectMs = time(() => api.findProtectedSpans(text, api.rulesFor('fr')));
  const jsonMs = time(() => JSON.parse(JSON.stringify({ body: text })) as unknown);
  const mbps = (ms: number): number => +(utf8Bytes(text) / 1e6 / (ms / 1000)).toFixed(1);
  return {
    input: label,
    bytes: utf8Bytes(text),
    segments: segments.length,
    segmentTextMedianMs: +segMs.toFixed(4),
    mbPerSecond: mbps(segMs),
    sentencesPerSecond: Math.round(segments.length / (segMs / 1000)),
    jsonRoundTripMedianMs: +jsonMs.toFixed(4),
    ratioToJsonRoundTrip: +(segMs / jsonMs).toFixed(1),
    shareIds: +(idsMs / segMs).toFixed(2),
    shareProtectedSpans: +(protectMs / segMs).toFixed(2),
    mbPerSecondWithoutIds: mbps(segMs - idsMs),
  };
}

async function main(): Promise<void> {
  const dist = join(__dirname, '../dist/index.js');
  const builds: [string, Api][] = [['source via tsx', source]];
  if (existsSync(dist)) builds.unshift(['compiled dist (tsc)', (await import(dist)) as Api]);
  const baseline = process.env['SEGMENTATION_BASELINE_DIST'];
  if (baseline !== undefined && existsSync(baseline))
    builds.unshift([`baseline ${baseline}`, (await import(baseline)) as Api]);
  const inputs: [string, string, boolean][] = [
    ['dispatch (~3 KB)', dispatch, true],
    ['100 dispatches in one text (~270 KB)', Array.from({ length: 100 }, () => dispatch).join('\n\n'), true],
    ['one paragraph of ~900 KB', dispatch.replace(/\n+/gu, ' ').repeat(330), false],
  ];
  const results = builds.map(([build, api]) => ({
    build,
    runs: inputs.map(([label, text, headline]) => measure(api, label, text, headline)),
  }));
  const api = builds.find(([name]) => !name.startsWith('baseline'))![1];
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const detect = await api.createLanguageDetector();
  const loadMs = performance.now() - t0;
  const language = {
    detector: 'eld/extrasmall',
    loadMs: Math.round(loadMs),
    rssAddedMB: Math.round((process.memoryUsage().rss - rss0) / 1e6),
    detectDispatchMedianMs: +time(() => detect(dispatch)).toFixed(4),
    detected: detect(dispatch),
  };
  process.stdout.write(`${JSON.stringify({ node: process.version, results, language }, null, 2)}\n`);
}

void main();
