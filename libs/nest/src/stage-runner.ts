import { HEADERS, SCHEMA_VERSION, type TopicNames } from '@wirestream/contracts';
import { type BatchContext, type ConsumedMessage, type RecordOutcome } from '@wirestream/messaging';
import { type WorkerMetrics } from '@wirestream/observability';
import { type OutputRecord, type StageHandler } from '@wirestream/pipeline';
import { bugHookFor, throwHookFor } from './fault-hook';

/**
 * Adapts a pipeline stage to the transport: topic keys become this deployment's topic names and
 * every output gets the dispatch id, story id and schema version headers.
 */
export class StageRunner {
  private readonly throwHook = throwHookFor(process.env);
  private readonly bugHook = bugHookFor(process.env);

  constructor(
    readonly stage: StageHandler,
    private readonly topics: TopicNames,
    private readonly metrics?: WorkerMetrics,
    private readonly clock: () => number = Date.now,
  ) {}

  async handle(messages: readonly ConsumedMessage[], context?: BatchContext): Promise<RecordOutcome[]> {
    this.bugHook?.(messages);
    const started = performance.now();
    const staged = await this.stage.handleBatch(messages, context);
    const hook = this.throwHook;
    const outcomes = hook ? staged.map((outcome, i) => hook(messages[i]!) ?? outcome) : staged;
    const perMessageMs = (performance.now() - started) / Math.max(1, messages.length);
    const now = this.clock();
    return outcomes.map((outcome): RecordOutcome => {
      if (!outcome.ok) return outcome;
      this.observe(outcome.outputs, perMessageMs, now);
      return {
        ok: true,
        outputs: outcome.outputs.map((output) => {
          const value = output.value as { id?: unknown; dispatchId?: unknown };
          const id = value.id ?? value.dispatchId;
          const dispatchId = typeof id === 'string' ? id : '';
          return {
            topic: this.topics[output.topic],
            key: output.key,
            value: output.value,
            headers: {
              [HEADERS.dispatchId]: dispatchId,
              [HEADERS.storyId]: output.key,
              [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
            },
          };
        }),
      };
    });
  }

  private observe(outputs: readonly OutputRecord[], stageMs: number, now: number): void {
    if (!this.metrics) return;
    let endToEndMs: number | undefined;
    let duplicates = 0;
    const entityTypes: string[] = [];
    let strikes = 0;
    for (const output of outputs) {
      const found = this.stage.findings?.(output as never) ?? {};
      duplicates += found.duplicates ?? 0;
      entityTypes.push(...(found.entityTypes ?? []));
      strikes += found.strikes ?? 0;
      // End to end: from when the dispatch reached the pipeline (every record of it carries that time).
      const { receivedAt } = output.value as { receivedAt?: unknown };
      if (typeof receivedAt === 'string') endToEndMs = now - Date.parse(receivedAt);
    }
    for (let i = 0; i < duplicates; i++) this.metrics.duplicate();
    if (entityTypes.length > 0 || strikes > 0) this.metrics.found(entityTypes, strikes);
    this.metrics.dispatchProcessed(stageMs, endToEndMs);
  }
}
