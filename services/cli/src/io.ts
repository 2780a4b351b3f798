/** The streams a command uses, passed in so tests can run commands in-process. */
export interface CommandIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** Exit codes: 0 all good, 1 some input rejected, 2 usage error. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
