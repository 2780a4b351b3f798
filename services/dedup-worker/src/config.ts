import { loadStageWorkerConfig, type WorkerConfig } from '@wirestream/nest';

/** The only place this worker reads its environment (see README for the variables). */
export function loadConfig(env: NodeJS.ProcessEnv): WorkerConfig {
  return loadStageWorkerConfig(env, 'dedup');
}
