import {
  type DeadLetter,
  type DispatchEvent,
  type DuplicateRecord,
  SCHEMA_VERSION,
  type StrikeEvent,
  type TopicKey,
} from '@wirestream/contracts';
import { InMemoryDedupStore } from '@wirestream/dedup';
import { type PipelineError } from '@wirestream/util';
import { createStage } from './create-stages';
import { STAGE_NAMES, type StageHandler, type StageInput, type StageName } from './stage-handler';

/** One input of the embedded runtime: a decoded envelope and where it came from. */
export interface EmbeddedInput {
  readonly value: unknown;
  /** A file and line, for error messages and dead letters. */
  readonly source: string;
}

/** What became of one input, in input order. */
export interface EmbeddedResult {
  readonly source: string;
  readonly enriched?: DispatchEvent;
  readonly duplicate?: { readonly record: DuplicateRecord; readonly event?: DispatchEvent };
  readonly rejected?: {
    readonly stage: StageName;
    readonly error: PipelineError;
    readonly deadLetter: DeadLetter;
  };
  readonly strikes: readonly StrikeEvent[];
}

export interface EmbeddedPipelineOptions {
  /** Agency assumed when an envelope names none (`file` for files read by the CLI). */
  readonly defaultAgency: string;
  /** The clock that stamps arrival. @default () => new Date() */
  readonly now?: () => Date;
  /** Stages to run, in flow order. @default all four */
  readonly stages?: readonly StageName[];
}

/** What each stage did: wall time, messages handled and rejected, and per-dispatch times. */
export type StageTimings = Record<
  StageName,
  {
    ms: number;
    messages: number;
    rejected: number;
    duplicates: number;
    /** Mean time per dispatch of each chunk, in ms (the stage handles a chunk at once). */
    perDispatchMs: number[];
  }
>;

interface BusMessage extends StageInput {
  readonly ref: number;
}

/**
 * The whole pipeline in one process: the same stage handlers as the workers, joined by an
 * in-process bus instead of Kafka, with dedup state in memory. Inputs go through in chunks, so
 * memory stays bounded on long feeds and dedup sees earlier chunks.
 */
export class EmbeddedPipeline {
  private readonly handlers: readonly StageHandler[];
  private readonly now: () => Date;
  private readonly timings: StageTimings;
  private readonly seenIds = new Set<string>();

  private constructor(handlers: readonly StageHandler[], options: EmbeddedPipelineOptions) {
    this.handlers = handlers;
    this.now = options.now ?? (() => new Date());
    this.timings = Object.fromEntries(
      STAGE_NAMES.map((n) => [
        n,
        { ms: 0, messages: 0, rejected: 0, duplicates: 0, perDispatchMs: [] as number[] },
      ]),
    ) as StageTimings;
  }

  /** Builds the stages (loading their data once) over a fresh in-memory dedup store. */
  static async create(options: EmbeddedPipelineOptions): Promise<EmbeddedPipeline> {
    const store = new InMemoryDedupStore();
    const names = options.stages ?? STAGE_NAMES;
    const handlers: StageHandler[] = [];
    for (const name of names) {
      handlers.push(await createStage(name, { dedupStore: store, defaultAgency: options.defaultAgency }));
    }
    return new EmbeddedPipeline(handlers, options);
  }

  /** Names and versions of the stages this pipeline runs. */
  get stages(): readonly { name: StageName; version: string }[] {
    return this.handlers.map((h) => ({ name: h.name, version: h.version }));
  }

  stageTimings(): StageTimings {
    return structuredClone(this.timings);
  }

  /** Runs a chunk of inputs through every stage; results come back in input order. */
  async process(inputs: readonly EmbeddedInput[]): Promise<EmbeddedResult[]> {
    const arrivedAt = this.now();
    const results: Mutable[] = inputs.map((input) => ({ source: input.source, strikes: [] }));
    let queue: BusMessage[] = inputs.map((input, ref) => ({ ref, value: input.value, arrivedAt }));
    for (const handler of this.handlers) {
      const started = performance.now();
      const outcomes = await handler.handleBatch(queue);
      const timing = this.timings[handler.name];
      const elapsed = performance.now() - started;
      timing.ms += elapsed;
      timing.messages += queue.length;
      if (queue.length > 0) timing.perDispatchMs.push(elapsed / queue.length);
      const next: BusMessage[] = [];
      outcomes.forEach((outcome, i) => {
        const message = queue[i]!;
        const result = results[message.ref]!;
        const duplicateBefore = result.duplicate !== undefined;
        if (!outcome.ok) {
          timing.rejected += 1;
          result.rejected = {
            stage: handler.name,
            error: outcome.error,
            deadLetter: deadLetterOf(handler.name, outcome.error, inputs[message.ref]!),
          };
          return;
        }
        for (const output of outcome.outputs) {
          this.route(output.topic, output.value, message, result, next);
        }
        if (result.duplicate && !duplicateBefore) timing.duplicates += 1;
        if (outcome.dropped && result.duplicate)
          result.duplicate = { ...result.duplicate, event: outcome.dropped };
      });
      queue = next;
    }
    for (const message of queue) results[message.ref]!.enriched = message.value as DispatchEvent;
    return results;
  }

  private route(topic: TopicKey, value: object, from: BusMessage, result: Mutable, next: BusMessage[]): void {
    switch (topic) {
      case 'duplicates':
        result.duplicate = { record: value as DuplicateRecord };
        return;
      case 'strikeEvents':
        result.strikes.push(value as StrikeEvent);
        return;
      case 'unique': {
        // Two inputs with one id are one dispatch sent twice: Kafka's exactly-once would keep
        // one, so the embedded run reports the second as a duplicate of the first.
        const event = value as DispatchEvent;
        if (this.seenIds.has(event.id)) {
          result.duplicate = {
            record: {
              schemaVersion: SCHEMA_VERSION,
              id: event.id,
              agency: event.agency,
              storyId: event.storyId,
              receivedAt: event.receivedAt,
              duplicateOf: event.id,
              reason: 'same dispatch id',
              similarity: 1,
              fingerprint: event.dedup.fingerprint,
            },
            event: {
              ...event,
              dedup: { ...event.dedup, status: 'duplicate', duplicateOf: event.id, similarity: 1 },
            },
          };
          return;
        }
        this.seenIds.add(event.id);
        next.push({ ...from, value });
        return;
      }
      default:
        next.push({ ...from, value });
    }
  }
}

type Mutable = { -readonly [K in keyof EmbeddedResult]: EmbeddedResult[K] } & { strikes: StrikeEvent[] };

function deadLetterOf(stage: StageName, error: PipelineError, input: EmbeddedInput): DeadLetter {
  return {
    schemaVersion: SCHEMA_VERSION,
    stage,
    errorCode: error.code,
    errorMessage: error.message,
    attempt: 1,
    source: input.source,
    payload: JSON.stringify(input.value),
  };
}
