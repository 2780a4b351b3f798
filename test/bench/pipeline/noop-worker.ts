/**
 * A bench-only worker: the whole transport of a real worker (Nest, KafkaStageServer,
 * TransactionalConsumer, StageRunner, metrics, health) around a stage that does nothing but pass
 * each dispatch on from dispatch.raw to dispatch.unique. Configured like any worker (see
 * libs/nest/src/worker-config.ts); run with `node --import tsx test/bench/pipeline/noop-worker.ts`.
 */
import { loadWorkerConfig, runStageWorker } from '@wirestream/nest';
import { type MessageOutcome, type StageHandler, type StageInput } from '@wirestream/pipeline';

const noopStage: StageHandler = {
  name: 'dedup',
  version: 'noop',
  input: 'raw',
  handleBatch(messages: readonly StageInput[]): Promise<MessageOutcome[]> {
    return Promise.resolve(
      messages.map((message): MessageOutcome => {
        const value = message.value as { id?: string; storyId?: string };
        return {
          ok: true,
          outputs: [
            { topic: 'unique', key: value.storyId ?? value.id ?? '', value: message.value as object },
          ],
        };
      }),
    );
  },
};

const config = loadWorkerConfig(process.env, 'noop-worker', { needsRedis: false });
runStageWorker(config, 'dedup', { handler: noopStage }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
