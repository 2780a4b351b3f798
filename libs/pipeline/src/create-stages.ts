import { type StageName } from '@wirestream/contracts';
import { createDeduplicator, type DedupStore } from '@wirestream/dedup';
import { createLanguageDetector } from '@wirestream/nlp-segmentation';
import { type StageHandler } from './stage-handler';
import { createDedupStage } from './stages/dedup.stage';
import { createEntitiesStage } from './stages/entities.stage';
import { createSegmentationStage } from './stages/segmentation.stage';
import { createStrikesStage } from './stages/strikes.stage';
import { createSummaryStage } from './stages/summary.stage';

export interface StageOptions {
  /** Dedup state: in memory for the embedded runtime, Redis for the workers. */
  readonly dedupStore: DedupStore;
  /** Agency assumed when an envelope names none. @default 'unknown' */
  readonly defaultAgency?: string;
}

/**
 * How each stage of the registry (`STAGES` in `@wirestream/contracts`) is built: one entry per
 * stage, which the compiler demands. Data-heavy stages load their tables here, once per process
 * (hence async: the language detector is an ES module loaded with import()).
 */
const STAGE_FACTORIES: { readonly [S in StageName]: (options: StageOptions) => Promise<StageHandler<S>> } = {
  dedup: async (options) =>
    createDedupStage({
      store: options.dedupStore,
      deduplicator: await createDeduplicator(),
      ...(options.defaultAgency === undefined ? {} : { defaultAgency: options.defaultAgency }),
    }),
  segmentation: async () => createSegmentationStage({ detectLanguage: await createLanguageDetector() }),
  entities: () => Promise.resolve(createEntitiesStage()),
  strikes: () => Promise.resolve(createStrikesStage()),
  summary: () => Promise.resolve(createSummaryStage()),
};

/** Builds one stage by name, with the same wiring for the embedded runtime and the workers. */
export function createStage<S extends StageName>(name: S, options: StageOptions): Promise<StageHandler<S>> {
  return STAGE_FACTORIES[name](options);
}
