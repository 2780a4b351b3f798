import { NOT_PLACES, PLACE_PARTICLES } from './strike-lexicon';
import type { Token } from './tokenize';
import type { KnownPlace } from './types';

/** A place name found after a location preposition. */
export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  /** Index of the first token after the place. */
  readonly to: number;
  readonly known?: KnownPlace;
}

const DETERMINERS = new Set(['la', 'le', 'les', 'the']);
const CONTAINERS = new Set([
  'ville',
  'village',
  'localite',
  'region',
  'province',
  'secteur',
  'zone',
  'gouvernorat',
  'quartier',
  'banlieue',
  'environs',
  'cite',
  'town',
  'city',
  'province',
  'region',
  'area',
  'district',
  'governorate',
  'outskirts',
  'vicinity',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'stronghold',
  'bastion',
  'fief',
  'nord',
  'sud',
  'est',
  'ouest',
  'centre',
  'marche',
  'market',
  'hopital',
  'hospital',
  'ecole',
  'school',
  'mosquee',
  'mosque',
  'camp',
  'aeroport',
  'airport',
  'base',
  'port',
  'pont',
  'bridge',
  'prison',
  'raffinerie',
  'refinery',
  'north',
  'south',
  'east',
  'west',
]);
/** Words put before a place name without being part of it ("in northern Syria", "on rebel-held Daraa"). */
const PLACE_ADJECTIVES = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northwestern',
  'northeastern',
  'southwestern',
  'southeastern',
  'besieged',
  'assiege',
  'assiegee',
]);
const HELD = new Set(['held', 'controlled', 'besieged', 'occupied', 'run', 'dominated']);
const LINKS = new Set(['de', 'of', 'du']);
/**
 * Nouns that turn a capitalised word into a modifier of targets ("Kataib Hezbollah facilities",
 * "Houthi positions"): what follows a preposition then is a target, not a place.
 */
const TARGET_NOUNS = new Set([
  'positions',
  'position',
  'targets',
  'target',
  'facilities',
  'facility',
  'fighters',
  'militants',
  'forces',
  'bases',
  'base',
  'depots',
  'depot',
  'sites',
  'site',
  'units',
  'commanders',
  'leaders',
  'hideouts',
  'camps',
  'camp',
  'convoy',
  'convoys',
  'vehicles',
  'infrastructure',
  'militia',
  'militias',
  'rebels',
  'troops',
  'headquarters',
  'strongholds',
  'members',
  'operatives',
  'cells',
  'boats',
  'ships',
  'launchers',
]);

/** Known places by start offset, built once per list: a long text has thousands of both. */
const placesByStart = new WeakMap<readonly KnownPlace[], Map<number, KnownPlace>>();

function knownAt(places: readonly KnownPlace[], start: number): KnownPlace | undefined {
  let index = placesByStart.get(places);
  if (index === undefined) {
    index = new Map();
    // The first place found at an offset wins, as a search in order would find it.
    for (const p of places) if (!index.has(p.start)) index.set(p.start, p);
    placesByStart.set(places, index);
  }
  return index.get(start);
}

function skipDeterminer(tokens: readonly Token[], k: number): number {
  if (tokens[k] !== undefined && DETERMINERS.has(tokens[k].t)) return k + 1;
  if (tokens[k]?.t === 'l' && tokens[k + 1]?.t === "'") return k + 2;
  return k;
}

function skipContainer(tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k] !== undefined && DETERMINERS.has((tokens[k] as Token).t)) k++;
  else if (tokens[k]?.t === 'l' && tokens[k + 1]?.t === "'") k += 2;
  if (tokens[k] !== undefined && PLACE_ADJECTIVES.has((tokens[k] as Token).t)) k++;
  if (tokens[k + 1]?.t === '-' && HELD.has(tokens[k + 2]?.t ?? '')) k += 3;
  // "la ville frontière de", "the Syrian border town of": up to two words around the container noun.
  for (let c = k; c < k + 3 && c < tokens.length; c++) {
    if (CONTAINERS.has((tokens[c] as Token).t)) {
      for (let l = c + 1; l < c + 4 && l < tokens.length; l++) {
        const t = (tokens[l] as Token).t;
        if (LINKS.has(t)) return skipDeterminer(tokens, l + 1);
        if (t === 'd' && tokens[l + 1]?.t === "'") return l + 2;
      }
    }
  }
  return k;
}

const isNameWord = (tok: Token | undefined): boolean =>
  tok !== undefined && tok.cap && !tok.digit && !NOT_PLACES.has(tok.t) && /^\p{L}/u.test(tok.t);

/**
 * Reads a place name at token `i` (after a location preposition): a capitalised word with its
 * hyphenated, apostrophised or particle-joined continuations ("Al-Qaïm", "Deir ez-Zor", "Abu Kamal"),
 * or a place the entity stage found there, which wins when present.
 */
export function findPlace(
  tokens: readonly Token[],
  i: number,
  places: readonly KnownPlace[],
): PlaceMatch | undefined {
  const k = skipContainer(tokens, i);
  const first = tokens[k];
  if (first === undefined) return undefined;
  const known =
    knownAt(places, first.start) ?? (k !== i ? knownAt(places, (tokens[i] as Token).start) : undefined);
  if (known !== undefined) {
    let to = k;
    while (to < tokens.length && (tokens[to] as Token).start < known.end) to++;
    return { start: known.start, end: known.end, to, known };
  }
  const particleStart =
    PLACE_PARTICLES.has(first.t) &&
    tokens[k + 1]?.t === '-' &&
    isNameWord(tokens[k + 2]) &&
    first.end === tokens[k + 1]?.start;
  if (!isNameWord(first) && !particleStart) return undefined;
  let to = k + 1;
  let words = 1;
  while (to < tokens.length && words < 6) {
    const tok = tokens[to] as Token;
    const prev = tokens[to - 1] as Token;
    const next = tokens[to + 1];
    if (
      (tok.t === '-' || (tok.t === "'" && next?.t !== 's')) &&
      tok.start === prev.end &&
      next !== undefined &&
      next.start === tok.end &&
      /^\p{L}/u.test(next.t)
    ) {
      to += 2;
      words++;
      continue;
    }
    if (tok.start === prev.end) break;
    if (isNameWord(tok)) {
      to += 1;
      words++;
      continue;
    }
    const after = tokens[to + 1];
    if (
      PLACE_PARTICLES.has(tok.t) &&
      !tok.cap &&
      after !== undefined &&
      ((after.t === '-' && after.start === tok.end) || isNameWord(after))
    ) {
      to += 1;
      words++;
      continue;
    }
    break;
  }
  let f = to;
  while (tokens[f]?.cap === true) f++;
  const following = tokens[f];
  if (following !== undefined && !following.cap && TARGET_NOUNS.has(following.t)) return undefined;
  // "Syria's Idlib province": the place inside the country is the one meant.
  if (tokens[to]?.t === "'" && tokens[to + 1]?.t === 's' && isNameWord(tokens[to + 2])) {
    const inner = findPlace(tokens, to + 2, places);
    if (inner !== undefined) return inner;
  }
  const start = first.start;
  const end = (tokens[to - 1] as Token).end;
  const overlapping = places.find((p) => p.start < end && p.end > start);
  return { start, end, to, ...(overlapping === undefined ? {} : { known: overlapping }) };
}
