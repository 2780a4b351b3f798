import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { tagEntities } from './index';
import { type Entity, type TaggableSegment } from './types';

interface Expected {
  language: string;
  headline: string;
  dedup: { body_first_sentence: string; body_last_sentence: string };
  entities: {
    required: Record<string, string[]>;
    optional: Record<string, string[]>;
    same_entity: string[][];
    titles: Record<string, string>;
    acronyms: Record<string, string>;
    canonical_places: Record<string, { name: string; country: string; lat?: number; lon?: number }>;
    coordinates_tolerance_km: number;
  };
}

const root = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
const raw = readFileSync(join(root, 'dispatches', 'coalition-boukamal.fr.txt'), 'utf8');
const expected = JSON.parse(
  readFileSync(join(root, 'expected', 'coalition-boukamal.fr.expected.json'), 'utf8'),
) as Expected;

// The cleaned body as the annotation defines it: the headline, then the body from its first to its last sentence.
const bodyStart = raw.indexOf(expected.dedup.body_first_sentence);
const bodyEnd = raw.indexOf(expected.dedup.body_last_sentence) + expected.dedup.body_last_sentence.length;
const text = `${expected.headline}\n\n${raw.slice(bodyStart, bodyEnd)}`;

// Paragraph segments, with the headline first: enough for the tagger, which reads segment boundaries only.
function paragraphs(body: string): TaggableSegment[] {
  const out: TaggableSegment[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    out.push({
      id: `p${out.length}`,
      start: m.index,
      end: m.index + m[0].length,
      role: out.length === 0 ? 'headline' : 'body',
    });
  }
  return out;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('given the coalition-boukamal.fr dispatch', () => {
  const segments = paragraphs(text);
  const entities = tagEntities({ text, language: expected.language, segments });
  const withText = (surface: string): Entity[] => entities.filter((e) => e.text === surface);

  it('then every offset slices the text and lies in its segment', () => {
    for (const e of entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      const seg = segments.find((s) => s.id === e.segmentId);
      expect(seg).toBeDefined();
      expect(e.start >= seg!.start && e.end <= seg!.end).toBe(true);
    }
  });

  it.each(Object.entries(expected.entities.required).flatMap(([type, list]) => list.map((s) => [type, s])))(
    'then the required %s "%s" is found',
    (type, surface) => {
      expect(withText(surface).map((e) => e.type)).toContain(type);
    },
  );

  it('then nothing outside the required and optional annotations is tagged as PER, ORG or LOC', () => {
    const allowed = new Set([
      ...Object.values(expected.entities.required).flat(),
      ...Object.values(expected.entities.optional).flat(),
      ...expected.entities.same_entity.flat(),
    ]);
    const extra = entities
      .filter((e) => e.type !== 'NORP' && !allowed.has(e.text))
      .map((e) => `${e.type} ${e.text}`);
    expect(extra).toEqual([]);
  });

  it.each(expected.entities.same_entity)('then "%s" and "%s" share one canonical id', (a, b) => {
    const ids = new Set([...withText(a), ...withText(b)].map((e) => e.canonical?.id));
    expect(withText(a).length).toBeGreaterThan(0);
    expect(withText(b).length).toBeGreaterThan(0);
    expect([...ids]).toHaveLength(1);
    expect([...ids][0]).toMatch(/^(wirestream|geonames):/);
  });

  it.each(Object.entries(expected.entities.titles))('then %s has the title %s', (person, title) => {
    expect(withText(person).map((e) => e.title)).toContain(title);
  });

  it.each(Object.entries(expected.entities.acronyms))('then %s expands to %s', (acronym, expansion) => {
    const found = withText(acronym);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.expansion).toBe(expansion);
  });

  it.each(Object.entries(expected.entities.canonical_places))(
    'then %s is the canonical place %j',
    (surface, place) => {
      const found = withText(surface).filter((e) => e.type === 'LOC');
      expect(found.length).toBeGreaterThan(0);
      for (const e of found) {
        expect(e.canonical?.country).toBe(place.country);
        if (place.lat !== undefined && place.lon !== undefined) {
          const dist = km(place.lat, place.lon, e.canonical!.lat!, e.canonical!.lon!);
          expect(dist).toBeLessThanOrEqual(expected.entities.coordinates_tolerance_km);
        } else {
          expect(e.canonical?.name).toBe(place.name);
        }
      }
    },
  );
});
