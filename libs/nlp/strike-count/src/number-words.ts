/** Which language's number words, separators and phrasing to read. */
export type NumberLanguage = 'fr' | 'en';

/** Word classes of the cardinal grammar in {@link readNumber}. */
export interface NumberWord {
  readonly value: number;
  readonly cls: 'zero' | 'unit' | 'teen' | 'ten' | 'hundred' | 'big' | 'dozen';
}

const w = (value: number, cls: NumberWord['cls']): NumberWord => ({ value, cls });

const FR_UNITS = ['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FR_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'];

function table(
  units: string[],
  teens: string[],
  rest: [string, NumberWord][],
): ReadonlyMap<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  units.forEach((u, i) => map.set(u, w(i, i === 0 ? 'zero' : 'unit')));
  teens.forEach((t, i) => map.set(t, w(10 + i, 'teen')));
  for (const [k, v] of rest) map.set(k, v);
  return map;
}

/** Cardinal words by language (folded spelling). */
export const NUMBER_WORDS: Readonly<Record<NumberLanguage, ReadonlyMap<string, NumberWord>>> = {
  fr: table(FR_UNITS, FR_TEENS, [
    ['une', w(1, 'unit')],
    ['vingt', w(20, 'ten')],
    ['vingts', w(20, 'ten')],
    ['trente', w(30, 'ten')],
    ['quarante', w(40, 'ten')],
    ['cinquante', w(50, 'ten')],
    ['soixante', w(60, 'ten')],
    ['septante', w(70, 'ten')],
    ['huitante', w(80, 'ten')],
    ['octante', w(80, 'ten')],
    ['nonante', w(90, 'ten')],
    ['cent', w(100, 'hundred')],
    ['cents', w(100, 'hundred')],
    ['mille', w(1000, 'big')],
    ['mil', w(1000, 'big')],
    ['million', w(1e6, 'big')],
    ['millions', w(1e6, 'big')],
    ['milliard', w(1e9, 'big')],
    ['milliards', w(1e9, 'big')],
  ]),
  en: table(EN_UNITS, EN_TEENS, [
    ['eighteen', w(18, 'teen')],
    ['nineteen', w(19, 'teen')],
    ['twenty', w(20, 'ten')],
    ['thirty', w(30, 'ten')],
    ['forty', w(40, 'ten')],
    ['fourty', w(40, 'ten')],
    ['fifty', w(50, 'ten')],
    ['sixty', w(60, 'ten')],
    ['seventy', w(70, 'ten')],
    ['eighty', w(80, 'ten')],
    ['ninety', w(90, 'ten')],
    ['hundred', w(100, 'hundred')],
    ['thousand', w(1000, 'big')],
    ['million', w(1e6, 'big')],
    ['billion', w(1e9, 'big')],
    ['dozen', w(12, 'dozen')],
  ]),
};

/** Words that stand for 1 only before a multiplier ("un million", "a hundred", "a dozen"). */
export const ARTICLES: Readonly<Record<NumberLanguage, ReadonlySet<string>>> = {
  fr: new Set(['un', 'une']),
  en: new Set(['a', 'an']),
};

/** Vague quantities: a point value and bounds; `max` absent when open-ended. */
export interface VagueQuantity {
  readonly words: readonly string[];
  readonly value: number;
  readonly min: number;
  readonly max?: number;
  /** Exact despite being a word ("a dozen" is twelve). */
  readonly exact?: boolean;
  /** Followed by "de"/"of" before the noun it counts. */
  readonly nominal?: boolean;
}

const around = (n: number): { value: number; min: number; max: number } => ({
  value: n,
  min: Math.round(n * 0.8),
  max: Math.round(n * 1.2),
});

const FR_APPROX_NOUNS: [string, number][] = [
  ['dizaine', 10],
  ['douzaine', 12],
  ['quinzaine', 15],
  ['vingtaine', 20],
  ['trentaine', 30],
  ['quarantaine', 40],
  ['cinquantaine', 50],
  ['soixantaine', 60],
  ['centaine', 100],
];

/** Vague quantity phrases by language, in folded tokens ("'" is its own token). Longest first. */
export const VAGUE: Readonly<Record<NumberLanguage, readonly VagueQuantity[]>> = {
  fr: [
    ...FR_APPROX_NOUNS.map(([noun, n]) => ({ words: ['une', noun], ...around(n), nominal: true })),
    ...[
      ['dizaines', 20, 99],
      ['centaines', 200, 999],
      ['milliers', 2000, 9999],
    ].flatMap(([noun, min, max]) =>
      ['des', 'plusieurs', 'quelques'].map((d) => ({
        words: [d, noun as string],
        value: min as number,
        min: min as number,
        max: max as number,
        nominal: true,
      })),
    ),
    { words: ['un', 'millier'], ...around(1000), nominal: true },
    { words: ['une', 'seule'], value: 1, min: 1, max: 1, exact: true },
    { words: ['un', 'seul'], value: 1, min: 1, max: 1, exact: true },
    { words: ['plusieurs'], value: 2, min: 2, max: 9 },
    { words: ['quelques'], value: 2, min: 2, max: 9 },
  ],
  en: [
    { words: ['half', 'a', 'dozen'], value: 6, min: 6, max: 6, exact: true },
    { words: ['a', 'half', 'dozen'], value: 6, min: 6, max: 6, exact: true },
    { words: ['a', 'dozen'], value: 12, min: 12, max: 12, exact: true },
    { words: ['a', 'single'], value: 1, min: 1, max: 1, exact: true },
    { words: ['several', 'dozen'], value: 24, min: 24, max: 99 },
    { words: ['a', 'couple', 'of'], value: 2, min: 2, max: 3 },
    { words: ['a', 'handful', 'of'], value: 3, min: 3, max: 6 },
    { words: ['a', 'few'], value: 2, min: 2, max: 5 },
    { words: ['dozens'], value: 24, min: 24, max: 99, nominal: true },
    { words: ['scores'], value: 40, min: 40, max: 99, nominal: true },
    { words: ['hundreds'], value: 200, min: 200, max: 999, nominal: true },
    { words: ['thousands'], value: 2000, min: 2000, max: 9999, nominal: true },
    { words: ['several'], value: 3, min: 3, max: 9 },
    { words: ['numerous'], value: 3, min: 3 },
  ],
};

/** How a qualifier bends the figure it precedes. */
export type QualifierSense = 'more' | 'atLeast' | 'less' | 'upTo' | 'about' | 'nearly' | 'exact';

/** Qualifier phrases by language (folded tokens, longest first). */
export const QUALIFIERS: Readonly<
  Record<NumberLanguage, readonly (readonly [readonly string[], QualifierSense])[]>
> = {
  fr: [
    [['un', 'peu', 'plus', 'de'], 'more'],
    [['un', 'peu', 'plus', 'd', "'"], 'more'],
    [['pas', 'moins', 'de'], 'atLeast'],
    [['pas', 'moins', 'd', "'"], 'atLeast'],
    [['plus', 'de'], 'more'],
    [['plus', 'd', "'"], 'more'],
    [['au', 'moins'], 'atLeast'],
    [['moins', 'de'], 'less'],
    [['moins', 'd', "'"], 'less'],
    [['jusqu', "'", 'a'], 'upTo'],
    [['pres', 'de'], 'nearly'],
    [['pres', 'd', "'"], 'nearly'],
    [['presque'], 'nearly'],
    [['quasiment'], 'nearly'],
    [['environ'], 'about'],
    [['quelque'], 'about'],
    [['a', 'peu', 'pres'], 'about'],
    [['approximativement'], 'about'],
    [['un', 'total', 'de'], 'exact'],
    [['un', 'total', 'd', "'"], 'exact'],
  ],
  en: [
    [['more', 'than'], 'more'],
    [['over'], 'more'],
    [['upwards', 'of'], 'more'],
    [['in', 'excess', 'of'], 'more'],
    [['at', 'least'], 'atLeast'],
    [['no', 'fewer', 'than'], 'atLeast'],
    [['no', 'less', 'than'], 'atLeast'],
    [['fewer', 'than'], 'less'],
    [['less', 'than'], 'less'],
    [['under'], 'less'],
    [['up', 'to'], 'upTo'],
    [['as', 'many', 'as'], 'upTo'],
    [['nearly'], 'nearly'],
    [['almost'], 'nearly'],
    [['close', 'to'], 'nearly'],
    [['about'], 'about'],
    [['around'], 'about'],
    [['some'], 'about'],
    [['roughly'], 'about'],
    [['approximately'], 'about'],
    [['an', 'estimated'], 'about'],
    [['a', 'total', 'of'], 'exact'],
  ],
};
