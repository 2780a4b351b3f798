/** The streams a command uses, passed in so tests can run commands in-process. */
export interface CommandIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/**
 * Exit codes: 0 all good, 1 some input rejected, 2 usage error, 69 a service (Kafka) unreachable,
 * 70 an internal error (sysexits.h's EX_UNAVAILABLE and EX_SOFTWARE).
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2, unavailable: 69, internal: 70 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** No broker answered: what the operator can change is the broker list. */
export class BrokerUnreachable extends Error {
  override readonly name = 'BrokerUnreachable';

  constructor(
    readonly brokers: readonly string[],
    reason: string,
  ) {
    super(
      `cannot reach the Kafka broker${brokers.length > 1 ? 's' : ''} ${brokers.join(',')} (${reason}); ` +
        'check that it runs, or point --brokers / KAFKA_BROKERS at one that does',
    );
  }
}
