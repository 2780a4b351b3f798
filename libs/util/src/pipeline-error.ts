import { type ErrorCode } from './error-codes';

const BRAND = Symbol.for('wirestream.PipelineError');

/** Options for {@link PipelineError}. */
export interface PipelineErrorOptions {
  /** Whether the same input may succeed on a later attempt (an outage, not bad content). */
  readonly retryable: boolean;
  /** The error that caused this one. */
  readonly cause?: unknown;
  /** Where the problem is, e.g. a file and line, for messages shown to people. */
  readonly location?: string;
}

/**
 * The one error type the pipeline classifies. Content problems are non-retryable and end in
 * the dead-letter topic; infrastructure problems are retryable and never dead-letter data.
 * The brand survives duplicate copies of this package, where `instanceof` would not.
 */
export class PipelineError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly location: string | undefined;

  constructor(code: ErrorCode, message: string, options: PipelineErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PipelineError';
    this.code = code;
    this.retryable = options.retryable;
    this.location = options.location;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** An error caused by the input itself: retrying the same input cannot help. */
  static nonRetryable(
    code: ErrorCode,
    message: string,
    options: Omit<PipelineErrorOptions, 'retryable'> = {},
  ): PipelineError {
    return new PipelineError(code, message, { ...options, retryable: false });
  }

  /** An error of the surroundings (broker, Redis): the same input may pass later. */
  static retryable(
    code: ErrorCode,
    message: string,
    options: Omit<PipelineErrorOptions, 'retryable'> = {},
  ): PipelineError {
    return new PipelineError(code, message, { ...options, retryable: true });
  }

  /** Brand check that works across package copies. */
  static is(value: unknown): value is PipelineError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Converts anything thrown into a PipelineError; unknown errors are content errors of a stage. */
export function toPipelineError(error: unknown, fallback: ErrorCode = 'WIRE_STAGE_FAILED'): PipelineError {
  if (PipelineError.is(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return PipelineError.nonRetryable(fallback, message, { cause: error });
}
