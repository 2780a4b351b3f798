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
  input: TopicKey,
  step: (event: DispatchEvent) => OutputRecord[],
): StageHandler {
  return {
    name,
    version,
    input,
    handleBatch: (messages) =>
      Promise.resolve(messages.map((message) => attempt(() => step(parseDispatchEvent(message.value))))),
  };
}

/** The event with `stage` appended to `stages` (replacing an earlier run of the same stage). */
export function withStage(event: DispatchEvent, name: StageName, version: string): DispatchEvent['stages'] {
  return [...event.stages.filter((s) => s.name !== name), { name, version }];
}
