import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Countries whose towns the wires of the fixtures name (Syria, Iraq and their neighbours). */
const REGION = new Set(['SY', 'IQ', 'TR', 'JO', 'LB', 'IR', 'YE', 'LY', 'AF']);
const MIN_POPULATION = 20000;
/** Plain Latin names only: GeoNames transliterations with backticks or apostrophes read oddly in prose. */
const PLAIN_NAME = /^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2}$/;

let cached: readonly string[] | undefined;

/**
 * Real place names from the entity tagger's shipped GeoNames index (libs/nlp/entities), so tagging and
 * strike extraction see the towns they would on the wire. Sorted and de-duplicated: the order does not
 * depend on the file's.
 */
export function gazetteerPlaces(): readonly string[] {
  if (cached !== undefined) return cached;
  const file = join(__dirname, '../../../libs/nlp/entities/src/data/places.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { rows: string };
  const names = new Set<string>();
  for (const row of data.rows.split('\n')) {
    const [, name = '', country = '', , , population = '0'] = row.split('\t');
    if (REGION.has(country) && Number(population) >= MIN_POPULATION && PLAIN_NAME.test(name)) names.add(name);
  }
  cached = [...names].sort();
  return cached;
}
