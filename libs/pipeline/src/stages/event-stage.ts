import {
  parseDispatchEvent,
  type DispatchEvent,
  type StageName,
  type StageOutputTopic,
  type TopicKey,
  type TopicValue,
} from '@wirestream/contracts';
import { attempt } from '../outcome';
import { type OutputRecord, type StageHandler } from '../stage-handler';

/** The topics whose records are whole dispatch events. */
type DispatchTopic = { [K in TopicKey]: TopicValue<K> extends DispatchEvent ? K : never }[TopicKey];

/**
 * A stage that reads one validated dispatch event at a time, withdrawals included. Validation
 * failures and throws of the pure step become content-error outcomes for that message only.
 */
export function eventStageOf<S extends StageName>(
  name: S,
  version: string,
  step: (event: DispatchEvent) => OutputRecord<StageOutputTopic<S>>[],
  findings?: StageHandler<S>['findings'],
): StageHandler<S> {
  return {
    name,
    version,
    ...(findings === undefined ? {} : { findings }),
    handleBatch: (messages) =>
      Promise.resolve(messages.map((message) => attempt(() => step(parseDispatchEvent(message.value))))),
  };
}

/**
 * A stage of the dispatch chain: like {@link eventStageOf}, but a withdrawal goes on untouched to
 * `passOn`, the stage's dispatch output (a withdrawal only has to reach dispatch.enriched, in order
 * with its story's versions).
 */
export function eventStage<S extends StageName>(
  name: S,
  version: string,
  passOn: Extract<StageOutputTopic<S>, DispatchTopic>,
  step: (event: DispatchEvent) => OutputRecord<StageOutputTopic<S>>[],
  findings?: StageHandler<S>['findings'],
): StageHandler<S> {
  return eventStageOf(
    name,
    version,
    (event) =>
      event.dedup.status === 'withdrawn'
        ? [{ topic: passOn, key: event.storyId, value: event }]
        : step(event),
    findings,
  );
}

/**
 * The event with `stage` appended to `stages` (replacing an earlier run of the same stage), with the
 * reason when the stage skipped the dispatch.
 */
export function withStage(
  event: DispatchEvent,
  name: StageName,
  version: string,
  skipped?: 'no-language-data',
): DispatchEvent['stages'] {
  return [...event.stages.filter((s) => s.name !== name), { name, version, ...(skipped ? { skipped } : {}) }];
}
