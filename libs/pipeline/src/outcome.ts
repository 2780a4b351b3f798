import { toPipelineError } from '@wirestream/util';
import { type MessageOutcome, type OutputRecord } from './stage-handler';

export function produced(...outputs: OutputRecord[]): MessageOutcome {
  return { ok: true, outputs };
}

/** Runs a per-message step, turning what it throws into a content-error outcome. */
export function attempt(step: () => OutputRecord[]): MessageOutcome {
  try {
    return { ok: true, outputs: step() };
  } catch (error) {
    return { ok: false, error: toPipelineError(error) };
  }
}
