import { parseDispatchEvent, type DispatchEvent, type TopicKey } from '@wirestream/contracts';
import { attempt } from '../outcome';
import { type OutputRecord, type StageHandler, type StageName } from '../stage-handler';

/**
 * A stage that reads one validated dispatch event at a time. Validation failures and throws of
 * the pure step become content-error outcomes for that message only.
 */
export function eventStage(
  name: StageName,
  version: string,
  route: { readonly input: TopicKey; readonly output: TopicKey },
  step: (event: DispatchEvent) => OutputRecord[],
): StageHandler {
  const run = (event: DispatchEvent): OutputRecord[] =>
    // A withdrawal only has to reach dispatch.enriched, in order with its story's versions.
    event.dedup.status === 'withdrawn'
      ? [{ topic: route.output, key: event.storyId, value: event }]
      : step(event);
  return {
    name,
    version,
    input: route.input,
    handleBatch: (messages) =>
      Promise.resolve(messages.map((message) => attempt(() => run(parseDispatchEvent(message.value))))),
  };
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
