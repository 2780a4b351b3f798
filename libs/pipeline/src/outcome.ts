import { type TopicKey } from '@wirestream/contracts';
import { toPipelineError } from '@wirestream/util';
import { type MessageOutcome, type OutputRecord } from './stage-handler';

export function produced<K extends TopicKey>(...outputs: OutputRecord<K>[]): MessageOutcome<K> {
  return { ok: true, outputs };
}

/** Runs a per-message step, turning what it throws into a content-error outcome. */
export function attempt<K extends TopicKey>(step: () => OutputRecord<K>[]): MessageOutcome<K> {
  try {
    return { ok: true, outputs: step() };
  } catch (error) {
    return { ok: false, error: toPipelineError(error) };
  }
}
