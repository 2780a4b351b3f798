export * from './stage-handler';
export { createStage, type StageOptions } from './create-stages';
export {
  EmbeddedPipeline,
  type EmbeddedInput,
  type EmbeddedResult,
  type EmbeddedPipelineOptions,
  type StageTimings,
} from './embedded-pipeline';
export {
  normalizeRawDispatch,
  dispatchIdFor,
  type ReceivedDispatch,
  type ArrivalContext,
} from './normalize-raw';
