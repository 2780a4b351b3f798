import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type DynamicModule, Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { type Logger } from '@wirestream/observability';
import { type IngestHttpConfig } from './config';
import { DispatchesController } from './dispatches.controller';
import { DISPATCH_SINK, type DispatchSink } from './dispatch-sink';
import { HealthController } from './health.controller';
import { IngestExceptionFilter } from './ingest-exception.filter';
import { IngestMetrics } from './ingest-metrics';
import { INGEST_CONFIG, INGEST_LOGGER, IngestService } from './ingest.service';
import { MetricsController } from './metrics.controller';

/** What the module is built from; tests pass a fake sink. */
export interface IngestHttpModuleOptions {
  readonly config: IngestHttpConfig;
  readonly sink: DispatchSink;
  readonly metrics: IngestMetrics;
  readonly logger: Logger;
}

/** The HTTP door: `POST /dispatches`, `GET /health`, `GET /metrics`. */
@Module({})
export class IngestHttpModule implements NestModule {
  constructor(@Inject(IngestMetrics) private readonly metrics: IngestMetrics) {}

  static forRoot(options: IngestHttpModuleOptions): DynamicModule {
    return {
      module: IngestHttpModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [DispatchesController, HealthController, MetricsController],
      providers: [
        IngestService,
        { provide: INGEST_CONFIG, useValue: options.config },
        { provide: DISPATCH_SINK, useValue: options.sink },
        { provide: IngestMetrics, useValue: options.metrics },
        { provide: INGEST_LOGGER, useValue: options.logger },
        { provide: APP_FILTER, useClass: IngestExceptionFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const metrics = this.metrics;
    // Counted when the answer is sent, so every status (the filter's included) is seen once.
    consumer
      .apply((_req: IncomingMessage, res: ServerResponse, next: () => void) => {
        res.on('finish', () => metrics.request(res.statusCode));
        next();
      })
      .forRoutes('dispatches');
  }
}
