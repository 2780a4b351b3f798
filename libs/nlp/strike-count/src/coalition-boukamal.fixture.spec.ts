import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractStrikes } from './extract-strike-report';
import type { KnownPlace, PlaceRef, StrikeInput, StrikeKind, StrikeSegment } from './types';

const root = join(__dirname, '../../../..');
const text = readFileSync(join(root, 'test/fixtures/dispatches/coalition-boukamal.fr.txt'), 'utf8');
const expected = JSON.parse(
  readFileSync(join(root, 'test/fixtures/expected/coalition-boukamal.fr.expected.json'), 'utf8'),
) as {
  strikes: {
    required: {
      count: number;
      kind: string;
      location: string;
      canonical_location: string;
      actor: string;
      period: string;
      evidence: string;
    }[];
    total: number;
    not_strike_counts: { value: number; evidence: string }[];
  };
};

/** The annotation records French nouns; the contract speaks English. */
const KIND_OF: Readonly<Record<string, StrikeKind>> = { bombardement: 'bombardment', frappe: 'airstrike' };

/** Places as the entity stage would hand them over: every mention, with its canonical place. */
const CANONICAL: Readonly<Record<string, PlaceRef>> = {
  Boukamal: { id: 'test:abu-kamal', name: 'Abu Kamal', country: 'SY', lat: 34.45, lon: 40.92 },
  'Al-Qaïm': { id: 'test:al-qaim', name: "Al-Qa'im", country: 'IQ', lat: 34.37, lon: 41.09 },
};

function placesIn(body: string): KnownPlace[] {
  const places: KnownPlace[] = [];
  for (const [surface, canonical] of Object.entries(CANONICAL)) {
    for (let at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + 1)) {
      places.push({ text: surface, start: at, end: at + surface.length, canonical });
    }
  }
  return places.sort((a, b) => a.start - b.start);
}

/** One segment per non-empty line, as a paragraph-level segmenter would give. */
function lineSegments(body: string): StrikeSegment[] {
  const segments: StrikeSegment[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    if (line.trim() !== '')
      segments.push({ id: `p${segments.length}`, start, end: start + line.length, role: 'body' });
    start += line.length + 1;
  }
  return segments;
}

describe('extractStrikes on the coalition-boukamal.fr fixture', () => {
  const withPlaces: StrikeInput = {
    text,
    language: 'fr',
    segments: lineSegments(text),
    places: placesIn(text),
  };
  const withoutPlaces: StrikeInput = { ...withPlaces, places: [] };

  it("given the entity stage's places, it finds the annotated counts with canonical places", () => {
    const found = extractStrikes(withPlaces);
    expect(
      found.map((c) => ({
        count: c.count,
        kind: c.kind,
        location: c.location?.text,
        canonical: c.location?.canonical?.name,
        actor: c.actor,
        period: c.period,
        evidence: c.evidence.text,
      })),
    ).toEqual(
      expected.strikes.required.map((r) => ({
        count: r.count,
        kind: KIND_OF[r.kind],
        location: r.location,
        canonical: r.canonical_location,
        actor: r.actor,
        period: r.period,
        evidence: r.evidence,
      })),
    );
    expect(found.reduce((sum, c) => sum + c.count, 0)).toBe(expected.strikes.total);
  });

  it('given no places, it keeps the surface location without a canonical place', () => {
    const found = extractStrikes(withoutPlaces);
    expect(found.map((c) => c.location)).toEqual([{ text: 'Boukamal' }, { text: 'Al-Qaïm' }]);
  });

  it('points the evidence at the text and at the segment holding it', () => {
    const found = extractStrikes(withPlaces);
    const segment = withPlaces.segments.find(
      (s) => s.start <= (found[0]?.evidence.start ?? -1) && s.end >= (found[0]?.evidence.end ?? -1),
    );
    for (const c of found) {
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(c.evidence.segmentId).toBe(segment?.id);
    }
    // Lines: two "Rechercher", "Dernières Infos", headline, lead, quote, "Les combats", OSDH, then the count's paragraph.
    expect(segment?.id).toBe('p8');
  });

  it.each(expected.strikes.not_strike_counts.map((n) => [n.value, n.evidence] as const))(
    'does not count %d ("%s")',
    (value) => {
      expect(extractStrikes(withPlaces).map((c) => c.count)).not.toContain(value);
    },
  );

  it('gives the same output without segments (its own sentence split)', () => {
    const bare = extractStrikes({ ...withPlaces, segments: [] });
    expect(bare.map((c) => ({ ...c, evidence: { ...c.evidence, segmentId: 'x' } }))).toEqual(
      extractStrikes(withPlaces).map((c) => ({ ...c, evidence: { ...c.evidence, segmentId: 'x' } })),
    );
  });
});
