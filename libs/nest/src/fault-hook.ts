import { type ConsumedMessage } from '@wirestream/messaging';
import { type PipelineError, toPipelineError } from '@wirestream/util';

/**
 * Chaos-test fault hook, off unless `WIRE_FAULT_THROW_ID_PREFIX` is set: the stage fails on every
 * dispatch whose id starts with that prefix exactly as a stage that throws does (a WIRE_STAGE_FAILED
 * dead letter), so `npm run chaos` can test the dead-letter path of a stage bug end to end
 * (docs/reliability.md).
 */
export function throwHookFor(
  env: Readonly<Record<string, string | undefined>>,
): ((message: ConsumedMessage) => { ok: false; error: PipelineError } | undefined) | undefined {
  const prefix = env.WIRE_FAULT_THROW_ID_PREFIX;
  if (!prefix) return undefined;
  return (message) => {
    const id = (message.value as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !id.startsWith(prefix)) return undefined;
    return { ok: false, error: toPipelineError(new Error(`fault hook: stage throws on ${id}`)) };
  };
}
