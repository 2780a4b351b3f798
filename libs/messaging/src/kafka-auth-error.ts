import { PipelineError } from '@wirestream/util';

/**
 * True for errors that waiting cannot fix: the broker refused the SASL login, or its TLS certificate
 * did not verify. A worker stops on them with a clear message instead of retrying for ever.
 */
export function isKafkaAuthError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'KafkaJSSASLAuthenticationError') return true;
  return /certificate|self[- ]signed|unable to verify|ERR_TLS_CERT/i.test(error.message);
}

/** The stop error for {@link isKafkaAuthError}; kafkajs's message names mechanism and reason, not the password. */
export function kafkaAuthFailure(error: Error, security: string): PipelineError {
  return PipelineError.nonRetryable(
    'WIRE_AUTH_FAILED',
    `Kafka refused the connection (${security}): ${error.message}`,
  );
}
