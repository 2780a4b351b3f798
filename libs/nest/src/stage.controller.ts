import { Controller, Inject, type Type } from '@nestjs/common';
import { Ctx, MessagePattern, Payload } from '@nestjs/microservices';
import { type BatchContext, type ConsumedMessage, type RecordOutcome } from '@wirestream/messaging';
import { HandlerThrow } from './handler-throw';
import { StageRunner } from './stage-runner';

/**
 * The controller of a stage worker: one handler for its input topic that hands the batch to the
 * stage. Built per pattern because decorators need the pattern when the class is declared.
 */
export function stageControllerFor(pattern: string): Type<unknown> {
  @Controller()
  class StageController {
    constructor(@Inject(StageRunner) private readonly runner: StageRunner) {}

    @MessagePattern(pattern)
    async handle(
      @Payload() batch: ConsumedMessage[],
      @Ctx() context: BatchContext,
    ): Promise<RecordOutcome[] | HandlerThrow> {
      try {
        return await this.runner.handle(batch, context);
      } catch (error) {
        return new HandlerThrow(error);
      }
    }
  }
  return StageController;
}
