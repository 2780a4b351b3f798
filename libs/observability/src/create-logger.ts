import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export interface LoggerConfig {
  /** Service name, bound to every line. */
  readonly service: string;
  readonly version: string;
  /** @default 'info' */
  readonly level?: string;
  /** Where lines go; stdout by default. Tests pass a sink. */
  readonly destination?: NodeJS.WritableStream;
  /**
   * `json` (one object per line, for log shippers) or `pretty` (coloured, for a terminal).
   * @default 'pretty' when stdout is a terminal, else 'json'
   */
  readonly format?: 'json' | 'pretty';
}

/** Paths whose values never reach a log line. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'redisUrl',
  '*.redisUrl',
  'sasl',
  '*.sasl',
];

/**
 * The root logger of a process: JSON lines with `service` and `version`, errors under `err`,
 * credentials redacted. Child loggers add message coordinates.
 */
export function createLogger(config: LoggerConfig): Logger {
  const options: LoggerOptions = {
    name: config.service,
    level: config.level ?? 'info',
    base: { service: config.service, version: config.version },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (config.destination) return pino(options, config.destination);
  const format = config.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  if (format === 'pretty') {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } },
    });
  }
  return pino(options);
}
