import { type ConsumedMessage } from '@wirestream/messaging';
import { type PipelineError, toPipelineError } from '@wirestream/util';

/**
 * Chaos-test fault hook, off unless `WIRE_FAULT_THROW_ID_PREFIX` is set: the stage fails on every
 * dispatch whose id starts with that prefix as a stage reports a failure on one message (a
 * WIRE_STAGE_FAILED dead letter, the batch goes on), so `npm run chaos` can test the dead-letter
 * path under load (docs/reliability.md).
 */
/**
 * Test fault hook, off unless `WIRE_FAULT_BUG_ID_PREFIX` is set: the stage throws (a TypeError, as
 * a bug would) on any batch holding a dispatch whose id starts with that prefix, so the e2e test
 * can follow a stage bug through Nest and the transport to its WIRE_STAGE_BUG dead letters.
 */
export function bugHookFor(
  env: Readonly<Record<string, string | undefined>>,
): ((messages: readonly ConsumedMessage[]) => void) | undefined {
  const prefix = env.WIRE_FAULT_BUG_ID_PREFIX;
  if (!prefix) return undefined;
  return (messages) => {
    const hit = messages.find((m) => {
      const id = (m.value as { id?: unknown } | null)?.id;
      return typeof id === 'string' && id.startsWith(prefix);
    });
    if (hit) throw new TypeError(`fault hook: a stage bug on ${(hit.value as { id: string }).id}`);
  };
}

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
