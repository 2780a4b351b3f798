import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type PublishRecord } from '@wirestream/messaging';
import { createLogger } from '@wirestream/observability';
import { Writable } from 'node:stream';
import { type IngestHttpConfig, loadConfig } from './config';
import { type DispatchSink } from './dispatch-sink';
import { IngestHttpModule } from './ingest-http.module';
import { IngestMetrics } from './ingest-metrics';

export const AFP_TOKEN = 'afp-0123456789abcdef';
export const REUTERS_TOKEN = 'reuters-0123456789abcdef';

/** Records what would go to `dispatch.raw`; `failWith` makes every publish fail like a broker outage. */
export class FakeSink implements DispatchSink {
  readonly published: PublishRecord[][] = [];
  failWith: Error | undefined;
  ready = true;

  publish(records: readonly PublishRecord[]): Promise<void> {
    if (this.failWith !== undefined) return Promise.reject(this.failWith);
    this.published.push([...records]);
    return Promise.resolve();
  }

  probe(): Promise<boolean> {
    return Promise.resolve(this.ready);
  }

  get records(): PublishRecord[] {
    return this.published.flat();
  }
}

/** The door's module on a fake sink, as `startIngestHttp` builds it (raw bodies, no body parser). */
export async function startTestApp(
  env: Record<string, string> = {},
): Promise<{ app: INestApplication; sink: FakeSink; config: IngestHttpConfig; logs: string[] }> {
  const config = loadConfig({
    KAFKA_BROKERS: 'localhost:9092',
    INGEST_TOKENS: `AFP:${AFP_TOKEN},REUTERS:${REUTERS_TOKEN}`,
    ...env,
  });
  const sink = new FakeSink();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ service: 'ingest-http', version: 'test', level: 'debug', destination });
  const moduleRef = await Test.createTestingModule({
    imports: [
      IngestHttpModule.forRoot({
        config,
        sink,
        metrics: new IngestMetrics({ defaultMetrics: false }),
        logger,
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  await app.init();
  return { app, sink, config, logs };
}
