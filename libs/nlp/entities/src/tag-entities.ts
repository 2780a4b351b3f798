import { type NerBackend } from './ner-backend';
import { createRuleBasedBackend } from './rule-based-backend';
import { type Entity, type TagInput } from './types';

let defaultBackend: NerBackend | undefined;

/**
 * Tags people, organisations, places and nationality groups in a segmented dispatch. Pure and
 * deterministic: offsets are UTF-16 offsets into `input.text`, each entity lies inside the segment
 * named by its `segmentId`, and mentions of one entity share a canonical id. The first call builds
 * the shipped gazetteer (see {@link loadGazetteer}); later calls reuse it.
 *
 * @param backend - the recogniser to use; @default the rule-based backend ({@link createRuleBasedBackend})
 */
export function tagEntities(input: TagInput, backend?: NerBackend): Entity[] {
  if (backend !== undefined) return backend.tag(input);
  defaultBackend ??= createRuleBasedBackend();
  return defaultBackend.tag(input);
}
