import { createDeduplicator, type DedupStore } from '@wirestream/dedup';
import { createLanguageDetector } from '@wirestream/nlp-segmentation';
import { type StageHandler, type StageName } from './stage-handler';
import { createDedupStage } from './stages/dedup.stage';
import { createEntitiesStage } from './stages/entities.stage';
import { createSegmentationStage } from './stages/segmentation.stage';
import { createStrikesStage } from './stages/strikes.stage';

export interface StageOptions {
  /** Dedup state: in memory for the embedded runtime, Redis for the workers. */
  readonly dedupStore: DedupStore;
  /** Agency assumed when an envelope names none. @default 'unknown' */
  readonly defaultAgency?: string;
}

/**
 * Builds one stage by name, with the same wiring for the embedded runtime and the workers.
 * Data-heavy stages load their tables here, once per process (hence async: the language
 * detector is an ES module loaded with import()).
 */
export async function createStage(name: StageName, options: StageOptions): Promise<StageHandler> {
  switch (name) {
    case 'dedup':
      return createDedupStage({
        store: options.dedupStore,
        deduplicator: await createDeduplicator(),
        ...(options.defaultAgency === undefined ? {} : { defaultAgency: options.defaultAgency }),
      });
    case 'segmentation':
      return createSegmentationStage({ detectLanguage: await createLanguageDetector() });
    case 'entities':
      return createEntitiesStage();
    case 'strikes':
      return createStrikesStage();
  }
}
