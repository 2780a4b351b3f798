export type * from './types';
export { DEFAULT_MAX_BAND_MEMBERS, DEFAULT_MAX_NEIGHBORS } from './types';
export { deduplicate, createDeduplicator, type BatchDecision, type Deduplicator } from './deduplicate';
export { decide, decideNearDuplicate, isWithdrawal } from './decide';
export {
  DEDUP_VERSION,
  DEFAULT_DEDUP_OPTIONS,
  compileDedupOptions,
  type DedupOptions,
} from './dedup-options';
export {
  InMemoryDedupStore,
  DEFAULT_IN_MEMORY_DEDUP_STORE_OPTIONS,
  type InMemoryDedupStoreOptions,
} from './in-memory-dedup-store';
export { sketchDispatch, shingleHashes, type DispatchSketch } from './sketch-dispatch';
export { minHashSignature, estimateJaccard, estimateContainment, lshBands } from './min-hash';
export { factTokens } from './fact-tokens';
export { factSubstitutions, isFormulaicVariant } from './fact-substitutions';
export { loadHash32, fmix32, type Hash32 } from './hash32';
export { DATE_WORDS } from './date-words';
