export { ERROR_CODES, isErrorCode, type ErrorCode } from './error-codes';
export { PipelineError, toPipelineError, type PipelineErrorOptions } from './pipeline-error';
export { EnvReader, LOG_LEVELS } from './env-reader';
