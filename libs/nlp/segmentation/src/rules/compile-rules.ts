import { COMMON_TIME_WORDS, COMMON_UNITS } from './common';
import type { LanguageRules } from './language-rules';

/** {@link LanguageRules} turned into sets and regular expressions once, so each lookup is O(1). */
export interface CompiledRules {
  readonly language: string;
  readonly titles: ReadonlySet<string>;
  readonly nonFinal: ReadonlySet<string>;
  readonly final: ReadonlySet<string>;
  readonly finalExact: ReadonlySet<string>;
  readonly beforeNumber: ReadonlySet<string>;
  readonly starterOnly: ReadonlySet<string>;
  /** Matches a token ending in one of the language's abbreviation endings (`Hauptstr`). */
  readonly abbreviationEnding: RegExp | undefined;
  readonly starters: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  /** Matches, at the start of a slice, capitalised words then a speech verb and punctuation. */
  readonly attribution: RegExp | undefined;
  readonly ordinalPeriod: boolean;
  /**
   * Dates, times and numbers with units in one global pattern; capture group 1 is a date, 2 a time and
   * 3 a number.
   */
  readonly protectPattern: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Longest first, so an alternation prefers `km²` over `km` and `millions` over `million`. */
const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const lowerSet = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));

/** Whatever follows a unit or month must not continue the word (`m` must not match `mai`). */
const END = '(?![\\p{L}\\p{N}])';
const START = '(?<![\\p{L}\\p{N}])';

/**
 * Compiles a language table. Apostrophes in starters are normalised to `'` so `L’armée` and `L'armée` match.
 */
export function compileRules(rules: LanguageRules): CompiledRules {
  const months = alternation(rules.months);
  const day = `(?:1er|1st|\\d{1,2}(?:st|nd|rd|th|er|º|°|\\.)?)`;
  const year = `(?:\\d{4})`;
  const sep = '[ \\u00A0\\u202F]';
  // Every alternative starts at a word start; one combined pattern scans the text once, and at each
  // position it tries dates, then times, then numbers, so `31 mai` is a date rather than the number `31`.
  const dates = [
    `\\d{4}-\\d{2}-\\d{2}${END}`,
    `\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})${END}`,
    `${day}${sep}+(?:de${sep}+)?(?:${months})(?:,?${sep}*(?:de${sep}+|del${sep}+)?${year})?${END}`,
    `(?:${months})${sep}*\\d{1,2}(?:st|nd|rd|th)?(?:,${sep}*${year})?${END}`,
    `(?:${months})${sep}+${year}${END}`,
  ];
  const timeWords = alternation([...rules.timeWords, ...COMMON_TIME_WORDS]);
  const zones = alternation(COMMON_TIME_WORDS);
  const times = [
    // 10h30, 10 h 30, 10H00, 10:30, 18.30 Uhr, 5 p.m. with an optional zone.
    `\\d{1,2}(?::\\d{2}(?::\\d{2})?|${sep}?[hH]${sep}?\\d{2}|[hH](?![\\p{L}]))(?:${sep}?(?:${timeWords}))?(?:(?<=\\.)|${END})`,
    `\\d{1,2}(?:[.:]\\d{2})?${sep}?(?:${timeWords})(?:${sep}(?:${zones})(?![\\p{L}]))?(?:(?<=\\.)|${END})`,
  ];
  const units = alternation([...rules.units, ...COMMON_UNITS]);
  const thousands = rules.spaceThousands
    ? `\\d{1,3}(?:(?:[.,]\\d{3})+|(?:${sep}\\d{3})+)`
    : `\\d{1,3}(?:[.,]\\d{3})+`;
  const core = `(?:${thousands}|\\d+)(?:[.,]\\d+)?`;
  const ordinal = rules.ordinalSuffixes.length > 0 ? `|(?:${alternation(rules.ordinalSuffixes)})${END}` : '';
  const numbers = [
    `(?<![.,])(?:(?:US\\$|C\\$|A\\$|[$€£¥])${sep}?)?${core}(?:${sep}?(?:${units})(?:(?<=[.%‰$€£¥²³])|${END})${ordinal})?`,
    // Roman ordinals (`XIXe siècle`, `Ier`): only I, V and X, so that `Les` or `Ce` never match.
    ...(rules.ordinalSuffixes.includes('e') ? [`[IVX]{1,6}(?:er|re|ème|e)${END}`] : []),
  ];
  // Every alternative opens with a digit, a currency sign or prefix (`US$`, `C$`, `A$`), a Roman numeral
  // or a month name. Testing that one character first lets the engine skip most positions before it
  // evaluates the Unicode look-behind and the long alternation (the pattern was the top hot spot).
  const firsts = new Set(['0123456789$€£¥UCAIVX', ...rules.months.map((m) => m.charAt(0))].join(''));
  const lead = `(?=[${[...firsts].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}])`;
  const protectPattern = new RegExp(
    `${lead}${START}(?:(${dates.join('|')})|(${times.join('|')})|(${numbers.join('|')}))`,
    'gu',
  );
  return {
    language: rules.language,
    titles: new Set(rules.titles),
    nonFinal: lowerSet(rules.nonFinal),
    final: lowerSet(rules.final),
    finalExact: new Set(rules.finalExact),
    beforeNumber: lowerSet(rules.beforeNumber),
    starterOnly: lowerSet(rules.starterOnly),
    abbreviationEnding:
      rules.abbreviationEndings.length > 0
        ? new RegExp(`\\p{L}(?:${alternation(rules.abbreviationEndings)})$`, 'iu')
        : undefined,
    starters: new Set(rules.sentenceStarters.map((s) => s.replace(/’/g, "'"))),
    nameParticles: new Set(rules.nameParticles),
    attribution:
      rules.speechVerbs.length > 0
        ? new RegExp(
            `^(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*[ \\u00A0]+){1,5}(?:${alternation(rules.speechVerbs)})(?=[.,;:!?])`,
            'u',
          )
        : undefined,
    ordinalPeriod: rules.ordinalPeriod,
    protectPattern,
  };
}
