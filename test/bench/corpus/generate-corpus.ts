import { type RawDispatch } from '@wirestream/contracts';
import { gazetteerPlaces } from './gazetteer-places';
import { createPrng, type Prng } from './prng';
import { EN_TEMPLATES, FR_TEMPLATES, type Templates } from './templates';
import { EN, FIRST_NAMES, FR, LAST_NAMES, type Vocabulary } from './vocabulary';

export type CorpusLanguage = 'fr' | 'en';

export interface CorpusOptions {
  /** Number of dispatches. */
  readonly count: number;
  /** Same seed, same corpus (byte for byte). @default 1 */
  readonly seed?: number;
  /** One language, or both alternating (fr first). @default 'mixed' */
  readonly language?: CorpusLanguage | 'mixed';
  /** Body sizes are drawn uniformly from this range, in UTF-8 bytes. @default [1500, 4500] (mean ~3 KB) */
  readonly bodyBytes?: readonly [number, number];
}

const AGENCIES = { fr: ['AFP'], en: ['Reuters', 'AP'] } as const;
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
} as const;
const START_MS = Date.UTC(2016, 5, 29, 6, 0, 0);

/** A count: as a word or in digits, like the wires write them. */
function count(r: Prng, v: Vocabulary): string {
  return r.next() < 0.5 ? r.pick(v.numberWords) : String(r.int(2, 60));
}

/** A large figure with the language's thousands separator (fr `10.000`, en `10,000`). */
function bigFigure(r: Prng, lang: CorpusLanguage): string {
  const n = r.int(1, 250) * 100 + r.int(0, 9) * 10;
  return n.toLocaleString('en-US').replace(',', lang === 'fr' ? '.' : ',');
}

function fill(
  template: string,
  r: Prng,
  lang: CorpusLanguage,
  agency: string,
  places: readonly string[],
): string {
  const v = lang === 'fr' ? FR : EN;
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'place':
        return r.pick(places);
      case 'PLACE':
        return r.pick(places).toUpperCase();
      case 'n':
        return count(r, v);
      case 'big':
        return bigFigure(r, lang);
      case 'actor':
        return `${r.pick(v.ranks)} ${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
      case 'day':
        return r.pick(v.days);
      case 'date':
        return lang === 'fr'
          ? `${r.int(1, 28)} ${r.pick(MONTHS.fr)}`
          : `${r.pick(MONTHS.en)} ${r.int(1, 28)}`;
      case 'year':
        return String(r.int(2013, 2016));
      case 'group':
        return r.pick(v.groups);
      case 'org':
        return r.pick(v.orgs);
      case 'country':
        return r.pick(v.countries);
      case 'target':
        return r.pick(v.targets);
      case 'strikes':
        return r.pick(v.strikeNouns);
      case 'verb':
        return r.pick(v.verbs);
      case 'agency':
        return agency;
      default:
        throw new Error(`Unknown corpus slot {${slot}}`);
    }
  });
}

/** Capitalises a sentence that starts with a slot drawn in lower case ("l'OSDH a …"). */
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function body(
  r: Prng,
  lang: CorpusLanguage,
  agency: string,
  targetBytes: number,
  places: readonly string[],
): string {
  const t: Templates = lang === 'fr' ? FR_TEMPLATES : EN_TEMPLATES;
  const v = lang === 'fr' ? FR : EN;
  const paragraphs: string[] = [];
  // A web page's chrome on some French dispatches, as in the AFP fixture: cleaning has work to do.
  if (lang === 'fr' && r.next() < 0.3) paragraphs.push(`${r.pick(v.chrome)}\n${r.pick(v.chrome)}`);
  // Sentences in a shuffled order without repeats until the pool runs out.
  let pool: string[] = [];
  let bytes = 0;
  let paragraph: string[] = [fill(t.dateline, r, lang, agency, places)];
  let first = true;
  while (bytes < targetBytes) {
    if (pool.length === 0) pool = [...t.sentences];
    const sentence = capitalise(
      fill(pool.splice(r.int(0, pool.length - 1), 1)[0] as string, r, lang, agency, places),
    );
    if (first) {
      paragraph[0] += sentence;
      first = false;
    } else paragraph.push(sentence);
    bytes += Buffer.byteLength(sentence) + 1;
    if (paragraph.length >= r.int(2, 4)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

/**
 * A deterministic corpus of realistic wire dispatches (RawDispatch envelopes): French and English
 * sentences after the fixtures, with real gazetteer towns, counts, figures, names and lengths drawn from
 * a seeded generator, so every dispatch is its own story for dedup (no duplicate, no update).
 */
export function generateCorpus(options: CorpusOptions): RawDispatch[] {
  const { count: n, seed = 1, language = 'mixed', bodyBytes = [1500, 4500] } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError('count must be a non-negative integer');
  const places = gazetteerPlaces();
  const r = createPrng(seed);
  return Array.from({ length: n }, (_, i): RawDispatch => {
    const lang: CorpusLanguage = language === 'mixed' ? (i % 2 === 0 ? 'fr' : 'en') : language;
    const agency = r.pick(AGENCIES[lang]);
    const id = `bench-${seed}-${i}`;
    const headline = capitalise(
      fill(r.pick((lang === 'fr' ? FR_TEMPLATES : EN_TEMPLATES).headlines), r, lang, agency, places),
    );
    return {
      schemaVersion: 1,
      id,
      agency,
      storyId: id,
      version: 1,
      language: lang,
      headline,
      receivedAt: new Date(START_MS + i * 37_000).toISOString().replace('.000Z', 'Z'),
      pubstatus: 'usable',
      body: body(r, lang, agency, r.int(bodyBytes[0], bodyBytes[1]), places),
    };
  });
}
