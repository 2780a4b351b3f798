// Benchmark (not a test): µs per ~3 KB dispatch for extractStrikes, against JSON parse+stringify of the
// same input as a baseline measured in the same run. Run from the repo root:
//   node --conditions=@wirestream/source --import tsx libs/nlp/strike-count/bench/extract-strikes.bench.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractStrikeReport, type StrikeInput } from '../src/index';

const root = join(__dirname, '../../../..');
const french = readFileSync(join(root, 'test/fixtures/dispatches/coalition-boukamal.fr.txt'), 'utf8');
const english = [
  'SOUTHWEST ASIA, Dec. 17, 2016 — On Dec. 16, Coalition military forces conducted 17 strikes consisting of 42 engagements against ISIS targets in Syria and Iraq.',
  'In Syria, Coalition military forces conducted 13 strikes consisting of 26 engagements against ISIS targets:',
  '-- Near Abu Kamal, one strike engaged an ISIS tactical unit and destroyed an ISIS vehicle.',
  '-- Near Raqqah, 12 strikes engaged four ISIS tactical units and destroyed two fighting positions.',
  'In Iraq, Coalition military forces conducted four strikes consisting of 16 engagements against ISIS targets:',
  '-- Near Mosul, four strikes engaged three ISIS tactical units and destroyed 11 fighting positions.',
  'There were no reported strikes in Iraq on Dec. 15.',
]
  .join('\n')
  .repeat(4);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function measure(fn: () => unknown, rounds = 21, perRound = 200): number {
  for (let i = 0; i < perRound; i++) fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < perRound; i++) fn();
    samples.push(((performance.now() - t0) * 1000) / perRound);
  }
  return median(samples);
}

const results = [
  ['fr wire dispatch', { text: french, language: 'fr', segments: [], places: [] }],
  ['en official report', { text: english, language: 'en', segments: [], places: [] }],
].map(([name, input]) => {
  const i = input as StrikeInput;
  const json = JSON.stringify(i);
  const extractUs = measure(() => extractStrikeReport(i));
  const baselineUs = measure(() => JSON.stringify(JSON.parse(json)));
  return {
    name,
    chars: i.text.length,
    extractMedianUs: Number(extractUs.toFixed(1)),
    jsonParseStringifyMedianUs: Number(baselineUs.toFixed(2)),
    ratio: Number((extractUs / baselineUs).toFixed(1)),
  };
});
process.stdout.write(`${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
