import { compileRules, type CompiledRules } from './compile-rules';
import { GERMAN_RULES } from './de';
import { ENGLISH_RULES } from './en';
import { SPANISH_RULES } from './es';
import { FRENCH_RULES } from './fr';
import { ITALIAN_RULES } from './it';
import type { LanguageRules } from './language-rules';

/** The language tables shipped with the engine, by BCP-47 primary subtag. */
export const LANGUAGE_RULES: Readonly<Record<string, LanguageRules>> = {
  fr: FRENCH_RULES,
  en: ENGLISH_RULES,
  de: GERMAN_RULES,
  es: SPANISH_RULES,
  it: ITALIAN_RULES,
};

const merge = (pick: (r: LanguageRules) => readonly string[]): readonly string[] => [
  ...new Set(Object.values(LANGUAGE_RULES).flatMap(pick)),
];

/**
 * Rules for an undetermined or unsupported language: the union of every table, so known abbreviations of
 * any supported language still hold a sentence together.
 */
export const FALLBACK_RULES: LanguageRules = {
  language: 'und',
  titles: merge((r) => r.titles),
  nonFinal: merge((r) => r.nonFinal),
  final: merge((r) => r.final),
  finalExact: merge((r) => r.finalExact),
  beforeNumber: merge((r) => r.beforeNumber),
  abbreviationEndings: merge((r) => r.abbreviationEndings),
  starterOnly: merge((r) => r.starterOnly),
  sentenceStarters: merge((r) => r.sentenceStarters),
  nameParticles: merge((r) => r.nameParticles),
  speechVerbs: merge((r) => r.speechVerbs),
  months: merge((r) => r.months),
  units: merge((r) => r.units),
  timeWords: merge((r) => r.timeWords),
  ordinalPeriod: false,
  spaceThousands: false,
  ordinalSuffixes: merge((r) => r.ordinalSuffixes),
};

const cache = new Map<string, CompiledRules>();

/** The compiled rules for a language (`fr`, `en-GB`, `und`…), falling back to {@link FALLBACK_RULES}. */
export function rulesFor(language: string): CompiledRules {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? 'und';
  const key = primary in LANGUAGE_RULES ? primary : 'und';
  let compiled = cache.get(key);
  if (compiled === undefined) {
    compiled = compileRules(LANGUAGE_RULES[key] ?? FALLBACK_RULES);
    cache.set(key, compiled);
  }
  return compiled;
}
