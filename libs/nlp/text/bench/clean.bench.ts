/**
 * Cleaning and fingerprinting cost per ~3 KB dispatch, against JSON parse+stringify of the same input
 * measured in the same run. Not a test: prints medians, asserts nothing.
 * Run: node --conditions=@wirestream/source --import tsx libs/nlp/text/bench/clean.bench.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDispatch, normalizeForFingerprint, stableHash } from '../src';

const fixture = readFileSync(
  join(__dirname, '../../../../test/fixtures/dispatches/coalition-boukamal.fr.txt'),
  'utf8',
);
// The fixture is a ~3 KB scraped page: chrome, ten paragraphs, a repeated lead and a teaser.
const body = fixture;
const input = { body };
const cleaned = cleanDispatch(input).body;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median µs per call over `rounds` rounds of `iterations` calls. */
function measure(fn: () => unknown, iterations = 2000, rounds = 15): number {
  for (let i = 0; i < iterations; i++) fn();
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  return median(perCall);
}

const json = measure(() => JSON.parse(JSON.stringify(input)) as unknown);
const clean = measure(() => cleanDispatch(input));
const normalize = measure(() => normalizeForFingerprint(cleaned));
const fingerprint = measure(() => stableHash(normalizeForFingerprint(cleaned)));
const result = {
  inputBytes: Buffer.byteLength(body),
  medianMicroseconds: {
    jsonParseStringify: +json.toFixed(2),
    cleanDispatch: +clean.toFixed(2),
    normalizeForFingerprint: +normalize.toFixed(2),
    fingerprint: +fingerprint.toFixed(2),
  },
  ratioToJson: {
    cleanDispatch: +(clean / json).toFixed(1),
    normalizeForFingerprint: +(normalize / json).toFixed(1),
    fingerprint: +(fingerprint / json).toFixed(1),
  },
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
