import { STAGES, type StageDefinition, type StageName } from './stage-registry';
import { DispatchEventSchema } from '../dispatch-event.schema';
import { TOPIC_KEYS, TOPICS, type TopicKey } from './topic-registry';

/** The topic raw dispatches arrive on: where the flow starts. */
export const ENTRY_TOPIC: TopicKey = 'raw';
/** The topic downstream consumers read whole dispatches from: where the service level is measured. */
export const DELIVERY_TOPIC: TopicKey = 'enriched';

/**
 * Stages in flow order, derived from the registry: a stage comes after every stage producing its
 * input (ties keep the registry's order). Throws on a cycle or a stage nothing feeds, which the
 * registry test turns into a failing build.
 */
export function flowOrder(stages: Readonly<Record<string, StageDefinition>> = STAGES): StageName[] {
  const names = Object.keys(stages);
  const available = new Set<TopicKey>([ENTRY_TOPIC]);
  const order: string[] = [];
  while (order.length < names.length) {
    const next = names.find((n) => !order.includes(n) && available.has(stages[n]!.input));
    if (next === undefined) {
      const stuck = names.filter((n) => !order.includes(n));
      throw new Error(`no stage produces the input of ${stuck.join(', ')} (or the stages form a cycle)`);
    }
    order.push(next);
    for (const output of stages[next]!.outputs) available.add(output);
  }
  return order as StageName[];
}

/** The stages in flow order (dedup first). */
export const STAGE_NAMES: readonly StageName[] = Object.freeze(flowOrder());

/** The stages that consume a topic, in flow order (the subscription the embedded bus routes by). */
export function subscribersOf(topicKey: TopicKey): StageName[] {
  return STAGE_NAMES.filter((name) => STAGES[name].input === topicKey);
}

/** The stage that produces a topic, if one does (`raw` comes from agencies, `dlq` from the transport). */
export function producerOf(topicKey: TopicKey): StageName | undefined {
  return STAGE_NAMES.find((name) => (STAGES[name].outputs as readonly TopicKey[]).includes(topicKey));
}

/** Topics no stage consumes: what the pipeline hands to the outside world. */
export function sinkTopics(): TopicKey[] {
  return TOPIC_KEYS.filter((key) => key !== ENTRY_TOPIC && subscribersOf(key).length === 0);
}

/** True for topics whose records are whole dispatch events (the stages' chain). */
export function isDispatchTopic(topicKey: TopicKey): boolean {
  return TOPICS[topicKey].schema === DispatchEventSchema;
}
