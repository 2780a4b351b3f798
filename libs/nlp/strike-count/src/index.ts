export type * from './types';
export { parseNumber } from './parse-number';
export type { NumberReading } from './read-number';
export type { NumberLanguage } from './number-words';
export { extractStrikes, extractStrikeReport } from './extract-strike-report';
export { STRIKES_VERSION } from './version';
