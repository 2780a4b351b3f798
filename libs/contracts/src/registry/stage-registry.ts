import { type TopicKey } from './topic-registry';

/** How a stage's worker runs by default; every field can be overridden by its environment. */
export interface WorkerDefaults {
  /** The service name: logs, metrics labels, consumer group and client id derive from it. */
  readonly service: string;
  /** Port of `/health` and `/metrics`. */
  readonly httpPort: number;
  /** The worker keeps state in Redis (and fails to start without `REDIS_URL`). */
  readonly needsRedis: boolean;
}

/** One stage: the topic it consumes, the topics it may produce, and its worker's defaults. */
export interface StageDefinition {
  readonly title: string;
  readonly input: TopicKey;
  readonly outputs: readonly TopicKey[];
  readonly worker: WorkerDefaults;
}

/**
 * Every stage of the pipeline: the one place a stage is added (its implementation and version come
 * from `@wirestream/pipeline`, whose stage table the compiler checks against this one). The flow
 * order is not written anywhere: it follows from inputs and outputs ({@link flowOrder}).
 */
export const STAGES = {
  dedup: {
    title: 'de-duplication',
    input: 'raw',
    outputs: ['unique', 'duplicates'],
    worker: { service: 'dedup-worker', httpPort: 9101, needsRedis: true },
  },
  segmentation: {
    title: 'sentence segmentation',
    input: 'unique',
    outputs: ['segmented'],
    worker: { service: 'segmenter-worker', httpPort: 9102, needsRedis: false },
  },
  entities: {
    title: 'entity tagging',
    input: 'segmented',
    outputs: ['tagged'],
    worker: { service: 'entity-tagger-worker', httpPort: 9103, needsRedis: false },
  },
  strikes: {
    title: 'strike-count extraction',
    input: 'tagged',
    outputs: ['enriched', 'strikeEvents'],
    worker: { service: 'strike-count-worker', httpPort: 9104, needsRedis: false },
  },
  summary: {
    title: 'story summaries',
    input: 'enriched',
    outputs: ['summary'],
    worker: { service: 'summary-worker', httpPort: 9105, needsRedis: false },
  },
} as const satisfies Record<string, StageDefinition>;

export type StageName = keyof typeof STAGES;
/** The topics stage `S` may produce: a stage's outputs are typed by this. */
export type StageOutputTopic<S extends StageName> = (typeof STAGES)[S]['outputs'][number];
