export { createLogger, REDACTED_PATHS, type LoggerConfig, type Logger } from './create-logger';
