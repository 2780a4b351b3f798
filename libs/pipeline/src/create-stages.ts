import { type DedupStore } from '@wirestream/dedup';
const detectLanguage = (_t: string) => ({ language: 'fr', confidence: 0 }); // TEMP
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
 * Data-heavy stages load their tables here, once per process.
 */
export function createStage(name: StageName, options: StageOptions): StageHandler {
  switch (name) {
    case 'dedup':
      return createDedupStage({
        store: options.dedupStore,
        ...(options.defaultAgency === undefined ? {} : { defaultAgency: options.defaultAgency }),
      });
    case 'segmentation':
      return createSegmentationStage({ detectLanguage });
    case 'entities':
      return createEntitiesStage();
    case 'strikes':
      return createStrikesStage();
  }
}
