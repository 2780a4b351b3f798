import { createDeduplicator, type Deduplicator } from './deduplicate';
import { InMemoryDedupStore } from './in-memory-dedup-store';
import { labelledPairs, type LabelledPair, type PairLabel } from './testing/labelled-set';
import type { DedupDecision } from './types';

interface Outcome {
  readonly pair: LabelledPair;
  readonly decision: DedupDecision;
}

async function decidePair(d: Deduplicator, pair: LabelledPair, n: number): Promise<DedupDecision> {
  const store = new InMemoryDedupStore();
  await d.deduplicate([{ id: `a${n}`, storyId: `story-a${n}`, agency: 'AFP', text: pair.first }], store);
  const [decision] = await d.deduplicate(
    [{ id: `b${n}`, storyId: `story-b${n}`, agency: 'AFP', text: pair.second }],
    store,
  );
  if (decision === undefined) throw new Error('no decision');
  return decision;
}

describe('deduplicate on the labelled set', () => {
  const pairs = labelledPairs();
  let outcomes: Outcome[] = [];

  beforeAll(async () => {
    const d = await createDeduplicator();
    outcomes = [];
    for (const [n, pair] of pairs.entries()) outcomes.push({ pair, decision: await decidePair(d, pair, n) });
  });

  const count = (label: PairLabel, status?: PairLabel): number =>
    outcomes.filter((o) => o.pair.label === label && (status === undefined || o.decision.status === status))
      .length;

  it('has at least 200 pairs covering every case of the issue', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(pairs.map((p) => p.kind.split(':')[0]));
    for (const k of [
      'exact',
      'whitespace',
      'typography',
      'case',
      'new-chrome',
      'paragraph-added',
      'figure-changed',
      'name-changed',
      'place-changed',
      'typo-fixed',
      'sentence-removed',
      'bulletin',
      'same-dateline',
      'unrelated',
    ]) {
      expect(kinds).toContain(k);
    }
  });

  it('then precision and recall meet the bar (exact 100%, near-duplicate recall ≥ 0.98 at precision ≥ 0.99)', () => {
    const exactRecall = count('duplicate', 'duplicate') / count('duplicate');
    const predictedDuplicates = outcomes.filter((o) => o.decision.status === 'duplicate').length;
    const exactPrecision = count('duplicate', 'duplicate') / predictedDuplicates;
    const nearRecall = count('update', 'update') / count('update');
    const predictedUpdates = outcomes.filter((o) => o.decision.status === 'update').length;
    const nearPrecision = count('update', 'update') / predictedUpdates;
    const misses = outcomes
      .filter((o) => o.pair.label !== o.decision.status)
      .map(
        (o) =>
          `${o.pair.kind}: expected ${o.pair.label}, got ${o.decision.status} (${o.decision.similarity ?? '-'})`,
      );
    process.stdout.write(
      `labelled set: ${pairs.length} pairs (${count('duplicate')} duplicate, ${count('update')} update, ${count('unique')} unique)\n` +
        `exact duplicates: recall ${exactRecall.toFixed(3)} precision ${exactPrecision.toFixed(3)}\n` +
        `near-duplicates (updates): recall ${nearRecall.toFixed(3)} precision ${nearPrecision.toFixed(3)}\n` +
        (misses.length > 0 ? `misses:\n  ${misses.join('\n  ')}\n` : 'misses: none\n'),
    );
    expect(exactRecall).toBe(1);
    expect(exactPrecision).toBe(1);
    expect(nearRecall).toBeGreaterThanOrEqual(0.98);
    expect(nearPrecision).toBeGreaterThanOrEqual(0.99);
  });

  it('then no update that changes a fact is dropped as a duplicate', () => {
    expect(outcomes.filter((o) => o.pair.label === 'update' && o.decision.status === 'duplicate')).toEqual(
      [],
    );
  });

  it('then no formulaic bulletin and no same-dateline story is merged (neither duplicate nor update)', () => {
    const merged = outcomes.filter(
      (o) =>
        (o.pair.kind.startsWith('bulletin:') || o.pair.kind === 'same-dateline') &&
        o.decision.status !== 'unique',
    );
    expect(merged.map((o) => o.pair.kind)).toEqual([]);
  });

  it('then each update joins the story it updates and each duplicate names its original', () => {
    outcomes.forEach((o, n) => {
      if (o.decision.status === 'update') {
        expect(o.decision).toMatchObject({ updateOf: `a${n}`, storyId: `story-a${n}` });
      }
      if (o.decision.status === 'duplicate') {
        expect(o.decision).toMatchObject({ duplicateOf: `a${n}`, storyId: `story-a${n}`, similarity: 1 });
      }
    });
  });
});
