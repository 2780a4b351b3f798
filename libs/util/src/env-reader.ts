import { PipelineError } from './pipeline-error';
import { Secret } from './secret';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads a whole file as UTF-8 (the caller passes `fs.readFileSync`, keeping this library pure). */
export type ReadTextFile = (path: string) => string;

export interface EnvReaderOptions {
  /** For `*_FILE` variables; without it they are reported as unsupported. */
  readonly readFile?: ReadTextFile;
}

/**
 * Reads configuration from an environment object (the caller passes `process.env`) and collects
 * every problem instead of stopping at the first, so a misconfigured deployment is fixed in one
 * go. Blank values count as unset. Shared by every service's `loadConfig`.
 */
export class EnvReader {
  readonly problems: string[] = [];

  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly options: EnvReaderOptions = {},
  ) {}

  /** The trimmed value, or `fallback` when unset or blank. */
  text(name: string, fallback?: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  }

  /** An integer within `[min, max]`; a problem (and `min`) otherwise. */
  integer(name: string, min: number, max: number, fallback: number): number {
    const text = this.text(name, String(fallback))!;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
      return min;
    }
    return value;
  }

  /** One of `allowed` (case-insensitive), or `fallback` when unset. */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const text = this.text(name);
    if (text === undefined) return fallback;
    const found = allowed.find((a) => a === text.toLowerCase());
    if (found === undefined)
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${text}"`);
    return found ?? fallback;
  }

  /** `true` or `false` (case-insensitive), or `fallback` when unset. */
  flag(name: string, fallback: boolean): boolean {
    return this.oneOf(name, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true';
  }

  /**
   * A credential from `NAME`, or from the file named by `NAME_FILE` (a mounted secret; one trailing
   * newline is dropped). Setting both is a problem. Problems never quote the value.
   */
  secret(name: string): Secret | undefined {
    const direct = this.env[name];
    const path = this.text(`${name}_FILE`);
    if (direct !== undefined && direct !== '' && path !== undefined) {
      this.problems.push(`set ${name} or ${name}_FILE, not both`);
      return undefined;
    }
    if (path === undefined) return direct === undefined || direct === '' ? undefined : new Secret(direct);
    const text = this.readFile(`${name}_FILE`, path);
    if (text === undefined) return undefined;
    const value = text.replace(/\r?\n$/, '');
    if (value === '') this.problems.push(`${name}_FILE: "${path}" is empty`);
    return value === '' ? undefined : new Secret(value);
  }

  /** The contents of the file named by `name` (a certificate, a key), or undefined when unset. */
  fileText(name: string): string | undefined {
    const path = this.text(name);
    return path === undefined ? undefined : this.readFile(name, path);
  }

  private readFile(name: string, path: string): string | undefined {
    if (this.options.readFile === undefined) {
      this.problems.push(`${name} is not supported here`);
      return undefined;
    }
    try {
      return this.options.readFile(path);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      this.problems.push(`${name}: cannot read "${path}"${typeof code === 'string' ? ` (${code})` : ''}`);
      return undefined;
    }
  }

  /** A required `host:port[,host:port]` list. */
  brokers(name: string): string[] {
    const brokers = (this.text(name) ?? '')
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean);
    if (brokers.length === 0) this.problems.push(`${name} is required (host:port[,host:port])`);
    for (const broker of brokers) {
      if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(broker))
        this.problems.push(`${name} entry "${broker}" is not host:port`);
    }
    return brokers;
  }

  /** A topic prefix: letters, digits, `.`, `_` and `-` only (Kafka's topic alphabet). */
  topicPrefix(name: string): string {
    const prefix = this.text(name, '')!;
    if (!/^[A-Za-z0-9._-]*$/.test(prefix))
      this.problems.push(`${name} may only hold letters, digits, ".", "_" and "-"`);
    return prefix;
  }

  /** Adds a problem found by a rule across variables. */
  problem(message: string): void {
    this.problems.push(message);
  }

  /** Throws one non-retryable WIRE_CONFIG_INVALID error listing every problem, if there are any. */
  check(service: string): void {
    if (this.problems.length > 0) {
      throw PipelineError.nonRetryable(
        'WIRE_CONFIG_INVALID',
        `invalid configuration for ${service}:\n  - ${this.problems.join('\n  - ')}`,
      );
    }
  }
}
