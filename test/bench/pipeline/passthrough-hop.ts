/**
 * The baseline of the pipeline benchmark: one plain kafkajs `eachBatch` consume → produce hop with
 * the transport's consumer and producer settings and none of its work (no decoding, validation,
 * stage, metrics or logging). Run as its own process, like a worker:
 *   PT_FROM=topic PT_TO=topic PT_GROUP=group PT_EXACTLY_ONCE=true|false KAFKA_BROKERS=… \
 *   node --import tsx test/bench/pipeline/passthrough-hop.ts
 */
import {
  createKafka,
  DEFAULT_CONSUMER_OPTIONS,
  silentLogger,
  transactionalIdOf,
} from '@wirestream/messaging';
import { type EachBatchPayload, type Message, type Producer } from 'kafkajs';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function main(): Promise<void> {
  const from = env('PT_FROM');
  const to = env('PT_TO');
  const groupId = env('PT_GROUP');
  const exactlyOnce = env('PT_EXACTLY_ONCE') === 'true';
  const kafka = createKafka({
    brokers: env('KAFKA_BROKERS').split(','),
    clientId: groupId,
    logger: silentLogger,
  });
  // The same consumer settings as TransactionalConsumer.
  const consumer = kafka.consumer({
    groupId,
    sessionTimeout: DEFAULT_CONSUMER_OPTIONS.sessionTimeoutMs,
    heartbeatInterval: DEFAULT_CONSUMER_OPTIONS.heartbeatIntervalMs,
    readUncommitted: false,
    maxWaitTimeInMs: 100,
    allowAutoTopicCreation: false,
  });
  const producers = new Map<number, Promise<Producer>>();
  const connected = async (producer: Producer): Promise<Producer> => {
    await producer.connect();
    return producer;
  };
  const plain = exactlyOnce
    ? undefined
    : connected(kafka.producer({ idempotent: true, maxInFlightRequests: 1 }));
  const transactional = (partition: number): Promise<Producer> => {
    let producer = producers.get(partition);
    if (!producer) {
      producer = connected(
        kafka.producer({
          transactionalId: transactionalIdOf(groupId, from, partition),
          idempotent: true,
          maxInFlightRequests: 1,
          transactionTimeout: DEFAULT_CONSUMER_OPTIONS.transactionTimeoutMs,
        }),
      );
      producers.set(partition, producer);
    }
    return producer;
  };

  const eachBatch = async (payload: EachBatchPayload): Promise<void> => {
    const { batch } = payload;
    const size = DEFAULT_CONSUMER_OPTIONS.maxBatchMessages;
    for (let i = 0; i < batch.messages.length; i += size) {
      const chunk = batch.messages.slice(i, i + size);
      const messages: Message[] = chunk.map((m) => ({ key: m.key, value: m.value, headers: m.headers }));
      const offset = (BigInt(chunk[chunk.length - 1]!.offset) + 1n).toString();
      if (exactlyOnce) {
        const transaction = await (await transactional(batch.partition)).transaction();
        try {
          await transaction.send({ topic: to, messages });
          await transaction.sendOffsets({
            consumerGroupId: groupId,
            topics: [{ topic: from, partitions: [{ partition: batch.partition, offset }] }],
          });
          await transaction.commit();
        } catch (error) {
          await transaction.abort().catch(() => undefined);
          throw error;
        }
      } else {
        await (await plain!).send({ topic: to, messages });
        await consumer.commitOffsets([{ topic: from, partition: batch.partition, offset }]);
      }
      payload.resolveOffset(chunk[chunk.length - 1]!.offset);
      await payload.heartbeat();
    }
  };

  await consumer.connect();
  await consumer.subscribe({ topics: [from], fromBeginning: true });
  await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch });
  process.stdout.write('passthrough started\n');
  const stop = (): void => {
    void (async () => {
      await consumer.disconnect();
      await Promise.allSettled(
        [...producers.values(), ...(plain ? [plain] : [])].map(async (p) => (await p).disconnect()),
      );
      process.exit(0);
    })();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
