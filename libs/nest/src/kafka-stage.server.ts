import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import {
  type BatchContext,
  type BatchHandler,
  type ConsumedMessage,
  type RecordOutcome,
  TransactionalConsumer,
  type TransactionalConsumerOptions,
} from '@wirestream/messaging';
import { lastValueFrom } from 'rxjs';
import { HandlerThrow } from './handler-throw';

export type KafkaStageServerOptions = Omit<TransactionalConsumerOptions, 'handler'> & {
  /** The message pattern of the controller method that handles the input topic. */
  readonly pattern: string;
};

/**
 * A Nest transport for exactly-once stages. Nest's own ServerKafka hands over one message at a
 * time and produces replies outside any transaction; this one hands each partition batch to the
 * controller method registered for `pattern` and lets {@link TransactionalConsumer} commit its
 * outputs and the input offsets in one Kafka transaction. A handler returns one outcome per
 * message; content errors are dead-lettered, a throw retries the batch (no Nest redelivery).
 */
export class KafkaStageServer extends Server implements CustomTransportStrategy {
  private consumer: TransactionalConsumer | undefined;

  constructor(private readonly options: KafkaStageServerOptions) {
    super();
  }

  /** Whether the consumer is in its group and not waiting out a failure (for readiness). */
  get ready(): boolean {
    return this.consumer?.ready ?? false;
  }

  listen(callback: (error?: unknown) => void): void {
    const nestHandler = this.getHandlerByPattern(this.options.pattern);
    if (nestHandler === null) {
      callback(new Error(`no @MessagePattern('${this.options.pattern}') handler is registered`));
      return;
    }
    // The batch context reaches the controller as its Nest context (`@Ctx()`).
    const handler: BatchHandler = async (messages: readonly ConsumedMessage[], context: BatchContext) => {
      const result = (await nestHandler(messages, context)) as unknown;
      const outcomes = await lastValueFrom<unknown>(this.transformToObservable(result));
      // The stage's own error, as thrown: the consumer classifies it (outage or stage bug).
      if (outcomes instanceof HandlerThrow) throw outcomes.error;
      return outcomes as readonly RecordOutcome[];
    };
    const { pattern: _pattern, ...consumerOptions } = this.options;
    this.consumer = new TransactionalConsumer({ ...consumerOptions, handler });
    this.consumer.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  on(): never {
    throw new Error('KafkaStageServer has no events to subscribe to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }
}
