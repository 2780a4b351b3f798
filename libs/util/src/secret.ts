const REDACTED = '[redacted]';

/**
 * A credential read from configuration. It prints as `[redacted]` however it is turned into text
 * (template string, JSON, `util.inspect`, a pino log line), so a config object holding one can be
 * logged or thrown without leaking it; only {@link Secret.reveal} gives the value, at the one place
 * that hands it to a client library.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}
