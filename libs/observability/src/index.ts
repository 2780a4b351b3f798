export { createLogger, REDACTED_PATHS, type LoggerConfig, type Logger } from './create-logger';
export { LatencyWindow } from './latency-window';
export { WorkerMetrics, METRIC_NAMES } from './worker-metrics';
