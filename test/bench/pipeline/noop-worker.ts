/**
 * A bench-only worker: the whole transport of a real worker (Nest, KafkaStageServer,
 * TransactionalConsumer, StageRunner, metrics, health) around a stage that does nothing but pass
 * each dispatch on from dispatch.raw to dispatch.unique. Configured like any worker (see
 * libs/nest/src/worker-config.ts); run with `node --import tsx test/bench/pipeline/noop-worker.ts`.
 */
import { type DispatchEvent } from '@wirestream/contracts';
import { loadWorkerConfig, runStageWorker } from '@wirestream/nest';
import { type MessageOutcome, type StageHandler, type StageInput } from '@wirestream/pipeline';

const noopStage: StageHandler<'dedup'> = {
  name: 'dedup',
  version: 'noop',
  handleBatch(messages: readonly StageInput[]): Promise<MessageOutcome<'unique'>[]> {
    return Promise.resolve(
      messages.map((message): MessageOutcome<'unique'> => {
        const value = message.value as { id?: string; storyId?: string };
        return {
          ok: true,
          outputs: [
            { topic: 'unique', key: value.storyId ?? value.id ?? '', value: message.value as DispatchEvent },
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
