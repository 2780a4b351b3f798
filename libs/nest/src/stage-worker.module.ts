import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { WorkerMetrics } from '@wirestream/observability';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { stageControllerFor } from './stage.controller';
import { StageRunner } from './stage-runner';
import { WorkerProbes } from './worker-probes';

/** Closes what the worker opened besides Kafka (e.g. Redis), after the transport has stopped. */
class ResourceCloser implements OnApplicationShutdown {
  constructor(private readonly close: () => Promise<void>) {}

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}

export interface StageWorkerModuleOptions {
  readonly runner: StageRunner;
  /** Message pattern of the stage's input topic. */
  readonly pattern: string;
  readonly metrics: WorkerMetrics;
  readonly probes: WorkerProbes;
  readonly onShutdown: () => Promise<void>;
}

/** The Nest module of one stage worker: its stage controller, `/health` and `/metrics`. */
@Module({})
export class StageWorkerModule {
  static forStage(options: StageWorkerModuleOptions): DynamicModule {
    return {
      module: StageWorkerModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [stageControllerFor(options.pattern), HealthController, MetricsController],
      providers: [
        { provide: StageRunner, useValue: options.runner },
        { provide: WorkerMetrics, useValue: options.metrics },
        { provide: WorkerProbes, useValue: options.probes },
        { provide: ResourceCloser, useValue: new ResourceCloser(options.onShutdown) },
      ],
    };
  }
}
