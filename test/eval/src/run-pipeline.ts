/**
 * Runs our embedded pipeline, the same stage handlers as the workers, over corpus texts. Each
 * document for the stage figures goes through a pipeline of its own (a fresh dedup store), so a
 * story seen earlier in the corpus cannot hide it; dedup is measured by its own runs.
 */
import { type DispatchEvent } from '@wirestream/contracts';
import { EmbeddedPipeline, type EmbeddedResult } from '@wirestream/pipeline';

export interface EvalInput {
  readonly id: string;
  readonly body: string;
  readonly language?: string;
}

/** A fixed arrival time: the figures must not depend on the clock. */
const ARRIVAL = new Date('2026-01-01T00:00:00Z');

export async function freshPipeline(): Promise<EmbeddedPipeline> {
  return EmbeddedPipeline.create({ defaultAgency: 'eval', now: () => ARRIVAL });
}

export async function enrichAlone(input: EvalInput): Promise<{ event?: DispatchEvent; error?: string }> {
  const pipeline = await freshPipeline();
  const [result] = await pipeline.process([{ source: input.id, value: envelope(input) }]);
  if (result?.enriched) return { event: result.enriched };
  if (result?.rejected) return { error: `${result.rejected.stage}: ${result.rejected.error.message}` };
  return { error: 'dropped as a duplicate of itself' };
}

export type DedupStatus = 'unique' | 'update' | 'duplicate' | 'withdrawn' | 'rejected';

/** Sends inputs in order through one pipeline and returns the dedup status each got. */
export async function dedupStatuses(inputs: readonly EvalInput[]): Promise<DedupStatus[]> {
  const pipeline = await freshPipeline();
  const out: DedupStatus[] = [];
  for (const input of inputs) {
    const [result] = await pipeline.process([{ source: input.id, value: envelope(input) }]);
    out.push(statusOf(result));
  }
  return out;
}

function statusOf(result: EmbeddedResult | undefined): DedupStatus {
  if (!result || result.rejected) return 'rejected';
  if (result.duplicate) return 'duplicate';
  return result.enriched?.dedup.status ?? 'rejected';
}

function envelope(input: EvalInput): Record<string, string> {
  return {
    id: input.id,
    agency: 'eval',
    body: input.body,
    ...(input.language ? { language: input.language } : {}),
  };
}
