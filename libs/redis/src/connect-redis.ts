import { maskUrlCredentials, PipelineError } from '@wirestream/util';
import { type Redis } from 'ioredis';

const REFUSED = /WRONGPASS|NOAUTH|NOPERM|certificate|self[- ]signed|unable to verify/i;

/**
 * Connects a lazy client once, for a worker's start. ioredis rejects `connect()` with a bare
 * "Connection is closed."; the reason (a refused login, an unverified certificate) comes as an
 * `error` event, so it is caught here and put in the error. A refused login is `WIRE_AUTH_FAILED`:
 * waiting does not fix it. The client is disconnected on failure, so it stops retrying.
 */
export async function connectRedis(redis: Redis, where: string): Promise<void> {
  let reason: string | undefined;
  const onError = (error: Error) => {
    reason ??= error.message;
  };
  redis.on('error', onError);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    const message = reason ?? (error instanceof Error ? error.message : String(error));
    const text = `Redis at ${maskUrlCredentials(where)}: ${message}`;
    throw REFUSED.test(message)
      ? PipelineError.nonRetryable('WIRE_AUTH_FAILED', `refused by ${text}`)
      : PipelineError.retryable('WIRE_INFRA_UNAVAILABLE', `cannot connect to ${text}`);
  } finally {
    redis.off('error', onError);
  }
}
