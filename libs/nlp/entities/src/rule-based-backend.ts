import { calendarWords, DANGLING_WORDS } from '@wirestream/nlp-text';
import { longFormEndAfter, longFormStartBefore } from './acronyms';
import { type CuratedEntity } from './data/curated-entities';
import {
  COMMON_WORDS,
  FIRST_NAMES,
  LOCATIVE_CUES,
  NAME_CONNECTORS,
  NON_ACRONYMS,
  ORG_ADJECTIVES,
  ORG_HEADS,
  ORG_OF_NOUNS,
  ORG_ONLY_CONNECTORS,
  ORG_TAILS,
  PLACE_HEADS,
  PLACE_TAILS,
  SPEECH_AFTER,
  SPEECH_BEFORE,
  TITLE_ABBREVIATIONS,
  TITLES,
} from './data/lexicon';
import { foldKey, foldText, phraseKey } from './fold-key';
import { type CountryRecord, type Gazetteer, loadGazetteer, type PlaceRecord } from './gazetteer';
import { type NerBackend } from './ner-backend';
import { type Token, tokenize } from './tokenize';
import { type CanonicalRef, type Entity, type EntityType, type TagInput } from './types';
import { ENTITIES_VERSION } from './version';

/** Options of {@link createRuleBasedBackend}. */
export interface RuleBasedBackendOptions {
  /**
   * Look-up tables; pass one to share it between backends or to test with small data.
   * @default the gazetteer shipped in this package ({@link loadGazetteer})
   */
  readonly gazetteer?: Gazetteer;
  /**
   * Smallest population at which a GeoNames place is accepted without any other evidence (a country
   * of the dispatch, a seat, or a locative cue such as "près de").
   * @default 50000
   */
  readonly minPopulation?: number;
}

/** Defaults of {@link RuleBasedBackendOptions}. */
export const DEFAULT_RULE_BASED_OPTIONS = { minPopulation: 50000 } as const;

interface Segment {
  readonly id: string;
  readonly role: string;
  readonly tokens: readonly Token[];
  /** Mostly capitalised words (an English headline): capitals carry no evidence there. */
  readonly titleCase: boolean;
  /** Mostly upper case: acronym shapes carry no evidence there. */
  readonly allCaps: boolean;
  /** Which mention holds each token. */
  readonly taken: (Mention | undefined)[];
  /** Title phrase ending just before a token index, for "le colonel Chris Garver". */
  readonly titleBefore: Map<number, string>;
  readonly titleToken: boolean[];
  /** Token indexes right after "M.", "Mme", "Mr": a person, but civilities are not titles. */
  readonly civilityBefore: Set<number>;
}

interface Mention {
  type: EntityType;
  readonly seg: number;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  canonical?: CanonicalRef;
  expansion?: string;
  title?: string;
  /** A GeoNames reading still to accept or reject once the dispatch's countries are known. */
  candidates?: readonly PlaceRecord[];
  cue?: boolean;
  /** Typed without positive evidence; a known person's name overrides it. */
  weak?: boolean;
  acronym?: boolean;
}

interface AcronymDefinition {
  readonly mention: Mention;
  readonly surface: string;
}

const COMPASS =
  /^(?:(.+)-(?:Nord|Sud|Est|Ouest|North|South|East|West|Central|Centre)|(?:Nord|Sud|North|South|East|West)-(.+))$/u;
const CIVILITIES = new Set(['m', 'mme', 'mlle', 'mr', 'mrs', 'ms']);
/** Weekday and month names (`may` aside: a surname too), folded: never the tail of a name. */
const DATE_NAMES = new Set(calendarWords(['en', 'fr'], ['months', 'weekdays']).filter((w) => w !== 'may'));
/**
 * Common nouns that title-case names of units, offices and documents are made of: a span holding one
 * is no person's name (the tagger's last fallback).
 */
const NOT_NAME_WORDS = new Set([
  'affairs',
  'release',
  'releases',
  'news',
  'states',
  'chiefs',
  'minister',
  'ministry',
  'copyright',
  'wing',
  'group',
  'brigade',
  'team',
  'division',
  'battalion',
  'regiment',
  'squadron',
  'force',
  'forces',
  'command',
  'office',
  'department',
  'agency',
  'council',
  'committee',
  'staff',
  'support',
  'plans',
  'communications',
  'officer',
  'airmen',
  'soldiers',
  'marines',
  'sailors',
  'reserves',
  'range',
  'training',
  'center',
  'centre',
  'base',
  'station',
  'information',
  'operations',
  'program',
  'programme',
  'number',
  'report',
  'statement',
  'briefing',
  'transcript',
  'service',
  'services',
  'security',
  'defense',
  'defence',
  'army',
  'navy',
  'corps',
  'guard',
  'police',
  'government',
  'university',
  'school',
  'hospital',
  'airport',
  'sea',
  'river',
  'valley',
  'mountains',
  'province',
  'district',
  'region',
  'city',
  'street',
  'square',
]);
/**
 * Words after which a country's name is no adjective but a subject or a place (`the U.S. said`,
 * `in the U.S. on Monday`): function words and common verbs (a past form in -ed is read so too).
 */
const SUBJECT_FOLLOWERS = new Set([
  ...Object.values(DANGLING_WORDS).flat(),
  'in',
  'on',
  'at',
  'is',
  'was',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'must',
  'may',
  'should',
  'said',
  'says',
  'say',
  'did',
  'does',
  'do',
  'sent',
  'struck',
  'hit',
  'took',
  'made',
  'but',
  'which',
  'who',
  'that',
  'as',
  'since',
  'after',
  'before',
  'over',
  'under',
  'against',
]);
/** Abbreviations that open an organisation's name: `U.S. Air Force`, `U.N. Security Council`. */
const ORG_PREFIX = /^(?:U\.S\.|U\.K\.|U\.N\.)$/u;
/** A country's name in letters: `U.S.`, `US`, `UK`, `USA`. */
const ABBREVIATED_COUNTRY = /^(?:U\.S\.|US|U\.K\.|UK|USA|U\.S\.A\.)$/u;
/** The word that names a military operation before its name, folded (`opération` folds to it too). */
const OPERATION_WORDS = new Set(['operation']);
/** Words an operation's name takes at most (`Operation Iraqi Freedom`, `Operation Allied Force`). */
const MAX_OPERATION_WORDS = 3;
/** A capitalised word that can be part of a name (not a digit, not punctuation). */
const isNameToken = (t: Token): boolean => t.isWord && t.cap && !/^\d/u.test(t.text);
/** Compass words that open a region's name in a dateline (`SOUTHWEST ASIA`, `NORTHERN IRAQ`). */
const REGION_WORDS = new Set(
  ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central'].flatMap(
    (w) => [w, `${w}ern`],
  ),
);
const TITLE_PHRASES: ReadonlyMap<string, string> = new Map(TITLES.map((t) => [phraseKey(t), t]));
const TITLE_PREFIXES: ReadonlySet<string> = new Set(
  TITLES.flatMap((t) => {
    const parts = phraseKey(t).split(' ');
    return parts.map((_, n) => parts.slice(0, n + 1).join(' '));
  }),
);
/** Figures like "1,500" or "2.5": not words for the capital-density tests. */
const NUMERAL = /^[\d.,]+$/;

/** Words of a phrase key (single spaces), counted without splitting it. */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

const LONG_FORM_BREAKERS = new Set([',', ';', ':', '(', ')', '"', '«', '»', '“', '”', '.', '!', '?']);

function slug(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function curatedRef(entity: CuratedEntity): CanonicalRef {
  const id = entity.id.includes(':') ? entity.id : `wirestream:${entity.id}`;
  return {
    id,
    name: entity.name,
    ...(entity.country !== undefined ? { country: entity.country } : {}),
    ...(entity.lat !== undefined && entity.lon !== undefined ? { lat: entity.lat, lon: entity.lon } : {}),
  };
}

function countryRef(c: CountryRecord): CanonicalRef {
  return {
    id: `wirestream:country-${c.cc.toLowerCase()}`,
    name: c.name,
    country: c.cc,
    lat: c.lat,
    lon: c.lon,
  };
}

/** One dispatch being tagged: the passes share the segments, the mentions so far and what they learnt. */
class Tagging {
  readonly segments: Segment[];
  private mentions: Mention[] = [];
  /** Mentions removed since the list was last compacted: removal is O(1), a long text removes many. */
  private readonly dead = new Set<Mention>();
  readonly lowerWords = new Set<string>();
  readonly definitions = new Map<string, AcronymDefinition>();
  readonly persons = new Map<string, CanonicalRef[]>();
  /** Word tokens and their folds per segment, built when an acronym needs a long form searched. */
  private wordIndex: { words: number[]; folds: string[] }[] | undefined;
  /** Capitalised words by folded initial, as (segment, word) pairs: where a long form may start. */
  private capitalsByInitial: Map<string, [number, number][]> | undefined;
  /** Acronyms whose long form was sought and not found: the text holds none (taken tokens only grow). */
  private readonly undefinable = new Set<string>();

  constructor(
    readonly input: TagInput,
    readonly gaz: Gazetteer,
    readonly minPopulation: number,
  ) {
    this.segments = input.segments.map((s) => {
      const tokens = tokenize(input.text, s.start, s.end);
      // One pass over the tokens (this runs for every segment): long words, their capitals and
      // upper-case ones, and capitalised common words.
      let long = 0;
      let caps = 0;
      let upper = 0;
      let commonCaps = 0;
      for (const t of tokens) {
        if (t.isWord && t.text.length >= 4 && !NUMERAL.test(t.text)) {
          long++;
          if (t.cap) caps++;
          if (t.upper) upper++;
        }
        if (t.cap && !t.sentenceStart && COMMON_WORDS.has(t.fold)) commonCaps++;
      }
      // A name-dense sentence is mostly capitals too; a title-case line also capitalises common words.
      // French headlines are in sentence case.
      const englishHeadline = s.role === 'headline' && !input.language.startsWith('fr');
      return {
        id: s.id,
        role: s.role,
        tokens,
        titleCase: long >= 3 && caps / long >= 0.6 && (englishHeadline || commonCaps >= 2),
        allCaps: long >= 3 && upper / long >= 0.7,
        taken: new Array<Mention | undefined>(tokens.length).fill(undefined),
        titleBefore: new Map(),
        titleToken: new Array<boolean>(tokens.length).fill(false),
        civilityBefore: new Set(),
      };
    });
    for (const seg of this.segments) {
      if (seg.titleCase) continue;
      for (const t of seg.tokens) if (t.isWord && !t.cap && !t.elision) this.lowerWords.add(t.fold);
    }
  }

  run(): Entity[] {
    this.matchOperations();
    this.matchCurated();
    this.findDefinitions();
    this.markTitles();
    this.resolveAcronyms();
    this.chunkSpans();
    this.linkPersons();
    this.widenDatelineRegions();
    this.resolvePlaces();
    this.joinCountryPrefixes();
    this.dropAdjectivalCountries();
    return this.emit();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private surface(seg: Segment, from: number, to: number): string {
    const first = seg.tokens[from] as Token;
    const last = seg.tokens[to - 1] as Token;
    return this.input.text.slice(first.start, last.end);
  }

  private add(
    seg: number,
    from: number,
    to: number,
    type: EntityType,
    extra: Partial<Mention> = {},
  ): Mention {
    const s = this.segments[seg] as Segment;
    const m: Mention = {
      type,
      seg,
      from,
      to,
      start: (s.tokens[from] as Token).start,
      end: (s.tokens[to - 1] as Token).end,
      ...extra,
    };
    for (let k = from; k < to; k++) s.taken[k] = m;
    this.mentions.push(m);
    return m;
  }

  /** A mention of part of one hyphenated token ("Irak" in "Irak-Syrie"). */
  private addPart(
    seg: number,
    tok: number,
    start: number,
    end: number,
    type: EntityType,
    extra: Partial<Mention>,
  ): Mention {
    const s = this.segments[seg] as Segment;
    const m: Mention = { type, seg, from: tok, to: tok + 1, start, end, ...extra };
    s.taken[tok] = m;
    this.mentions.push(m);
    return m;
  }

  private remove(m: Mention): void {
    const s = this.segments[m.seg] as Segment;
    for (let k = m.from; k < m.to; k++) if (s.taken[k] === m) s.taken[k] = undefined;
    this.dead.add(m);
  }

  /** The mentions still standing, in the order they were added. */
  private live(): Mention[] {
    if (this.dead.size > 0) {
      this.mentions = this.mentions.filter((m) => !this.dead.has(m));
      this.dead.clear();
    }
    return this.mentions;
  }

  private isCommonWord(t: Token): boolean {
    return COMMON_WORDS.has(t.fold) || this.lowerWords.has(t.fold);
  }

  // ---- pass 0: military operations (`Operation Odyssey Dawn`, `l'opération Serval`) --------------

  /**
   * A military operation is named by the word itself and the capitalised words after it: the whole
   * span is `MISC`, with a canonical id from its name, and the bare name elsewhere in the dispatch
   * (`Chammal` after `opération Chammal`) is the same operation.
   */
  private matchOperations(): void {
    const names = new Map<string, CanonicalRef>();
    this.segments.forEach((seg, si) => {
      const toks = seg.tokens;
      for (let i = 0; i + 1 < toks.length; i++) {
        if (!OPERATION_WORDS.has((toks[i] as Token).fold) || seg.taken[i] !== undefined) continue;
        // Inside a longer name (`Combined Joint Task Force – Operation Inherent Resolve`): not here.
        if (this.continuesName(toks, i)) continue;
        let to = i + 1;
        while (to < toks.length && to - i <= MAX_OPERATION_WORDS && isNameToken(toks[to] as Token)) to++;
        if (to === i + 1 || seg.taken.slice(i, to).some((m) => m !== undefined)) continue;
        const name = this.surface(seg, i + 1, to);
        const key = foldKey(name);
        const canonical = names.get(key) ?? { id: `wirestream:operation-${key}`, name };
        names.set(key, canonical);
        this.add(si, i, to, 'MISC', { canonical });
        i = to - 1;
      }
    });
    if (names.size === 0) return;
    this.segments.forEach((seg, si) => {
      const toks = seg.tokens;
      for (let i = 0; i < toks.length; i++) {
        if (seg.taken[i] !== undefined || !isNameToken(toks[i] as Token) || this.continuesName(toks, i))
          continue;
        for (let to = Math.min(toks.length, i + MAX_OPERATION_WORDS); to > i; to--) {
          const canonical = names.get(foldKey(this.surface(seg, i, to)));
          if (canonical === undefined || seg.taken.slice(i, to).some((m) => m !== undefined)) continue;
          this.add(si, i, to, 'MISC', { canonical });
          i = to - 1;
          break;
        }
      }
    });
  }

  /** Whether token `i` continues a capitalised name before it (`Task Force Odyssey Dawn`, `Force – Operation`). */
  private continuesName(toks: readonly Token[], i: number): boolean {
    let k = i - 1;
    if (k >= 0 && /^[-–—]$/u.test((toks[k] as Token).text)) k--;
    const before = toks[k];
    return before !== undefined && before.isWord && before.cap && !before.sentenceStart;
  }

  // ---- pass 1: curated names (longest match first) ----------------------------------------------

  private matchCurated(): void {
    const { curatedPhrases, maxPhraseWords } = this.gaz;
    this.segments.forEach((seg, si) => {
      const toks = seg.tokens;
      for (let i = 0; i < toks.length; i++) {
        const first = toks[i] as Token;
        if (!first.isWord || seg.taken[i] !== undefined) continue;
        const lowerStart = !first.cap && this.gaz.lowerFirstWords.has(first.fold);
        if (!first.cap && !lowerStart) continue;
        let key = '';
        let words = 0;
        let best: { to: number; entity: CuratedEntity | CountryRecord } | undefined;
        for (let j = i; j < toks.length && words < maxPhraseWords; j++) {
          const t = toks[j] as Token;
          if (!t.isWord) {
            if (t.text === '-' || t.text === '–') continue;
            break;
          }
          const part = t.key;
          key = key === '' ? part : `${key} ${part}`;
          if (!this.gaz.phrasePrefixes.has(key)) break;
          words += wordCount(part);
          const entity = curatedPhrases.get(key);
          // A lower-case first word only opens names listed so ("mer Rouge"), with a capital after it.
          if (
            entity !== undefined &&
            (!lowerStart || (j > i && /\p{Lu}/u.test(this.input.text.slice(t.start, t.end))))
          )
            best = { to: j + 1, entity };
          else if (words > 1) {
            // Country names with lower-case words: "Arabie saoudite", "Corée du Nord".
            const country = this.gaz.countryPhrases.get(key);
            if (country !== undefined) best = { to: j + 1, entity: country };
          }
        }
        if (best === undefined) continue;
        if ('cc' in best.entity) {
          this.add(si, i, best.to, 'LOC', { canonical: countryRef(best.entity) });
          i = best.to - 1;
          continue;
        }
        // A sentence-initial common word ("Nil" is French for nothing, but "Amnesty"…) is left alone.
        if (best.to === i + 1 && first.sentenceStart && this.lowerWords.has(first.fold)) continue;
        this.add(si, i, best.to, best.entity.type, { canonical: curatedRef(best.entity) });
        i = best.to - 1;
      }
    });
  }

  // ---- pass 2: acronyms defined in brackets ------------------------------------------------------

  private findDefinitions(): void {
    this.segments.forEach((seg, si) => {
      const toks = seg.tokens;
      for (let i = 0; i + 2 < toks.length; i++) {
        const a = toks[i] as Token;
        const b = toks[i + 1] as Token;
        const c = toks[i + 2] as Token;
        if (a.text === '(' && b.upper && c.text === ')') this.defineBefore(si, i, b.text);
        else if (a.upper && b.text === '(' && c.isWord && c.cap) this.defineAfter(si, i);
      }
    });
  }

  private defineBefore(si: number, paren: number, acronym: string): void {
    if (this.definitions.has(acronym)) return;
    const seg = this.segments[si] as Segment;
    const idx: number[] = [];
    for (let k = paren - 1; k >= 0 && idx.length < 12; k--) {
      const t = seg.tokens[k] as Token;
      if (!t.isWord || LONG_FORM_BREAKERS.has(t.text)) break;
      idx.unshift(k);
    }
    const s = longFormStartBefore(
      acronym,
      idx.map((k) => (seg.tokens[k] as Token).fold),
    );
    if (s < 0) return;
    const from = idx[s] as number;
    if (!(seg.tokens[from] as Token).cap) return;
    this.define(si, from, paren, acronym);
  }

  private defineAfter(si: number, at: number): void {
    const seg = this.segments[si] as Segment;
    const acronym = (seg.tokens[at] as Token).text;
    if (this.definitions.has(acronym)) return;
    const folds: string[] = [];
    let k = at + 2;
    for (; k < seg.tokens.length; k++) {
      const t = seg.tokens[k] as Token;
      if (t.text === ')') break;
      if (!t.isWord) return;
      folds.push(t.fold);
    }
    if (k >= seg.tokens.length || longFormEndAfter(acronym, folds, 0) !== folds.length) return;
    this.define(si, at + 2, k, acronym);
  }

  private define(si: number, from: number, to: number, acronym: string): void {
    const seg = this.segments[si] as Segment;
    const inside = new Set<Mention>();
    for (let k = from; k < to; k++) {
      const m = seg.taken[k];
      if (m !== undefined) inside.add(m);
    }
    // The long form already read as one curated name: keep it and its canonical id.
    const whole = [...inside].find((m) => m.from <= from && m.to >= to);
    let mention: Mention;
    if (whole !== undefined && whole.from === from && whole.to === to) mention = whole;
    else {
      for (const m of inside) this.remove(m);
      const surface = this.surface(seg, from, to);
      const country = this.gaz.countries.get(foldKey(surface));
      const curated = this.gaz.curatedAcronyms.get(acronym);
      const inner = [...inside].find(
        (m) => m.canonical !== undefined && m.canonical.id === (curated && curatedRef(curated).id),
      );
      if (country !== undefined) mention = this.add(si, from, to, 'LOC', { canonical: countryRef(country) });
      else if (inner?.canonical !== undefined)
        mention = this.add(si, from, to, inner.type, { canonical: inner.canonical });
      else
        mention = this.add(si, from, to, 'ORG', {
          canonical: { id: `wirestream:org-${slug(surface)}`, name: surface },
        });
    }
    this.definitions.set(acronym, { mention, surface: this.surface(seg, from, to) });
  }

  // ---- pass 3: person titles ---------------------------------------------------------------------

  private markTitles(): void {
    for (const seg of this.segments) {
      const toks = seg.tokens;
      for (let i = 0; i < toks.length; i++) {
        if (seg.taken[i] !== undefined || !(toks[i] as Token).isWord) continue;
        let key = '';
        let best: { to: number; title: string } | undefined;
        for (let j = i; j < toks.length; j++) {
          const t = toks[j] as Token;
          if (!t.isWord) break;
          key = key === '' ? t.key : `${key} ${t.key}`;
          if (!TITLE_PREFIXES.has(key)) break;
          const title = TITLE_PHRASES.get(key);
          if (title === undefined) continue;
          const abbr = TITLE_ABBREVIATIONS[key] ?? (CIVILITIES.has(key) ? '' : undefined);
          if (abbr !== undefined) {
            if (toks[j + 1]?.text === '.') best = { to: j + 2, title: abbr };
            else if (key !== 'm' && /^\p{Lu}/u.test(t.text)) best = { to: j + 1, title: abbr };
          } else best = { to: j + 1, title: this.surface(seg, i, j + 1).toLowerCase() };
        }
        if (best === undefined) continue;
        const next = this.skipTitleComplement(seg, best.to);
        const name = toks[next];
        if (name === undefined || !name.cap || name.upper || seg.taken[next] !== undefined) continue;
        for (let k = i; k < best.to; k++) seg.titleToken[k] = true;
        if (best.title !== '') seg.titleBefore.set(next, best.title);
        else seg.civilityBefore.add(next);
        i = best.to - 1;
      }
    }
  }

  /**
   * Words between a title and the name: adjectives ("le président syrien Bachar al-Assad") and a
   * complement ("le ministre des Affaires étrangères Jean-Yves Le Drian", "l'émissaire de l'ONU Staffan de Mistura").
   */
  private skipTitleComplement(seg: Segment, from: number): number {
    const toks = seg.tokens;
    const lowerAdjective = (k: number): boolean => {
      const t = toks[k];
      return t !== undefined && /^\p{Ll}/u.test(t.text) && this.isAdjective(t);
    };
    let next = from;
    while (lowerAdjective(next)) next++;
    const of = toks[next];
    if (of !== undefined && ['de', 'des', 'du', 'd', 'of'].includes(of.fold))
      next = this.skipOfComplement(seg, next);
    // An apposition: "le porte-parole du Kremlin, Dmitri Peskov".
    if (toks[next]?.text === ',' && toks[next + 1]?.cap === true && toks[next + 1]?.upper === false)
      return next + 1;
    return next;
  }

  private skipOfComplement(seg: Segment, next: number): number {
    const toks = seg.tokens;
    const lowerAdjective = (k: number): boolean => {
      const t = toks[k];
      return t !== undefined && /^\p{Ll}/u.test(t.text) && this.isAdjective(t);
    };
    let k = next + 1;
    if (toks[k]?.fold === 'la' || toks[k]?.fold === 'l' || toks[k]?.fold === 'the') k++;
    let words = 0;
    while (words < 3) {
      const t = toks[k];
      if (t === undefined || !t.isWord) break;
      if (t.upper || ORG_OF_NOUNS.has(t.fold) || lowerAdjective(k) || (t.cap && words === 0)) {
        k++;
        words++;
      } else break;
    }
    if (words === 0) return next;
    while (lowerAdjective(k)) k++;
    return k;
  }

  private isAdjective(t: Token): boolean {
    return ORG_ADJECTIVES.has(t.fold) || this.gaz.demonyms.has(t.fold);
  }

  // ---- pass 4: acronyms --------------------------------------------------------------------------

  private resolveAcronyms(): void {
    this.segments.forEach((seg, si) => {
      if (seg.allCaps) return;
      seg.tokens.forEach((t, i) => {
        if (!t.upper || seg.taken[i] !== undefined || NON_ACRONYMS.has(t.fold)) return;
        this.resolveAcronym(si, i, t);
      });
    });
  }

  private resolveAcronym(si: number, i: number, t: Token): void {
    const acronym = t.text;
    const plain = acronym.replace(/\./g, '');
    const def = this.definitions.get(acronym);
    if (def !== undefined) {
      const m = def.mention;
      if (m.type === 'LOC') this.add(si, i, i + 1, 'LOC', { canonical: m.canonical, acronym: true });
      else this.add(si, i, i + 1, m.type, { canonical: m.canonical, expansion: def.surface, acronym: true });
      return;
    }
    const country =
      this.gaz.countryAcronyms.get(plain) ??
      (plain.length >= 4 ? this.gaz.countries.get(foldKey(plain)) : undefined);
    if (country !== undefined) {
      this.add(si, i, i + 1, 'LOC', { canonical: countryRef(country), acronym: true });
      return;
    }
    const curated = this.gaz.curatedAcronyms.get(acronym) ?? this.gaz.curatedAcronyms.get(plain);
    if (curated !== undefined) {
      const ref = curatedRef(curated);
      const named = this.live().find((m) => !m.acronym && m.canonical?.id === ref.id);
      const expansion =
        named !== undefined
          ? this.input.text.slice(named.start, named.end)
          : this.input.language.startsWith('fr')
            ? (curated.nameFr ?? curated.name)
            : curated.name;
      this.add(si, i, i + 1, curated.type, { canonical: ref, expansion, acronym: true });
      return;
    }
    // A dateline or headline place in capitals ("BEYROUTH").
    if (plain.length >= 4) {
      const places = this.gaz.places.get(foldKey(plain));
      if (places !== undefined) {
        this.add(si, i, i + 1, 'LOC', { candidates: places, acronym: true });
        return;
      }
    }
    if (this.defineEarlier(si, i, acronym)) return;
    if (plain.length <= 6) this.add(si, i, i + 1, 'ORG', { acronym: true, weak: true });
  }

  /** "Observatoire syrien des droits de l'homme … l'OSDH": a long form without brackets elsewhere. */
  private defineEarlier(si: number, i: number, acronym: string): boolean {
    if (this.undefinable.has(acronym)) return false;
    this.wordIndex ??= this.segments.map((seg) => {
      const words: number[] = [];
      seg.tokens.forEach((t, k) => {
        if (t.isWord) words.push(k);
      });
      return { words, folds: words.map((k) => (seg.tokens[k] as Token).fold) };
    });
    // Only capitalised words with the acronym's initial can open its long form: indexed once, so a long
    // text with many acronyms is not scanned whole for each of them.
    this.capitalsByInitial ??= this.indexCapitals(this.wordIndex);
    const initial = acronym.charAt(0).toLowerCase();
    for (const [sj, w] of this.capitalsByInitial.get(initial) ?? []) {
      const seg = this.segments[sj] as Segment;
      const { words, folds } = this.wordIndex[sj] as { words: number[]; folds: string[] };
      const k = words[w] as number;
      if (sj === si && k === i) continue;
      const e = longFormEndAfter(acronym, folds, w);
      if (e < 0) continue;
      const to = (words[e - 1] as number) + 1;
      if (to - k < 2) continue;
      let free = true;
      for (let x = k; x < to; x++) if (seg.taken[x] !== undefined || seg.titleToken[x]) free = false;
      if (!free) continue;
      this.define(sj, k, to, acronym);
      const def = this.definitions.get(acronym) as AcronymDefinition;
      this.add(si, i, i + 1, def.mention.type, {
        canonical: def.mention.canonical,
        expansion: def.surface,
        acronym: true,
      });
      return true;
    }
    this.undefinable.add(acronym);
    return false;
  }

  private indexCapitals(
    index: readonly { words: number[]; folds: string[] }[],
  ): Map<string, [number, number][]> {
    const byInitial = new Map<string, [number, number][]>();
    index.forEach(({ words }, sj) => {
      const seg = this.segments[sj] as Segment;
      words.forEach((k, w) => {
        const t = seg.tokens[k] as Token;
        if (!t.cap || t.upper) return;
        const initial = t.fold.charAt(0);
        const list = byInitial.get(initial);
        if (list === undefined) byInitial.set(initial, [[sj, w]]);
        else list.push([sj, w]);
      });
    });
    return byInitial;
  }

  // ---- pass 5: capitalised spans -----------------------------------------------------------------

  private chunkSpans(): void {
    this.segments.forEach((seg, si) => {
      const toks = seg.tokens;
      const free = (k: number): boolean => seg.taken[k] === undefined && !seg.titleToken[k];
      const startsName = (k: number): boolean => {
        const t = toks[k];
        return t !== undefined && t.isWord && t.cap && !t.upper && free(k);
      };
      for (let i = 0; i < toks.length; i++) {
        if (!startsName(i)) continue;
        let j = i + 1;
        for (;;) {
          // A day or a month after a name is the date, not more of the name ("in Syria Monday").
          if (toks[j] !== undefined && DATE_NAMES.has((toks[j] as Token).fold)) break;
          // A middle initial: "Kenneth H. Bacon", "Stephen J. Townsend" (one capital and its stop).
          const initial = toks[j];
          if (
            initial !== undefined &&
            free(j) &&
            /^\p{Lu}$/u.test(initial.text) &&
            toks[j + 1]?.text === '.' &&
            toks[j + 1]?.start === initial.end &&
            startsName(j + 2)
          ) {
            j += 3;
            continue;
          }
          if (startsName(j)) {
            j++;
            continue;
          }
          // "Al Masirah TV": an upper-case tail word ends an organisation's name.
          const tail = toks[j];
          if (tail !== undefined && tail.upper && free(j) && ORG_TAILS.has(tail.fold)) {
            j++;
            break;
          }
          // Up to two connectors between capitalised words: "Abou Bakr al-Baghdadi", "Organisation des Nations".
          let k = j;
          while (
            k < j + 2 &&
            toks[k] !== undefined &&
            free(k) &&
            NAME_CONNECTORS.has((toks[k] as Token).fold) &&
            !(toks[k] as Token).cap
          )
            k++;
          if (k > j && startsName(k)) {
            j = k + 1;
            continue;
          }
          break;
        }
        if (seg.titleCase) this.classifyTitleCase(si, i, j);
        else {
          j = this.extendOrganisation(seg, i, j);
          this.classify(si, i, j);
        }
        i = j - 1;
      }
    });
  }

  /** French organisation names keep their adjectives in lower case: "Forces démocratiques syriennes". */
  private extendOrganisation(seg: Segment, from: number, to: number): number {
    if (!ORG_HEADS.has((seg.tokens[from] as Token).fold)) return to;
    let j = to;
    const toks = seg.tokens;
    for (;;) {
      const t = toks[j];
      if (t === undefined || seg.taken[j] !== undefined) break;
      if (t.isWord && /^\p{Ll}/u.test(t.text) && this.isAdjective(t)) {
        j++;
        continue;
      }
      const n = toks[j + 1];
      if (
        t.isWord &&
        ['de', 'des', 'du', 'd'].includes(t.fold) &&
        n !== undefined &&
        seg.taken[j + 1] === undefined
      ) {
        let k = j + 1;
        if ((n.fold === 'la' || n.fold === 'l') && toks[k + 1] !== undefined) k++;
        const noun = toks[k] as Token;
        if (ORG_OF_NOUNS.has(noun.fold) && seg.taken[k] === undefined) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /**
   * In a title-case headline every word has a capital, so only names the tables know are taken,
   * longest first; single unknown words wait for a person of the body to claim them.
   */
  private classifyTitleCase(si: number, from: number, to: number): void {
    const seg = this.segments[si] as Segment;
    let i = from;
    while (i < to) {
      let j = Math.min(to, i + 4);
      for (; j > i; j--) if (this.classifyKnown(si, i, j)) break;
      if (j === i) {
        const t = seg.tokens[i] as Token;
        if (t.isWord && !this.isCommonWord(t)) this.add(si, i, i + 1, 'PER', { weak: true });
        i++;
      } else i = j;
    }
  }

  private classifyKnown(si: number, from: number, to: number): boolean {
    const seg = this.segments[si] as Segment;
    const first = seg.tokens[from] as Token;
    const last = seg.tokens[to - 1] as Token;
    if (!first.isWord || !last.isWord) return false;
    const key = foldKey(this.surface(seg, from, to));
    const country = this.gaz.countries.get(key);
    if (country !== undefined) {
      this.add(si, from, to, 'LOC', { canonical: countryRef(country) });
      return true;
    }
    const norp = to - from === 1 ? this.gaz.demonyms.get(first.fold) : undefined;
    if (norp !== undefined) {
      this.addNorp(si, from, to, norp);
      return true;
    }
    const curated = this.gaz.curatedPlaceKeys.get(key);
    if (curated !== undefined) {
      this.add(si, from, to, 'LOC', { canonical: curatedRef(curated) });
      return true;
    }
    const places = this.gaz.places.get(key);
    if (places !== undefined && !this.isCommonWord(first)) {
      this.add(si, from, to, 'LOC', { candidates: places });
      return true;
    }
    if (to - from === 1 && first.text.includes('-')) {
      const parts = this.splitHyphenated(first);
      if (parts !== undefined) {
        for (const p of parts) this.addPart(si, from, p.start, p.end, 'LOC', p.extra);
        return true;
      }
    }
    return false;
  }

  private addNorp(si: number, from: number, to: number, norp: CountryRecord | null): void {
    this.add(
      si,
      from,
      to,
      'NORP',
      norp === null
        ? {}
        : {
            canonical: { id: `wirestream:norp-${norp.cc.toLowerCase()}`, name: norp.name, country: norp.cc },
          },
    );
  }

  private classify(si: number, from: number, to: number): void {
    const seg = this.segments[si] as Segment;
    const toks = seg.tokens;
    if (from >= to) return;
    const surface = this.surface(seg, from, to);
    const key = foldKey(surface);
    const first = toks[from] as Token;
    const words = toks.slice(from, to).filter((t) => t.isWord && t.cap);
    const single = to - from === 1;

    const country = this.gaz.countries.get(key);
    if (country !== undefined) {
      this.add(si, from, to, 'LOC', { canonical: countryRef(country) });
      return;
    }
    if (single) {
      const norp = this.gaz.demonyms.get(first.fold);
      if (norp !== undefined) {
        this.addNorp(si, from, to, norp);
        return;
      }
    }
    const curatedPlace = this.gaz.curatedPlaceKeys.get(key);
    if (curatedPlace !== undefined) {
      this.add(si, from, to, 'LOC', { canonical: curatedRef(curatedPlace) });
      return;
    }
    // Function words never open a name ("Les Forces…", "Selon Garver"); sentence-initial words seen
    // in lower case elsewhere in the dispatch only carry the sentence's capital.
    if (
      COMMON_WORDS.has(first.fold) ||
      ((first.sentenceStart || seg.titleCase) && this.lowerWords.has(first.fold))
    ) {
      if (!this.gaz.places.has(key) || single) {
        let next = from + 1;
        while (next < to && !(toks[next] as Token).cap) next++;
        this.classify(si, next, to);
        return;
      }
    }

    const title = seg.titleBefore.get(from);
    const lastFold = (toks[to - 1] as Token).fold;
    // "Forces" or "Army" alone is a common noun with a capital, not a name.
    if (!single && (ORG_HEADS.has(first.fold) || ORG_TAILS.has(lastFold))) {
      this.add(si, from, to, 'ORG');
      return;
    }
    // "Maaret al-Noomane and Saraqeb", "Iraq and Syria": "and" joins two names unless an organisation's.
    for (let k = from + 1; k < to - 1; k++) {
      const t = toks[k] as Token;
      if (!t.cap && (t.fold === 'and' || t.fold === 'et' || t.fold === 'or')) {
        this.classify(si, from, k);
        this.classify(si, k + 1, to);
        return;
      }
    }
    const lastFoldPlace = PLACE_TAILS.has(lastFold);
    if (
      !single &&
      title === undefined &&
      (PLACE_HEADS.has(first.fold) || lastFoldPlace) &&
      !this.gaz.places.has(key)
    ) {
      this.add(si, from, to, 'LOC');
      return;
    }
    const knownPerson = this.persons.has(phraseKey(surface));
    if (
      title !== undefined ||
      seg.civilityBefore.has(from) ||
      knownPerson ||
      (!single && FIRST_NAMES.has(first.fold))
    ) {
      this.addPerson(si, from, to, title);
      return;
    }
    const places = this.gaz.places.get(key);
    if (places !== undefined) {
      const prev = this.previousWords(seg, from);
      const cue = prev.some((w) => LOCATIVE_CUES.has(w));
      this.add(si, from, to, 'LOC', { candidates: places, cue });
      return;
    }
    // "Darfour-Nord", "North-Kivu": a known region with a compass point.
    const compass = single ? COMPASS.exec(first.text) : null;
    if (compass !== null) {
      const core = compass[1] ?? compass[2] ?? '';
      const known = this.gaz.curatedPlaceKeys.get(foldKey(core));
      const country = this.gaz.countries.get(foldKey(core));
      if (known !== undefined || country !== undefined) {
        this.add(si, from, to, 'LOC', {
          canonical: known !== undefined ? curatedRef(known) : countryRef(country as CountryRecord),
        });
        return;
      }
    }
    // "Irak-Syrie": two places joined by a hyphen.
    if (single && first.text.includes('-')) {
      const parts = this.splitHyphenated(first);
      if (parts !== undefined) {
        for (const p of parts) this.addPart(si, from, p.start, p.end, 'LOC', p.extra);
        return;
      }
    }
    if (this.hasSpeechCue(seg, from, to)) {
      this.addPerson(si, from, to, undefined);
      return;
    }
    // "Garver of the coalition": other connectors only bind the words of an organisation's name.
    for (let k = from + 1; k < to - 1; k++) {
      const t = toks[k] as Token;
      if (!t.cap && ORG_ONLY_CONNECTORS.has(t.fold)) {
        this.classify(si, from, k);
        let next = k + 1;
        while (next < to && !(toks[next] as Token).cap) next++;
        this.classify(si, next, to);
        return;
      }
    }
    if (first.sentenceStart && this.isCommonWord(first)) return;
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      !/\d/.test(surface) &&
      this.looksLikePersonName(toks, from, to)
    )
      this.addPerson(si, from, to, undefined, true);
    else if (single) this.add(si, from, to, 'PER', { weak: true });
  }

  /**
   * Two to four capitalised words with no other evidence read as a person only when no word of them is
   * an organisation's or a place's word (`Bomb Wing`, `Public Affairs`, `Member States`, `News Release`):
   * a person's name is made of names, not of common nouns.
   */
  private looksLikePersonName(toks: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const t = toks[k] as Token;
      if (!t.isWord) continue;
      if (NOT_NAME_WORDS.has(t.fold) || this.lowerWords.has(t.fold)) return false;
    }
    return true;
  }

  private previousWords(seg: Segment, from: number): string[] {
    const out: string[] = [];
    for (let k = from - 1; k >= 0 && out.length < 3; k--) {
      const t = seg.tokens[k] as Token;
      if (!t.isWord) break;
      out.push(t.fold);
      if (!['de', 'du', 'd', 'des', 'of', 'la', 'l', 'the'].includes(t.fold)) break;
    }
    return out;
  }

  private hasSpeechCue(seg: Segment, from: number, to: number): boolean {
    const next = seg.tokens[to];
    if (next !== undefined && next.isWord && SPEECH_AFTER.has(next.fold)) return true;
    const prev = seg.tokens[from - 1];
    return prev !== undefined && prev.isWord && SPEECH_BEFORE.has(prev.fold);
  }

  private splitHyphenated(t: Token): { start: number; end: number; extra: Partial<Mention> }[] | undefined {
    const out: { start: number; end: number; extra: Partial<Mention> }[] = [];
    let offset = t.start;
    let known = 0;
    for (const part of t.text.split('-')) {
      // "US-led", "Kurdish-backed": the lower-case part is no name.
      if (/^\p{Ll}/u.test(part)) {
        offset += part.length + 1;
        continue;
      }
      const k = foldKey(part);
      const country = this.gaz.countries.get(k) ?? this.gaz.countryAcronyms.get(part);
      const curated = this.gaz.curatedPlaceKeys.get(k);
      const places = this.gaz.places.get(k);
      let extra: Partial<Mention> | undefined;
      if (country !== undefined) extra = { canonical: countryRef(country) };
      else if (curated !== undefined) extra = { canonical: curatedRef(curated) };
      else if (
        part.length > 2 &&
        places !== undefined &&
        (places[0] as PlaceRecord).population >= this.minPopulation
      )
        extra = { candidates: places, cue: true };
      if (extra === undefined) return undefined;
      known++;
      out.push({ start: offset, end: offset + part.length, extra });
      offset += part.length + 1;
    }
    return known > 0 && out.length > 0 ? out : undefined;
  }

  private addPerson(si: number, from: number, to: number, title: string | undefined, weak = false): void {
    const seg = this.segments[si] as Segment;
    const surface = this.surface(seg, from, to);
    const m = this.add(si, from, to, 'PER', {
      ...(title !== undefined ? { title } : {}),
      ...(weak ? { weak } : {}),
    });
    if (to - from >= 2) {
      const ref: CanonicalRef = { id: `wirestream:person-${slug(surface)}`, name: surface };
      m.canonical = ref;
      const last = foldKey((seg.tokens[to - 1] as Token).text);
      const list = this.persons.get(last) ?? [];
      if (!list.some((r) => r.id === ref.id)) list.push(ref);
      this.persons.set(last, list);
      this.persons.set(phraseKey(surface), [ref]);
    }
  }

  // ---- pass 6: short mentions of people ----------------------------------------------------------

  private linkPersons(): void {
    for (const m of [...this.live()]) {
      if (m.to - m.from !== 1 || m.acronym === true) continue;
      const seg = this.segments[m.seg] as Segment;
      const known = this.persons.get(foldKey(this.input.text.slice(m.start, m.end)));
      const ref = known?.length === 1 ? known[0] : undefined;
      if (m.type === 'PER') {
        if (ref !== undefined) m.canonical = ref;
        else if (m.weak === true && m.title === undefined && !this.hasSpeechCue(seg, m.from, m.to))
          this.remove(m);
        else m.weak = false;
        continue;
      }
      if (ref !== undefined && m.candidates !== undefined && m.cue !== true) {
        m.type = 'PER';
        m.canonical = ref;
        // Cleared, not deleted: `delete` turns the mention into a slow dictionary-mode object.
        m.candidates = undefined;
      }
    }
  }

  // ---- pass 6b: a region of a dateline (`SOUTHWEST ASIA –`) ------------------------------------

  /**
   * A dateline's place after a compass word in capitals (`SOUTHWEST ASIA`, `NORTHERN IRAQ`) is the
   * region the whole phrase names: the mention takes the compass word, and the region's own name
   * (`Southwest Asia`), no GeoNames place, as its canonical.
   */
  private widenDatelineRegions(): void {
    for (const m of [...this.live()]) {
      const seg = this.segments[m.seg] as Segment;
      if (m.type !== 'LOC' || seg.role !== 'dateline' || m.from === 0) continue;
      const before = seg.tokens[m.from - 1] as Token;
      if (!before.isWord || !before.upper || !REGION_WORDS.has(before.fold) || seg.taken[m.from - 1])
        continue;
      this.remove(m);
      const region = this.add(m.seg, m.from - 1, m.to, 'LOC');
      const name = this.input.text
        .slice(region.start, region.end)
        .toLowerCase()
        .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
      region.canonical = { id: `wirestream:region-${foldKey(name)}`, name };
    }
  }

  // ---- pass 7: GeoNames places, now that the dispatch's countries are known ----------------------

  private resolvePlaces(): void {
    const countries = new Set<string>();
    for (const m of this.live()) {
      if ((m.type === 'LOC' || m.type === 'NORP') && m.canonical?.country !== undefined)
        countries.add(m.canonical.country);
    }
    const pending = this.live().filter((m) => m.type === 'LOC' && m.candidates !== undefined);
    const accepted = new Map<string, PlaceRecord>();
    // Each pending mention's key is read in every loop below: fold it once.
    const keys = new Map<Mention, string>();
    for (const m of pending) keys.set(m, foldKey(this.input.text.slice(m.start, m.end)));
    const keyOf = (m: Mention): string => keys.get(m) as string;
    // The dateline names where the story was filed: its country helps choose among homonyms.
    for (const m of pending) {
      if ((this.segments[m.seg] as Segment).role !== 'dateline') continue;
      const best = (m.candidates as readonly PlaceRecord[]).find((c) => c.seat > 0 || c.population >= 15000);
      if (best === undefined) continue;
      accepted.set(keyOf(m), best);
      countries.add(best.country);
    }
    const choose = (m: Mention): PlaceRecord | undefined => {
      const cands = m.candidates as readonly PlaceRecord[];
      const top = cands[0];
      // A country of the dispatch picks among homonyms, but not a hamlet over a capital
      // ("Paris" stays in France when the story also names the United States).
      const local = cands.filter(
        (c) =>
          countries.has(c.country) &&
          (top === undefined || c.population * 20 >= top.population || top.population < 100000),
      );
      const best = local[0] ?? top;
      if (best === undefined) return undefined;
      const seg = this.segments[m.seg] as Segment;
      // A capitalised word inside a sentence is a name; with no person cue, the place reading stands.
      const first = seg.tokens[m.from] as Token;
      const midSentence =
        !seg.titleCase &&
        !first.sentenceStart &&
        m.acronym !== true &&
        !(m.to - m.from === 1 && FIRST_NAMES.has(first.fold));
      const ok = local.length > 0 || best.seat > 0 || best.population >= this.minPopulation || midSentence;
      return ok ? best : undefined;
    };
    for (const m of pending) {
      const seg = this.segments[m.seg] as Segment;
      if (seg.titleCase || accepted.has(keyOf(m))) continue;
      const best = choose(m);
      if (best !== undefined) accepted.set(keyOf(m), best);
    }
    for (const place of accepted.values()) countries.add(place.country);
    // Headline words all have capitals ("Meets" folds like Metz): only a place of the dispatch's
    // countries or one the body names too is taken.
    for (const m of pending) {
      const seg = this.segments[m.seg] as Segment;
      if (!seg.titleCase || accepted.has(keyOf(m))) continue;
      const best = (m.candidates as readonly PlaceRecord[]).find((c) => countries.has(c.country));
      if (best !== undefined) accepted.set(keyOf(m), best);
    }
    for (const m of pending) {
      const best = accepted.get(keyOf(m));
      if (best === undefined) {
        this.remove(m);
        continue;
      }
      const curated = this.gaz.curatedById.get(`geonames:${best.geonameId}`);
      m.canonical = curated
        ? curatedRef(curated)
        : {
            id: `geonames:${best.geonameId}`,
            name: best.name,
            country: best.country,
            lat: best.lat,
            lon: best.lon,
          };
      m.candidates = undefined;
    }
  }

  /**
   * An organisation's name that a country's or the UN's abbreviation opens (`U.S. Africa Command`,
   * `U.S. Air Force`, `U.N. Security Council`) takes it: the abbreviation is no place of its own there.
   */
  private joinCountryPrefixes(): void {
    for (const m of [...this.live()]) {
      if (m.type !== 'ORG' || m.from === 0) continue;
      const seg = this.segments[m.seg] as Segment;
      const before = seg.tokens[m.from - 1] as Token;
      if (!ORG_PREFIX.test(before.text)) continue;
      const taken = seg.taken[m.from - 1];
      if (taken !== undefined && (taken.type !== 'LOC' || taken.to !== m.from)) continue;
      if (taken !== undefined) this.remove(taken);
      this.remove(m);
      this.add(m.seg, m.from - 1, m.to, 'ORG', {
        ...(m.canonical === undefined ? {} : { canonical: m.canonical }),
        ...(m.expansion === undefined ? {} : { expansion: m.expansion }),
      });
    }
  }

  /**
   * A country's name used as an adjective names no place: glued by a hyphen to a word in lower case
   * (`U.S.-led`), or abbreviated before a lower-case noun (`U.S. forces`, `UK officials`), it is dropped.
   */
  private dropAdjectivalCountries(): void {
    for (const m of [...this.live()]) {
      if (m.type !== 'LOC' || m.canonical?.id.startsWith('wirestream:country-') !== true) continue;
      const toks = (this.segments[m.seg] as Segment).tokens;
      const next = toks[m.to];
      const lower = (t: Token | undefined): t is Token =>
        t !== undefined && t.isWord && /^\p{Ll}/u.test(t.text);
      // "U.S.-led", "Saudi-led": glued to a word in lower case.
      if (next?.text === '-' && next.start === (toks[m.to - 1] as Token).end && lower(toks[m.to + 1])) {
        this.remove(m);
        continue;
      }
      // "U.S. forces", "UK officials": an abbreviated name before a noun (not before "on", "and", …).
      const abbreviated = ABBREVIATED_COUNTRY.test(this.input.text.slice(m.start, m.end));
      if (abbreviated && lower(next) && !SUBJECT_FOLLOWERS.has(next.fold) && !/ed$/u.test(next.fold))
        this.remove(m);
    }
  }

  private emit(): Entity[] {
    const out: Entity[] = this.live().map((m) => {
      const seg = this.segments[m.seg] as Segment;
      const e: Entity = {
        type: m.type,
        text: this.input.text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        segmentId: seg.id,
        ...(m.canonical !== undefined ? { canonical: m.canonical } : {}),
        ...(m.expansion !== undefined ? { expansion: m.expansion } : {}),
        ...(m.title !== undefined ? { title: m.title } : {}),
      };
      return e;
    });
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  }
}

/**
 * The shipped backend: capitalised-span chunking, curated names and acronyms, person cues and a
 * GeoNames gazetteer matched through a folding key. Pure and deterministic.
 */
export function createRuleBasedBackend(options: RuleBasedBackendOptions = {}): NerBackend {
  const gaz = options.gazetteer ?? loadGazetteer();
  const minPopulation = options.minPopulation ?? DEFAULT_RULE_BASED_OPTIONS.minPopulation;
  return {
    name: 'rules',
    version: ENTITIES_VERSION,
    tag: (input: TagInput): Entity[] => new Tagging(input, gaz, minPopulation).run(),
  };
}
