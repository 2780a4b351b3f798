export { ERROR_CODES, isErrorCode, type ErrorCode } from './error-codes';
export { PipelineError, toPipelineError, type PipelineErrorOptions } from './pipeline-error';
export { EnvReader, LOG_LEVELS, type EnvReaderOptions, type ReadTextFile } from './env-reader';
export { Secret } from './secret';
export { maskSecrets, maskUrlCredentials } from './mask-credentials';
