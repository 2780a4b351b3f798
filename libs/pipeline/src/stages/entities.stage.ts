import { type DispatchEvent, type Entity } from '@wirestream/contracts';
import {
  createRuleBasedBackend,
  ENTITIES_VERSION,
  tagEntities,
  type Entity as TaggedEntity,
} from '@wirestream/nlp-entities';
import { type OutputRecord, type StageFindings, type StageHandler } from '../stage-handler';
import { eventStage, withStage } from './event-stage';
import { requireSegments } from './require-segments';

/** The contract's fields only: the tagger may carry more than consumers are promised. */
function toContractEntity(e: TaggedEntity): Entity {
  return {
    type: e.type,
    text: e.text,
    start: e.start,
    end: e.end,
    segmentId: e.segmentId,
    ...(e.canonical === undefined ? {} : { canonical: { ...e.canonical } }),
    ...(e.expansion === undefined ? {} : { expansion: e.expansion }),
    ...(e.title === undefined ? {} : { title: e.title }),
  };
}

const entityFindings = (output: OutputRecord<'tagged'>): StageFindings => ({
  entityTypes: (output.value.entities ?? []).map((e) => e.type),
});

/** Tags people, organisations, places and demonyms over the segmented body. */
export function createEntitiesStage(): StageHandler<'entities'> {
  // Built here so the gazetteer loads when the worker starts, not on its first dispatch.
  const backend = createRuleBasedBackend();
  return eventStage(
    'entities',
    ENTITIES_VERSION,
    'tagged',
    (event) => {
      // Names in a photo caption or credit are the photo's, a byline's are its writers': not the story's.
      const segments = requireSegments(event, 'entities').filter(
        (s) => s.role !== 'caption' && s.role !== 'credit' && s.role !== 'byline',
      );
      const entities = tagEntities(
        { text: event.clean.body, language: event.language ?? 'und', segments },
        backend,
      );
      const next: DispatchEvent = {
        ...event,
        entities: entities.map(toContractEntity),
        stages: withStage(event, 'entities', ENTITIES_VERSION),
      };
      return [{ topic: 'tagged', key: next.storyId, value: next }];
    },
    entityFindings,
  );
}
