export {
  loadStageWorkerConfig,
  loadWorkerConfig,
  WORKER_ENV_DEFAULTS,
  type WorkerConfig,
} from './worker-config';
export { KafkaStageServer, type KafkaStageServerOptions } from './kafka-stage.server';
export { StageRunner } from './stage-runner';
export { stageControllerFor } from './stage.controller';
export { StageWorkerModule, type StageWorkerModuleOptions } from './stage-worker.module';
export { WorkerProbes } from './worker-probes';
export { healthControllerFor } from './health-controller-for';
export { MetricsPublisher } from './metrics-publisher';
export { PinoNestLogger } from './pino-nest-logger';
export {
  runStageWorker,
  startStageWorker,
  type StageWorkerDeps,
  type RunningWorker,
} from './run-stage-worker';
