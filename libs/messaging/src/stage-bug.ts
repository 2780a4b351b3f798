import { PipelineError } from '@wirestream/util';

/**
 * Attempts a chunk gets when its handler throws an error that is no outage (a bug in a stage):
 * then each record of the chunk is dead-lettered with `WIRE_STAGE_BUG` rather than stalling the
 * partition for ever.
 */
export const STAGE_BUG_ATTEMPTS = 3;

/** What the handler threw, when it was neither an outage nor Kafka's: a stage bug. */
export class StageBug extends Error {
  override readonly name = 'StageBug';

  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * Whether a thrown error is an outage to wait out: a retryable `PipelineError` (Redis down, …) or a
 * kafkajs error. Everything else thrown by a handler is a bug of its stage.
 */
export function isOutage(error: unknown): boolean {
  if (PipelineError.is(error)) return error.retryable;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.startsWith('KafkaJS');
}

/** The dead-letter error of each record of a chunk whose handler kept failing with a bug. */
export function stageBugError(bug: StageBug, attempts: number): PipelineError {
  return PipelineError.nonRetryable(
    'WIRE_STAGE_BUG',
    `the stage failed ${attempts} times on this batch: ${bug.message}`,
    { cause: bug.error },
  );
}
