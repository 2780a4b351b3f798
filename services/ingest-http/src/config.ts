import { readFileSync } from 'node:fs';
import { KAFKA_SECURITY_ENV_DEFAULTS, readKafkaSecurity, type KafkaSecurity } from '@wirestream/messaging';
import { EnvReader, LOG_LEVELS, type ReadTextFile } from '@wirestream/util';

/** The HTTP door's configuration, parsed once from the environment at start. */
export interface IngestHttpConfig {
  readonly service: string;
  readonly kafkaBrokers: readonly string[];
  /** SASL and TLS for Kafka; its secrets print as `[redacted]`. */
  readonly kafkaSecurity: KafkaSecurity;
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
  ...KAFKA_SECURITY_ENV_DEFAULTS,
  TOPIC_PREFIX: '',
  HTTP_PORT: '8080',
  HTTP_HOST: '127.0.0.1',
  INGEST_TOKENS: undefined,
  INGEST_MAX_BYTES: String(1024 * 1024),
  INGEST_PUBLISH_TIMEOUT_MS: '5000',
  LOG_LEVEL: 'info',
  LOG_FORMAT: undefined,
} as const;

/**
 * Parses and validates the environment. Pure: the caller passes `process.env`. Fails with one
 * `WIRE_CONFIG_INVALID` error listing every problem; token values never appear in it.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  readFile: ReadTextFile = (path) => readFileSync(path, 'utf8'),
): IngestHttpConfig {
  const read = new EnvReader(env, { readFile });
  const config: IngestHttpConfig = {
    service: 'ingest-http',
    kafkaBrokers: read.brokers('KAFKA_BROKERS'),
    kafkaSecurity: readKafkaSecurity(read),
    topicPrefix: read.topicPrefix('TOPIC_PREFIX'),
    httpPort: read.integer('HTTP_PORT', 0, 65535, 8080),
    // Loopback unless told: exposing the door is a decision (behind a TLS proxy, see README).
    httpHost: read.text('HTTP_HOST', '127.0.0.1')!,
    tokens: parseTokens(read.text('INGEST_TOKENS'), read),
    maxBytes: read.integer('INGEST_MAX_BYTES', 1, 64 * 1024 * 1024, 1024 * 1024),
    publishTimeoutMs: read.integer('INGEST_PUBLISH_TIMEOUT_MS', 100, 120_000, 5_000),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: read.oneOf('LOG_FORMAT', ['json', 'pretty'] as const),
  };
  read.check('ingest-http');
  return Object.freeze(config);
}

/** `AFP:token1,REUTERS:token2` → token → agency. Problems name the entry by position, never by token. */
function parseTokens(text: string | undefined, read: EnvReader): ReadonlyMap<string, string> {
  const tokens = new Map<string, string>();
  if (text === undefined) {
    read.problem('INGEST_TOKENS is required (AGENCY:token[,AGENCY:token])');
    return tokens;
  }
  text.split(',').forEach((entry, i) => {
    const colon = entry.indexOf(':');
    const agency = entry.slice(0, colon).trim();
    const token = entry.slice(colon + 1).trim();
    const where = `INGEST_TOKENS entry ${i + 1}`;
    if (colon < 0 || agency === '' || token === '') {
      read.problem(`${where} is not AGENCY:token`);
    } else if (!/^[A-Za-z0-9][\w.-]{0,127}$/.test(agency)) {
      read.problem(`${where}: agency "${agency}" may only hold letters, digits, ".", "_" and "-"`);
    } else if (token.length < 16 || !/^[\x21-\x7e]+$/.test(token)) {
      read.problem(`${where} (${agency}): the token must be at least 16 printable characters without spaces`);
    } else if (tokens.has(token)) {
      read.problem(`${where} (${agency}): the same token is already given to ${tokens.get(token)}`);
    } else {
      tokens.set(token, agency);
    }
  });
  return tokens;
}
