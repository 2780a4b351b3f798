import { HEADERS, SCHEMA_VERSION, type TopicNames } from '@wirestream/contracts';
import { type ConsumedMessage, type RecordOutcome } from '@wirestream/messaging';
import { type StageHandler } from '@wirestream/pipeline';

/**
 * Adapts a pipeline stage to the transport: topic keys become this deployment's topic names and
 * every output gets the dispatch id, story id and schema version headers.
 */
export class StageRunner {
  constructor(
    readonly stage: StageHandler,
    private readonly topics: TopicNames,
  ) {}

  async handle(messages: readonly ConsumedMessage[]): Promise<RecordOutcome[]> {
    const outcomes = await this.stage.handleBatch(messages);
    return outcomes.map((outcome): RecordOutcome => {
      if (!outcome.ok) return outcome;
      return {
        ok: true,
        outputs: outcome.outputs.map((output) => {
          const value = output.value as { id?: unknown; dispatchId?: unknown };
          const id = value.id ?? value.dispatchId;
          const dispatchId = typeof id === 'string' ? id : '';
          return {
            topic: this.topics[output.topic],
            key: output.key,
            value: output.value,
            headers: {
              [HEADERS.dispatchId]: dispatchId,
              [HEADERS.storyId]: output.key,
              [HEADERS.schemaVersion]: String(SCHEMA_VERSION),
            },
          };
        }),
      };
    });
  }
}
