/**
 * Parameter sweep over the labelled set (not a test): recall and precision of updates, merged
 * bulletins / same-dateline stories, and how often LSH hands a negative pair to verification.
 * Run: node --conditions=@wirestream/source --import tsx libs/dedup/bench/parameters.bench.ts
 */
import { createDeduplicator, type DedupOptions, InMemoryDedupStore, type DedupStore } from '../src';
import { labelledPairs } from '../src/testing/labelled-set';

const configs: readonly (readonly [string, Partial<DedupOptions>])[] = [
  ['default (k=3, 128 hashes, 64x2, J≥0.45, C≥0.8&J≥0.08)', {}],
  ['42 bands x 3 rows, J≥0.15 for containment', { bands: 42, minContainedJaccard: 0.15 }],
  ['32 bands x 4 rows', { bands: 32 }],
  ['64 hashes, 32x2', { numHashes: 64, bands: 32 }],
  ['shingles of 2 words', { shingleSize: 2 }],
  ['shingles of 4 words', { shingleSize: 4 }],
  ['J≥0.3', { sameStoryJaccard: 0.3 }],
  ['J≥0.6', { sameStoryJaccard: 0.6 }],
  ['no containment route', { sameStoryContainment: 1, minContainedJaccard: 1 }],
  ['no bulletin rule', { bulletinMinSubstitutions: 1e9 }],
];

async function main(): Promise<void> {
  const pairs = labelledPairs();
  const rows: Record<string, string | number>[] = [];
  for (const [name, options] of configs) {
    const d = await createDeduplicator(options);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let dupMiss = 0;
    let merged = 0;
    let negativesRetrieved = 0;
    let negatives = 0;
    for (const [n, pair] of pairs.entries()) {
      const inner = new InMemoryDedupStore();
      let neighbors = 0;
      const store: DedupStore = {
        claim: (x) => inner.claim(x),
        resolve: async (x) => {
          const r = await inner.resolve(x);
          neighbors = r[0]?.neighbors.length ?? 0;
          return r;
        },
        settle: (x) => inner.settle(x),
      };
      await d.deduplicate([{ id: `a${n}`, storyId: `a${n}`, agency: 'X', text: pair.first }], store);
      const [dec] = await d.deduplicate(
        [{ id: `b${n}`, storyId: `b${n}`, agency: 'X', text: pair.second }],
        store,
      );
      const status = dec?.status;
      if (pair.label === 'update') {
        if (status === 'update') tp++;
        else fn++;
      } else if (status === 'update') fp++;
      if (pair.label === 'duplicate' && status !== 'duplicate') dupMiss++;
      if (pair.label === 'unique') {
        negatives++;
        if (neighbors > 0) negativesRetrieved++;
        if (status !== 'unique') merged++;
      }
    }
    rows.push({
      config: name,
      updateRecall: +(tp / (tp + fn)).toFixed(3),
      updatePrecision: +(tp / Math.max(1, tp + fp)).toFixed(3),
      exactMisses: dupMiss,
      negativesMerged: merged,
      negativesReachingVerification: `${negativesRetrieved}/${negatives}`,
    });
  }
  process.stdout.write(`${JSON.stringify({ pairs: pairs.length, rows }, null, 1)}\n`);
}

void main();
