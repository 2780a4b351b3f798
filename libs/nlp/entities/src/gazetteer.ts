import { CURATED_ORGS, CURATED_PLACES, type CuratedEntity } from './data/curated-entities';
import countriesData from './data/countries.json';
import placesData from './data/places.json';
import { foldKey, foldText, phraseKey } from './fold-key';

/** A GeoNames populated place from the slim index. */
export interface PlaceRecord {
  readonly geonameId: number;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** 2 for a capital, 1 for a first-level admin seat, 0 otherwise. */
  readonly seat: number;
}

/** Read-only look-up of GeoNames places by folding key. */
export interface PlaceLookup {
  get(key: string): readonly PlaceRecord[] | undefined;
  has(key: string): boolean;
  /** Number of keys. */
  readonly size: number;
}

/**
 * Places stay in the shipped strings: the index is sorted by key, so start-up only records where
 * each line starts, a look-up is a binary search, and a place is parsed when first named.
 */
class SortedPlaceIndex implements PlaceLookup {
  private readonly starts: Int32Array;
  private readonly records: (PlaceRecord | undefined)[];
  // Memoises look-ups, misses included; bounded for long-lived workers.
  private readonly cache = new Map<string, readonly PlaceRecord[] | null>();

  constructor(
    private readonly rows: readonly string[],
    private readonly index: string,
  ) {
    this.records = new Array<PlaceRecord | undefined>(rows.length);
    let lines = index.length > 0 ? 1 : 0;
    for (let at = index.indexOf('\n'); at >= 0; at = index.indexOf('\n', at + 1)) lines++;
    this.starts = new Int32Array(lines);
    let line = 1;
    for (let at = index.indexOf('\n'); at >= 0; at = index.indexOf('\n', at + 1))
      this.starts[line++] = at + 1;
  }

  get size(): number {
    return this.starts.length;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): readonly PlaceRecord[] | undefined {
    let hit = this.cache.get(key);
    if (hit === undefined) {
      const list = this.find(key);
      hit = list === undefined ? null : list.split(',').map((i) => this.record(Number(i)));
      if (this.cache.size >= 100000) this.cache.clear();
      this.cache.set(key, hit);
    }
    return hit ?? undefined;
  }

  private find(key: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid] as number;
      const tab = this.index.indexOf('\t', start);
      const k = this.index.slice(start, tab);
      if (k === key) {
        const end = this.index.indexOf('\n', tab);
        return this.index.slice(tab + 1, end < 0 ? this.index.length : end);
      }
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private record(i: number): PlaceRecord {
    let r = this.records[i];
    if (r === undefined) {
      const [id, name = '', country = '', lat, lon, population, seat] = (this.rows[i] ?? '').split('\t');
      r = {
        geonameId: Number(id),
        name,
        country,
        lat: Number(lat),
        lon: Number(lon),
        population: Number(population),
        seat: Number(seat),
      };
      this.records[i] = r;
    }
    return r;
  }
}

/** A country, with French and English names and demonyms. */
export interface CountryRecord {
  readonly cc: string;
  readonly name: string;
  readonly nameFr: string;
  readonly lat: number;
  readonly lon: number;
}

/** The tagger's look-up tables, built once from the shipped data (see {@link loadGazetteer}). */
export interface Gazetteer {
  /** Place-name folding key → GeoNames places, best first (own name, capital, seat, population). */
  readonly places: PlaceLookup;
  /** Folding key of a country name → country. */
  readonly countries: ReadonlyMap<string, CountryRecord>;
  /** Folded phrase of a multi-word country name ("arabie saoudite") → country. */
  readonly countryPhrases: ReadonlyMap<string, CountryRecord>;
  /** Country names written as capitals ("US", "RDC"), matched case-sensitively. */
  readonly countryAcronyms: ReadonlyMap<string, CountryRecord>;
  /** Folded demonym ("americains", "syrians") → its country, or null for groups with none (Kurdes, Sunnites). */
  readonly demonyms: ReadonlyMap<string, CountryRecord | null>;
  /** Folded phrase (words joined by one space) → curated entity. */
  readonly curatedPhrases: ReadonlyMap<string, CuratedEntity>;
  /** Every word prefix of a curated or country phrase: matching stops as soon as none continues. */
  readonly phrasePrefixes: ReadonlySet<string>;
  /** First words of curated names written in lower case ("mer Rouge", "plateau du Golan"). */
  readonly lowerFirstWords: ReadonlySet<string>;
  /** Longest curated phrase, in words. */
  readonly maxPhraseWords: number;
  /** Acronym, exact case → curated entity. */
  readonly curatedAcronyms: ReadonlyMap<string, CuratedEntity>;
  /** Folding key → curated place, for spellings the phrase table does not list. */
  readonly curatedPlaceKeys: ReadonlyMap<string, CuratedEntity>;
  /** Curated entity by id (`geonames:<id>` pins give GeoNames places their usual English name). */
  readonly curatedById: ReadonlyMap<string, CuratedEntity>;
}

interface CountriesFile {
  countries: {
    cc: string;
    name: string;
    nameFr: string;
    lat: number;
    lon: number;
    names: string[];
    demonyms: string[];
  }[];
  norp: string[];
}

function build(): Gazetteer {
  const places = new SortedPlaceIndex(placesData.rows.split('\n'), placesData.index);

  const countries = new Map<string, CountryRecord>();
  const countryAcronyms = new Map<string, CountryRecord>();
  const countryPhrases = new Map<string, CountryRecord>();
  const demonyms = new Map<string, CountryRecord | null>();
  const data: CountriesFile = countriesData;
  for (const c of data.countries) {
    const record: CountryRecord = { cc: c.cc, name: c.name, nameFr: c.nameFr, lat: c.lat, lon: c.lon };
    for (const n of c.names) {
      if (/^[\p{Lu}.]+$/u.test(n)) countryAcronyms.set(n.replace(/\./g, ''), record);
      else if (!countries.has(foldKey(n))) countries.set(foldKey(n), record);
      if (/\s/u.test(n) && !countryPhrases.has(phraseKey(n))) countryPhrases.set(phraseKey(n), record);
    }
    for (const d of c.demonyms) if (!demonyms.has(foldText(d))) demonyms.set(foldText(d), record);
  }
  for (const n of data.norp) if (!demonyms.has(foldText(n))) demonyms.set(foldText(n), null);

  const curatedPhrases = new Map<string, CuratedEntity>();
  const curatedAcronyms = new Map<string, CuratedEntity>();
  const curatedPlaceKeys = new Map<string, CuratedEntity>();
  const curatedById = new Map<string, CuratedEntity>();
  const lowerFirstWords = new Set<string>();
  const phrasePrefixes = new Set<string>();
  const addPrefixes = (key: string): void => {
    const parts = key.split(' ');
    for (let n = 1; n <= parts.length; n++) phrasePrefixes.add(parts.slice(0, n).join(' '));
  };
  for (const key of countryPhrases.keys()) addPrefixes(key);
  let maxPhraseWords = 1;
  for (const entity of [...CURATED_ORGS, ...CURATED_PLACES]) {
    curatedById.set(entity.id, entity);
    for (const n of entity.names) {
      const key = phraseKey(n);
      curatedPhrases.set(key, entity);
      addPrefixes(key);
      if (/^\p{Ll}/u.test(n)) lowerFirstWords.add(key.split(' ')[0] as string);
      maxPhraseWords = Math.max(maxPhraseWords, key.split(' ').length);
      if (entity.type === 'LOC') curatedPlaceKeys.set(foldKey(n), entity);
    }
    for (const a of entity.acronyms ?? []) curatedAcronyms.set(a, entity);
  }
  return {
    places,
    countries,
    countryAcronyms,
    countryPhrases,
    demonyms,
    curatedPhrases,
    phrasePrefixes,
    lowerFirstWords,
    maxPhraseWords,
    curatedAcronyms,
    curatedPlaceKeys,
    curatedById,
  };
}

let cached: Gazetteer | undefined;

/**
 * The gazetteer built from the data shipped in this package. Built on first call (tens of
 * milliseconds; see the README for measured figures) and cached for the life of the process,
 * so a worker should call it once at start-up.
 */
export function loadGazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
