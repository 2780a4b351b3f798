/**
 * Dedup on the corpus: every document in one stream (each should stay its own story, but the
 * same story found on two sites is a duplicate), then the variant groups (dedup-variants.ts),
 * each in a stream of its own.
 */
import { buildGroups, type VariantSource } from './dedup-variants';
import { type EvalDoc } from './evaluate';
import { type Figures } from './evaluate';
import { type SourceEntry } from './manifest';
import { type Mistake } from './mistakes';
import { ratio } from './prf';
import { type DedupStatus, dedupStatuses } from './run-pipeline';

interface Judged {
  readonly id: string;
  readonly variant: string;
  readonly expected: 'unique' | 'update' | 'duplicate';
  readonly got: DedupStatus;
}

export async function evaluateDedup(
  docs: readonly EvalDoc[],
  manifest: ReadonlyMap<string, SourceEntry>,
  mistakes: Mistake[],
): Promise<{ figures: Figures; counts: Record<string, number> }> {
  const judged: Judged[] = [];
  const ids = new Set(docs.map((d) => d.id));
  const baseOf = (d: EvalDoc) => {
    const same = manifest.get(d.id)?.sameStoryAs;
    return same && ids.has(same) ? same : undefined;
  };
  const ordered = [...docs].sort((a, b) => orderKey(a, manifest).localeCompare(orderKey(b, manifest)));
  const stream = [...ordered.filter((d) => !baseOf(d)), ...ordered.filter((d) => baseOf(d))];
  const statuses = await dedupStatuses(stream.map((d) => ({ id: d.id, body: d.raw })));
  stream.forEach((d, i) => {
    const same = baseOf(d) !== undefined;
    judged.push({
      id: d.id,
      variant: same ? 'the same story found at another address' : 'corpus document',
      expected: same ? 'duplicate' : 'unique',
      got: statuses[i]!,
    });
  });

  const sources: VariantSource[] = docs.map((d) => ({ id: d.id, raw: d.raw, gold: d.gold }));
  const donors = sources.filter((s) => s.gold.blocks.some((b) => b.role === 'chrome'));
  const bases = sources.filter((s) => !baseOf(docs.find((d) => d.id === s.id)!));
  for (const group of buildGroups(bases, donors)) {
    const got = await dedupStatuses(group.members);
    group.members.forEach((m, i) =>
      judged.push({ id: m.id, variant: m.variant, expected: m.expected, got: got[i]! }),
    );
  }

  for (const j of judged) {
    if (j.expected !== j.got)
      mistakes.push({
        stage: 'dedup',
        kind: `${j.variant}: ${j.expected} called ${j.got}`,
        doc: j.id,
        detail: '',
      });
  }
  const dupExpected = judged.filter((j) => j.expected === 'duplicate');
  const dupGot = judged.filter((j) => j.got === 'duplicate');
  const updates = judged.filter((j) => j.expected === 'update');
  const uniques = judged.filter((j) => j.expected === 'unique');
  return {
    figures: {
      'dedup.duplicate.recall': ratio(
        dupExpected.filter((j) => j.got === 'duplicate').length,
        dupExpected.length,
      ).value,
      'dedup.duplicate.precision': ratio(
        dupGot.filter((j) => j.expected === 'duplicate').length,
        dupGot.length,
      ).value,
      'dedup.updatesKept': ratio(
        updates.filter((j) => j.got === 'update' || j.got === 'unique').length,
        updates.length,
      ).value,
      'dedup.updatesLinked': ratio(updates.filter((j) => j.got === 'update').length, updates.length).value,
      'dedup.uniqueKept': ratio(uniques.filter((j) => j.got === 'unique').length, uniques.length).value,
    },
    counts: {
      'dedup.judged': judged.length,
      'dedup.expectedDuplicates': dupExpected.length,
      'dedup.expectedUpdates': updates.length,
      'dedup.expectedUnique': uniques.length,
    },
  };
}

function orderKey(d: EvalDoc, manifest: ReadonlyMap<string, SourceEntry>): string {
  return `${manifest.get(d.id)?.published ?? '9999'}|${d.id}`;
}
