import { HEADERS } from '@wirestream/contracts';
import { PipelineError } from '@wirestream/util';
import { type KafkaMessage, type Message, type TopicMessages } from 'kafkajs';
import { type RecordOutcome } from './consumed-message';
import { deadLetterMessage } from './dead-letter-record';
import { type MessagingLogger } from './logger';

export interface OutcomeMessagesOptions {
  readonly dlqTopic: string;
  readonly stage: string;
  readonly maxMessageBytes: number;
  readonly logger: MessagingLogger;
}

/** A batch's records to produce, by topic, and the error codes of the records dead-lettered. */
export interface OutcomeMessages {
  readonly topicMessages: TopicMessages[];
  readonly deadLetters: string[];
}

/**
 * The records a batch produces: each input's outputs, or, when it failed or an output is over the
 * record limit, one dead letter carrying the input and the reason.
 */
export function outcomeMessages(
  options: OutcomeMessagesOptions,
  origin: { readonly topic: string; readonly partition: number },
  chunk: readonly KafkaMessage[],
  headers: readonly Record<string, string>[],
  outcomes: readonly RecordOutcome[],
): OutcomeMessages {
  const byTopic = new Map<string, Message[]>();
  const deadLetters: string[] = [];
  const push = (name: string, message: Message): void => {
    const list = byTopic.get(name);
    if (list) list.push(message);
    else byTopic.set(name, [message]);
  };
  outcomes.forEach((outcome, i) => {
    const source = chunk[i]!;
    const inHeaders = headers[i]!;
    let rejected: PipelineError | undefined = outcome.ok ? undefined : outcome.error;
    const encoded: [string, Message][] = [];
    if (outcome.ok) {
      for (const output of outcome.outputs) {
        // Encoded once: the size check, splitSends and kafkajs all read the buffer's length.
        const value = Buffer.from(JSON.stringify(output.value));
        if (value.length > options.maxMessageBytes) {
          rejected = PipelineError.nonRetryable(
            'WIRE_INPUT_TOO_LARGE',
            `output for ${output.topic} is over the record limit`,
          );
          break;
        }
        const outHeaders: Record<string, string> = { ...output.headers };
        const traceId = inHeaders[HEADERS.traceId];
        if (traceId !== undefined) outHeaders[HEADERS.traceId] = traceId;
        encoded.push([output.topic, { key: output.key, value, headers: outHeaders }]);
      }
    }
    if (rejected) {
      deadLetters.push(rejected.code);
      options.logger.warn(
        {
          ...origin,
          offset: source.offset,
          dispatchId: inHeaders[HEADERS.dispatchId],
          storyId: inHeaders[HEADERS.storyId],
          traceId: inHeaders[HEADERS.traceId],
          code: rejected.code,
          err: rejected,
        },
        'dead-lettering a record',
      );
      // A re-driven record carries its attempt number; a first failure is attempt 1.
      const attempt = Number(inHeaders[HEADERS.attempt] ?? '1') || 1;
      push(options.dlqTopic, deadLetterMessage(source, origin, options.stage, rejected, attempt));
    } else {
      for (const [name, message] of encoded) push(name, message);
    }
  });
  return {
    topicMessages: [...byTopic].map(([name, messages]) => ({ topic: name, messages })),
    deadLetters,
  };
}
