/** The logging this lib needs; pino loggers satisfy it. */
export interface MessagingLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

export const silentLogger: MessagingLogger = { info() {}, warn() {}, error() {}, debug() {} };
