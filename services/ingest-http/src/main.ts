import { loadConfig } from './config';
import { startIngestHttp } from './start-ingest-http';

startIngestHttp(loadConfig(process.env), { shutdownSignals: true }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
