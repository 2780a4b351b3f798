import { type DynamicModule, Module, type OnApplicationShutdown } from '@nestjs/common';
import { stageControllerFor } from './stage.controller';
import { StageRunner } from './stage-runner';

/** Closes what the worker opened besides Kafka (e.g. Redis), after the transport has stopped. */
class ResourceCloser implements OnApplicationShutdown {
  constructor(private readonly close: () => Promise<void>) {}

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}

/** The Nest module of one stage worker: its controller and the stage it runs. */
@Module({})
export class StageWorkerModule {
  static forStage(runner: StageRunner, pattern: string, onShutdown: () => Promise<void>): DynamicModule {
    return {
      module: StageWorkerModule,
      controllers: [stageControllerFor(pattern)],
      providers: [
        { provide: StageRunner, useValue: runner },
        { provide: ResourceCloser, useValue: new ResourceCloser(onShutdown) },
      ],
    };
  }
}
