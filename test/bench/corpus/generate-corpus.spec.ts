import { parseRawDispatch } from '@wirestream/contracts';
import { createDeduplicator, InMemoryDedupStore } from '@wirestream/dedup';
import { cleanDispatch } from '@wirestream/nlp-text';
import { generateCorpus } from './generate-corpus';
import { gazetteerPlaces } from './gazetteer-places';
import { createPrng } from './prng';

describe('createPrng', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('gazetteerPlaces', () => {
  it('lists real towns of the region from the tagger data', () => {
    const places = gazetteerPlaces();
    expect(places).toEqual(expect.arrayContaining(['Aleppo', 'Mosul', 'Homs', 'Kirkuk', 'Amman']));
    expect(places.length).toBeGreaterThan(500);
  });
});

describe('generateCorpus', () => {
  const corpus = generateCorpus({ count: 600, seed: 7 });

  it('is deterministic for a seed and changes with it', () => {
    expect(generateCorpus({ count: 20, seed: 7 })).toEqual(corpus.slice(0, 20));
    expect(generateCorpus({ count: 20, seed: 8 })[0]?.body).not.toBe(corpus[0]?.body);
  });

  it('gives valid raw envelopes of about 3 KB, in French and English', () => {
    for (const d of corpus) expect(parseRawDispatch(d)).toBe(d);
    const bytes = corpus.map((d) => Buffer.byteLength(JSON.stringify(d)));
    const mean = bytes.reduce((s, b) => s + b, 0) / bytes.length;
    expect(mean).toBeGreaterThan(2700);
    expect(mean).toBeLessThan(3700);
    expect(Math.min(...bytes)).toBeGreaterThan(1500);
    expect(Math.max(...bytes)).toBeLessThan(5500);
    expect(corpus.filter((d) => d.language === 'fr')).toHaveLength(300);
    expect(new Set(corpus.map((d) => d.id)).size).toBe(600);
  });

  it('honours a single language', () => {
    const en = generateCorpus({ count: 10, seed: 1, language: 'en' });
    expect(en.every((d) => d.language === 'en' && d.agency !== 'AFP')).toBe(true);
  });

  it('is kept whole by dedup: no duplicate, no update', async () => {
    const d = await createDeduplicator();
    const store = new InMemoryDedupStore();
    const statuses: string[] = [];
    for (let i = 0; i < corpus.length; i += 100) {
      const batch = corpus.slice(i, i + 100).map((raw) => ({
        id: raw.id as string,
        storyId: raw.storyId as string,
        agency: raw.agency as string,
        text: cleanDispatch({
          body: raw.body,
          ...(raw.headline === undefined ? {} : { headline: raw.headline }),
        }).body,
        ...(raw.version === undefined ? {} : { version: raw.version }),
      }));
      statuses.push(...(await d.deduplicate(batch, store)).map((x) => x.status));
    }
    expect(statuses.filter((s) => s !== 'unique')).toEqual([]);
    expect(statuses).toHaveLength(600);
  });
});
