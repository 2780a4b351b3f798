import {
  ARTICLES,
  NUMBER_WORDS,
  QUALIFIERS,
  type NumberLanguage,
  type QualifierSense,
  VAGUE,
  type VagueQuantity,
} from './number-words';
import type { Token } from './tokenize';

/** A quantity read from text: a point value, bounds (absent when open-ended) and whether it is approximate. */
export interface NumberReading {
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly approx: boolean;
}

/** A {@link NumberReading} located in a token array: tokens `[from, to)`. */
export interface NumberMatch extends NumberReading {
  readonly from: number;
  readonly to: number;
  /** Counts a noun through "de"/"of" ("une dizaine de frappes", "dozens of strikes"). */
  readonly nominal: boolean;
  /** The phrase was a bare zero-like word ("no", "aucune") handled by callers, never set here. */
  readonly qualifier?: QualifierSense;
}

const SPACE_GROUP = /^[ ]$/;

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.t !== words[k]) return false;
  return true;
}

/** True when tokens a and b touch (no whitespace between them). */
const touching = (a: Token, b: Token): boolean => a.end === b.start;

function readDigits(
  tokens: readonly Token[],
  i: number,
  folded: string,
  lang: NumberLanguage,
): { value: number; to: number } | undefined {
  const first = tokens[i];
  if (first === undefined || !first.digit) return undefined;
  let intPart = first.t;
  let to = i + 1;
  const groupSeps = lang === 'fr' ? ['.', ' '] : [',', ' '];
  if (first.t.length <= 3) {
    for (;;) {
      const sep = tokens[to];
      const next = tokens[to + 1];
      const prev = tokens[to - 1];
      if (prev === undefined) break;
      if (
        sep !== undefined &&
        next !== undefined &&
        next.digit &&
        next.t.length === 3 &&
        groupSeps.includes(sep.t)
      ) {
        if (!touching(prev, sep) || !touching(sep, next)) break;
        intPart += next.t;
        to += 2;
        continue;
      }
      // A space separator is not a token: "10 000" is two digit tokens one space apart.
      if (
        sep !== undefined &&
        sep.digit &&
        sep.t.length === 3 &&
        groupSeps.includes(' ') &&
        sep.start === prev.end + 1 &&
        SPACE_GROUP.test(folded.charAt(prev.end))
      ) {
        intPart += sep.t;
        to += 1;
        continue;
      }
      break;
    }
  }
  let value = Number(intPart);
  const decSep = tokens[to];
  const decimals = tokens[to + 1];
  const decimalMark = lang === 'fr' ? ',' : '.';
  if (
    decSep?.t === decimalMark &&
    decimals?.digit &&
    touching(tokens[to - 1] as Token, decSep) &&
    touching(decSep, decimals)
  ) {
    value = Number(`${intPart}.${decimals.t}`);
    to += 2;
  }
  return { value, to };
}

function readWords(
  tokens: readonly Token[],
  i: number,
  lang: NumberLanguage,
): { value: number; to: number } | undefined {
  const words = NUMBER_WORDS[lang];
  let total = 0;
  let cur = 0;
  let last: string = 'none';
  let lastBig = Infinity;
  let to = i;
  let k = i;
  let any = false;
  const articles = ARTICLES[lang];
  for (;;) {
    let tok = tokens[k];
    if (tok === undefined) break;
    // Hyphens ("dix-sept") and connectors ("vingt et un", "one hundred and five") glue words.
    if (any && (tok.t === '-' || tok.t === 'et' || tok.t === 'and')) {
      const after = tokens[k + 1];
      const nw = after === undefined ? undefined : words.get(after.t);
      const glueOk =
        tok.t === '-'
          ? tok.start === tokens[k - 1]?.end && after?.start === tok.end
          : tok.t === 'et'
            ? lang === 'fr' &&
              last === 'ten' &&
              (after?.t === 'un' || after?.t === 'une' || after?.t === 'onze')
            : lang === 'en' && (last === 'hundred' || last === 'big') && nw !== undefined && nw.cls !== 'big';
      if (!glueOk || nw === undefined || after === undefined) break;
      k += 1;
      tok = after;
    }
    let word = words.get(tok.t);
    if (word === undefined && !any && articles.has(tok.t)) {
      const after = tokens[k + 1];
      const nw = after === undefined ? undefined : words.get(after.t);
      if (nw !== undefined && (nw.cls === 'hundred' || nw.cls === 'big' || nw.cls === 'dozen'))
        word = { value: 1, cls: 'unit' };
    }
    if (word === undefined) break;
    if (articles.has(tok.t) && word.value === 1 && !any) {
      const after = tokens[k + 1];
      const nw = after === undefined ? undefined : words.get(after.t);
      if (nw === undefined || !(nw.cls === 'hundred' || nw.cls === 'big' || nw.cls === 'dozen')) break;
    }
    const below = cur % 100;
    let ok = true;
    switch (word.cls) {
      case 'zero':
        ok = !any;
        break;
      case 'unit':
        ok =
          last === 'none' ||
          last === 'hundred' ||
          last === 'big' ||
          (last === 'ten' && below % 10 === 0) ||
          (lang === 'fr' && last === 'teen' && below % 10 === 0 && word.value >= 7);
        if (ok) cur += word.value;
        break;
      case 'teen':
        // French builds 70 and 90 as 60+10.. and 80+10..; English has no such forms.
        ok =
          last === 'none' ||
          last === 'hundred' ||
          last === 'big' ||
          (lang === 'fr' && last === 'ten' && (below === 60 || below === 80));
        if (ok) cur += word.value;
        break;
      case 'ten':
        if (lang === 'fr' && word.value === 20 && last === 'unit' && below === 4) {
          cur += 76;
        } else {
          ok = last === 'none' || last === 'hundred' || last === 'big';
          if (ok) cur += word.value;
        }
        break;
      case 'hundred':
        ok =
          cur % 1000 < 10 &&
          (last === 'none' || last === 'unit' || last === 'big' || (lang === 'en' && last === 'teen'));
        if (ok) cur = (cur === 0 ? 1 : cur) * 100;
        break;
      case 'big':
        ok = word.value < lastBig && (cur > 0 || word.value === 1000 || last === 'none');
        if (ok) {
          total += (cur === 0 ? 1 : cur) * word.value;
          cur = 0;
          lastBig = word.value;
        }
        break;
      case 'dozen':
        ok = last === 'unit' || last === 'none';
        if (ok) cur = (cur === 0 ? 1 : cur) * 12;
        break;
    }
    if (!ok) break;
    any = true;
    last = word.cls === 'zero' ? 'zeroDone' : word.cls;
    k += 1;
    to = k;
    if (last === 'zeroDone') break;
  }
  if (!any) return undefined;
  return { value: total + cur, to };
}

function readBigSuffix(
  tokens: readonly Token[],
  to: number,
  lang: NumberLanguage,
): { factor: number; to: number } {
  const next = tokens[to];
  const word = next === undefined ? undefined : NUMBER_WORDS[lang].get(next.t);
  return word?.cls === 'big' ? { factor: word.value, to: to + 1 } : { factor: 1, to };
}

function longest<T extends { readonly words: readonly string[] }>(
  tokens: readonly Token[],
  i: number,
  list: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const item of list) {
    if ((best === undefined || item.words.length > best.words.length) && matchWords(tokens, i, item.words))
      best = item;
  }
  return best;
}

const margin = (v: number): number => Math.max(1, Math.round(v * 0.1));

function qualify(core: NumberReading, sense: QualifierSense | undefined): NumberReading {
  const v = core.value;
  switch (sense) {
    case undefined:
    case 'exact':
      return core;
    case 'more':
      return { value: v, min: Number.isInteger(v) ? v + 1 : Math.ceil(v), approx: true };
    case 'atLeast':
      return { value: v, min: v, approx: true };
    case 'less':
      return { value: v, min: 0, max: Number.isInteger(v) ? v - 1 : Math.floor(v), approx: true };
    case 'upTo':
      return { value: v, min: 0, max: v, approx: true };
    case 'nearly':
      return {
        value: v,
        min: core.approx ? (core.min ?? v - margin(v)) : v - margin(v),
        max: core.max ?? v,
        approx: true,
      };
    case 'about':
      return core.approx
        ? { ...core, approx: true }
        : { value: v, min: v - margin(v), max: v + margin(v), approx: true };
  }
}

const startWords = new Map<NumberLanguage, ReadonlySet<string>>();
type Qualifier = (typeof QUALIFIERS)['fr'][number];
const qualifiersByHead = new Map<NumberLanguage, ReadonlyMap<string, Qualifier[]>>();
const vagueByHead = new Map<NumberLanguage, ReadonlyMap<string, VagueQuantity[]>>();

function byHead<T>(list: readonly T[], words: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const head = words(item)[0] as string;
    map.set(head, [...(map.get(head) ?? []), item]);
  }
  return map;
}

function qualifiersAt(lang: NumberLanguage, head: string): readonly Qualifier[] {
  let map = qualifiersByHead.get(lang);
  if (map === undefined) {
    map = byHead(QUALIFIERS[lang], ([words]) => words);
    qualifiersByHead.set(lang, map);
  }
  return map.get(head) ?? [];
}

function vagueAt(lang: NumberLanguage, head: string): readonly VagueQuantity[] {
  let map = vagueByHead.get(lang);
  if (map === undefined) {
    map = byHead(VAGUE[lang], (v) => v.words);
    vagueByHead.set(lang, map);
  }
  return map.get(head) ?? [];
}

/** Words that can open a quantity phrase: a cheap filter, as most tokens are not numbers. */
function startsOf(lang: NumberLanguage): ReadonlySet<string> {
  let set = startWords.get(lang);
  if (set === undefined) {
    set = new Set([
      ...NUMBER_WORDS[lang].keys(),
      ...ARTICLES[lang],
      ...VAGUE[lang].map((v) => v.words[0] as string),
      ...RANGE_OPENERS,
      ...QUALIFIERS[lang].map(([words]) => words[0] as string),
    ]);
    startWords.set(lang, set);
  }
  return set;
}

const RANGE_OPENERS = new Set(['between', 'entre', 'de', 'from']);
const RANGE_LINKS: Readonly<Record<NumberLanguage, ReadonlySet<string>>> = {
  fr: new Set(['ou', 'a', 'et']),
  en: new Set(['or', 'to', 'and']),
};

/**
 * "deux ou trois", "between 40 and 50", "de 10 à 15", "four to six": a range, read as its lower end
 * with both bounds. "et"/"and" only link a range after "entre"/"between".
 */
function readRange(
  tokens: readonly Token[],
  i: number,
  first: { reading: NumberReading; to: number },
  folded: string,
  lang: NumberLanguage,
): NumberMatch | undefined {
  const link = tokens[first.to]?.t ?? '';
  if (!RANGE_LINKS[lang].has(link)) return undefined;
  if (link === 'et' || link === 'and') return undefined;
  const second = readCore(tokens, first.to + 1, folded, lang);
  if (second === undefined || second.reading.value <= first.reading.value) return undefined;
  return {
    value: first.reading.value,
    min: first.reading.value,
    max: second.reading.max ?? second.reading.value,
    approx: true,
    from: i,
    to: second.to,
    nominal: second.nominal,
  };
}

/**
 * Reads a quantity starting at token `i` (a qualifier, then digits, words or a vague quantity).
 * Bare articles ("une frappe", "a strike") are not numbers: they name one thing without counting it.
 */
export function readNumber(
  tokens: readonly Token[],
  i: number,
  folded: string,
  lang: NumberLanguage,
): NumberMatch | undefined {
  const head = tokens[i];
  if (head === undefined || (!head.digit && !startsOf(lang).has(head.t))) return undefined;
  if (RANGE_OPENERS.has(head.t)) {
    const first = readCore(tokens, i + 1, folded, lang);
    const link = first === undefined ? undefined : tokens[first.to]?.t;
    const second =
      first !== undefined && link !== undefined && RANGE_LINKS[lang].has(link)
        ? readCore(tokens, first.to + 1, folded, lang)
        : undefined;
    const linked = (head.t === 'between' || head.t === 'entre') === (link === 'and' || link === 'et');
    if (first !== undefined && second !== undefined && linked && second.reading.value > first.reading.value) {
      return {
        value: first.reading.value,
        min: first.reading.value,
        max: second.reading.max ?? second.reading.value,
        approx: true,
        from: i,
        to: second.to,
        nominal: second.nominal,
      };
    }
  }
  let sense: QualifierSense | undefined;
  let start = i;
  for (const [words, s] of qualifiersAt(lang, head.t)) {
    if (matchWords(tokens, i, words)) {
      const inner = readCore(tokens, i + words.length, folded, lang);
      if (inner !== undefined) {
        sense = s;
        start = i + words.length;
        break;
      }
    }
  }
  const core = readCore(tokens, start, folded, lang);
  if (core === undefined) return undefined;
  const range = sense === undefined ? readRange(tokens, i, core, folded, lang) : undefined;
  if (range !== undefined) return range;
  const reading = qualify(core.reading, sense);
  return {
    ...reading,
    from: i,
    to: core.to,
    nominal: core.nominal,
    ...(sense === undefined ? {} : { qualifier: sense }),
  };
}

function readCore(
  tokens: readonly Token[],
  i: number,
  folded: string,
  lang: NumberLanguage,
): { reading: NumberReading; to: number; nominal: boolean } | undefined {
  const head = tokens[i];
  if (head === undefined) return undefined;
  const vague = longest(tokens, i, vagueAt(lang, head.t));
  if (vague !== undefined) {
    const reading: NumberReading = vague.exact
      ? { value: vague.value, min: vague.value, max: vague.value, approx: false }
      : {
          value: vague.value,
          min: vague.min,
          ...(vague.max === undefined ? {} : { max: vague.max }),
          approx: true,
        };
    return { reading, to: i + vague.words.length, nominal: vague.nominal === true };
  }
  const digits = readDigits(tokens, i, folded, lang);
  if (digits !== undefined) {
    const big = readBigSuffix(tokens, digits.to, lang);
    // 2,5 millions is a whole number of things; rounding removes float noise from the product.
    const value = Math.round(digits.value * big.factor * 1000) / 1000;
    return {
      reading: { value, min: value, max: value, approx: false },
      to: big.to,
      nominal: big.factor >= 1e6,
    };
  }
  const words = readWords(tokens, i, lang);
  if (words === undefined) return undefined;
  const v = words.value;
  return { reading: { value: v, min: v, max: v, approx: false }, to: words.to, nominal: false };
}
