export type * from './types';
export { tagEntities } from './tag-entities';
export { type NerBackend } from './ner-backend';
export {
  createRuleBasedBackend,
  DEFAULT_RULE_BASED_OPTIONS,
  type RuleBasedBackendOptions,
} from './rule-based-backend';
export { loadGazetteer, type Gazetteer, type PlaceRecord, type CountryRecord } from './gazetteer';
export { foldKey, foldText } from './fold-key';
export { ENTITIES_VERSION } from './version';
