import {
  type DeadLetter,
  type DispatchEvent,
  type DuplicateRecord,
  ENTRY_TOPIC,
  isDispatchTopic,
  SCHEMA_VERSION,
  STAGES,
  type StrikeEvent,
  type TopicKey,
} from '@wirestream/contracts';
import { InMemoryDedupStore } from '@wirestream/dedup';
import { type PipelineError } from '@wirestream/util';
import { createStage } from './create-stages';
import { SameIdGuard } from './same-id-guard';
import { STAGE_NAMES, type StageHandler, type StageInput, type StageName } from './stage-handler';

/** One input of the embedded runtime: a decoded envelope and where it came from. */
export interface EmbeddedInput {
  readonly value: unknown;
  /** A file and line, for error messages and dead letters. */
  readonly source: string;
}

/** A record produced on a topic no running stage consumes: what the pipeline hands on. */
export interface SinkRecord {
  readonly topic: TopicKey;
  readonly value: object;
}

/** What became of one input, in input order. */
export interface EmbeddedResult {
  readonly source: string;
  /** The dispatch as it left the last stage that ran (on `dispatch.enriched` for a full run). */
  readonly enriched?: DispatchEvent;
  readonly duplicate?: { readonly record: DuplicateRecord; readonly event?: DispatchEvent };
  readonly rejected?: {
    readonly stage: StageName;
    readonly error: PipelineError;
    readonly deadLetter: DeadLetter;
  };
  readonly strikes: readonly StrikeEvent[];
  /** Every record produced on a topic no running stage consumes, in the order produced. */
  readonly sinks: readonly SinkRecord[];
}

export interface EmbeddedPipelineOptions {
  /** Agency assumed when an envelope names none (`file` for files read by the CLI). */
  readonly defaultAgency: string;
  /** The clock that stamps arrival. @default () => new Date() */
  readonly now?: () => Date;
  /** Stages to run; they run in flow order whatever the order given. @default every stage */
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

type Mutable = { -readonly [K in keyof EmbeddedResult]: EmbeddedResult[K] } & {
  strikes: StrikeEvent[];
  sinks: SinkRecord[];
};

/**
 * The whole pipeline in one process: the same stage handlers as the workers, joined by an
 * in-process bus instead of Kafka, with dedup state in memory. The bus routes by subscription as
 * Kafka does: a record goes to the stages whose registry input is its topic, and a record on a
 * topic no running stage reads is a sink record of its input's result. Inputs go through in
 * chunks, so memory stays bounded on long feeds and dedup sees earlier chunks.
 */
export class EmbeddedPipeline {
  private readonly now: () => Date;
  private readonly timings: StageTimings;
  private readonly sameId = new SameIdGuard();
  private readonly consumed: ReadonlySet<TopicKey>;

  private constructor(
    private readonly handlers: readonly StageHandler[],
    options: EmbeddedPipelineOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.consumed = new Set(handlers.map((h) => STAGES[h.name].input));
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
    const wanted = new Set(options.stages ?? STAGE_NAMES);
    const names = STAGE_NAMES.filter((n) => wanted.has(n));
    const fed = new Set<TopicKey>([ENTRY_TOPIC, ...names.flatMap((n) => STAGES[n].outputs)]);
    const unfed = names.filter((n) => !fed.has(STAGES[n].input));
    if (unfed.length > 0) {
      throw new Error(
        `no stage asked for produces the input of ${unfed.join(', ')}: add the stages before it`,
      );
    }
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
    const results: Mutable[] = inputs.map((input) => ({ source: input.source, strikes: [], sinks: [] }));
    // One queue per topic for this chunk; stages run in flow order, so a stage's queue is full
    // when its turn comes.
    const queues = new Map<TopicKey, BusMessage[]>([
      [ENTRY_TOPIC, inputs.map((input, ref) => ({ ref, value: input.value, arrivedAt }))],
    ]);
    for (const handler of this.handlers) {
      const input = STAGES[handler.name].input;
      const queue = queues.get(input) ?? [];
      queues.delete(input);
      const started = performance.now();
      const outcomes = await handler.handleBatch(queue);
      const timing = this.timings[handler.name];
      const elapsed = performance.now() - started;
      timing.ms += elapsed;
      timing.messages += queue.length;
      if (queue.length > 0) timing.perDispatchMs.push(elapsed / queue.length);
      outcomes.forEach((outcome, i) => {
        const message = queue[i]!;
        const result = results[message.ref]!;
        if (!outcome.ok) {
          timing.rejected += 1;
          result.rejected = {
            stage: handler.name,
            error: outcome.error,
            deadLetter: deadLetterOf(handler.name, outcome.error, inputs[message.ref]!),
          };
          return;
        }
        const duplicateBefore = result.duplicate !== undefined;
        for (const output of outcome.outputs) {
          this.deliver(input, output.topic, output.value, message, result, queues);
        }
        if (result.duplicate && !duplicateBefore) timing.duplicates += 1;
        if (outcome.dropped && result.duplicate)
          result.duplicate = { ...result.duplicate, event: outcome.dropped };
      });
    }
    return results;
  }

  private deliver(
    from: TopicKey,
    topic: TopicKey,
    value: object,
    message: BusMessage,
    result: Mutable,
    queues: Map<TopicKey, BusMessage[]>,
  ): void {
    if (from === ENTRY_TOPIC && isDispatchTopic(topic)) {
      const repeated = this.sameId.check(value as DispatchEvent);
      if (repeated) {
        result.duplicate = repeated;
        return;
      }
    }
    // The views `wire run` prints: the dispatch as the last stage of the chain left it (stages run in
    // flow order, so the last one written is the furthest along), what dedup held back, strike events.
    if (isDispatchTopic(topic)) result.enriched = value as DispatchEvent;
    else if (topic === 'duplicates') result.duplicate = { record: value as DuplicateRecord };
    else if (topic === 'strikeEvents') result.strikes.push(value as StrikeEvent);
    if (this.consumed.has(topic)) {
      const queue = queues.get(topic) ?? [];
      queue.push({ ...message, value });
      queues.set(topic, queue);
    } else {
      result.sinks.push({ topic, value });
    }
  }
}

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
