export type * from './types';
export { parseNumber } from './parse-number';
export type { NumberReading } from './read-number';
export type { NumberLanguage } from './number-words';
export { extractStrikes, extractStrikeReport, hasStrikeLanguageData } from './extract-strike-report';
export { STRIKES_VERSION } from './version';
/** Patterns built at run time, which the linter cannot see: exported for the ReDoS lint test. */
export { PERIOD as PERIOD_PATTERN } from './find-period';
export { ACTORS as ACTOR_PATTERNS } from './find-actor';
export { tallyByPlace, type PlaceTally, type TallyCount } from './story-tally';
