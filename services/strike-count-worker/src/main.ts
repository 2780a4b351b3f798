import { runStageWorker } from '@wirestream/nest';
import { loadConfig } from './config';

runStageWorker(loadConfig(process.env), 'strikes').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
