import { PipelineError } from '@wirestream/util';

/** The HTTP door's configuration, parsed once from the environment at start. */
export interface IngestHttpConfig {
  readonly service: string;
  readonly kafkaBrokers: readonly string[];
  readonly topicPrefix: string;
  readonly httpPort: number;
  readonly httpHost: string;
  /** Bearer token → the agency it speaks for. */
  readonly tokens: ReadonlyMap<string, string>;
  /** Largest request body accepted, in bytes, checked before any parsing. */
  readonly maxBytes: number;
  /** How long a publish may take before the request is answered 503. */
  readonly publishTimeoutMs: number;
  readonly logLevel: string;
  readonly logFormat: 'json' | 'pretty' | undefined;
}

/** Every variable the service reads, with its default (documented in the README). */
export const INGEST_ENV_DEFAULTS = {
  KAFKA_BROKERS: undefined,
  TOPIC_PREFIX: '',
  HTTP_PORT: '8080',
  HTTP_HOST: '0.0.0.0',
  INGEST_TOKENS: undefined,
  INGEST_MAX_BYTES: String(1024 * 1024),
  INGEST_PUBLISH_TIMEOUT_MS: '5000',
  LOG_LEVEL: 'info',
  LOG_FORMAT: undefined,
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Parses and validates the environment. Pure: the caller passes `process.env`. Fails with one
 * `WIRE_CONFIG_INVALID` error listing every problem; token values never appear in it.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): IngestHttpConfig {
  const problems: string[] = [];
  const read = (name: keyof typeof INGEST_ENV_DEFAULTS): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? INGEST_ENV_DEFAULTS[name] : value;
  };
  const integer = (name: keyof typeof INGEST_ENV_DEFAULTS, min: number, max: number): number => {
    const text = read(name) ?? '';
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
      return min;
    }
    return value;
  };

  const kafkaBrokers = (read('KAFKA_BROKERS') ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (kafkaBrokers.length === 0) problems.push('KAFKA_BROKERS is required (host:port[,host:port])');
  for (const broker of kafkaBrokers) {
    if (!/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/.test(broker))
      problems.push(`KAFKA_BROKERS entry "${broker}" is not host:port`);
  }
  const topicPrefix = read('TOPIC_PREFIX') ?? '';
  if (!/^[A-Za-z0-9._-]*$/.test(topicPrefix))
    problems.push('TOPIC_PREFIX may only hold letters, digits, ".", "_" and "-"');
  const tokens = parseTokens(read('INGEST_TOKENS'), problems);
  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const logFormat = read('LOG_FORMAT');
  if (logFormat !== undefined && logFormat !== 'json' && logFormat !== 'pretty')
    problems.push(`LOG_FORMAT must be json or pretty, got "${logFormat}"`);

  const config: IngestHttpConfig = {
    service: 'ingest-http',
    kafkaBrokers,
    topicPrefix,
    httpPort: integer('HTTP_PORT', 0, 65535),
    httpHost: read('HTTP_HOST') ?? '0.0.0.0',
    tokens,
    maxBytes: integer('INGEST_MAX_BYTES', 1, 64 * 1024 * 1024),
    publishTimeoutMs: integer('INGEST_PUBLISH_TIMEOUT_MS', 100, 120_000),
    logLevel,
    logFormat: logFormat === 'json' || logFormat === 'pretty' ? logFormat : undefined,
  };
  if (problems.length > 0) {
    throw PipelineError.nonRetryable(
      'WIRE_CONFIG_INVALID',
      `invalid configuration for ingest-http:\n  - ${problems.join('\n  - ')}`,
    );
  }
  return Object.freeze(config);
}

/** `AFP:token1,REUTERS:token2` → token → agency. Problems name the entry by position, never by token. */
function parseTokens(text: string | undefined, problems: string[]): ReadonlyMap<string, string> {
  const tokens = new Map<string, string>();
  if (text === undefined) {
    problems.push('INGEST_TOKENS is required (AGENCY:token[,AGENCY:token])');
    return tokens;
  }
  text.split(',').forEach((entry, i) => {
    const colon = entry.indexOf(':');
    const agency = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    const where = `INGEST_TOKENS entry ${i + 1}`;
    if (colon < 0 || agency === '' || token === '') {
      problems.push(`${where} is not AGENCY:token`);
    } else if (!/^[A-Za-z0-9][\w.-]{0,127}$/.test(agency)) {
      problems.push(`${where}: agency "${agency}" may only hold letters, digits, ".", "_" and "-"`);
    } else if (token.length < 16 || !/^[\x21-\x7e]+$/.test(token)) {
      problems.push(
        `${where} (${agency}): the token must be at least 16 printable characters without spaces`,
      );
    } else if (tokens.has(token)) {
      problems.push(`${where} (${agency}): the same token is already given to ${tokens.get(token)}`);
    } else {
      tokens.set(token, agency);
    }
  });
  return tokens;
}
