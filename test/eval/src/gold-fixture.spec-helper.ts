import { type GoldFile } from './gold-types';

/** A small page, written for these tests, with its gold file. */
export const PAGE = [
  'Menu',
  'Search',
  '',
  'Coalition strikes ISIL',
  '',
  'WASHINGTON, March 2, 2015 — U.S. forces conducted 3 strikes',
  'in Iraq. Near Mosul, two strikes hit a unit.',
  'Near Tikrit, a strike destroyed a vehicle.',
  '',
  'Share this story',
  '',
].join('\n');

export function pageGold(): GoldFile {
  return {
    id: 'page',
    lang: 'en',
    annotator: 'test',
    reviewer: null,
    blocks: [
      { lines: '1-2', role: 'chrome' },
      { lines: '4', role: 'headline' },
      { lines: '6-8', role: 'paragraph' },
      { lines: '10', role: 'chrome' },
    ],
    headline: 'Coalition strikes ISIL',
    sentences: [
      'Coalition strikes ISIL',
      'WASHINGTON, March 2, 2015 — U.S. forces conducted 3 strikes in Iraq.',
      'Near Mosul, two strikes hit a unit.',
      'Near Tikrit, a strike destroyed a vehicle.',
    ],
    entities: [
      { text: 'Mosul', type: 'LOC' },
      { text: 'ISIL', type: 'ORG' },
    ],
    acronyms: [],
    places: [{ text: 'Mosul', name: 'Mosul', country: 'IQ', geonameId: 99072 }],
    strikes: [
      {
        id: 's0',
        quote: '3 strikes',
        count: 3,
        kind: 'airstrike',
        measure: 'strikes',
        place: 'Iraq',
        country: 'IQ',
        placeFrom: 'clause',
        role: 'total',
        parent: null,
        sumOf: ['s1', 's2'],
      },
      {
        id: 's1',
        quote: 'two strikes',
        count: 2,
        kind: 'airstrike',
        measure: 'strikes',
        place: 'Mosul',
        placeFrom: 'clause',
        role: 'item',
        parent: 's0',
      },
      {
        id: 's2',
        quote: 'a strike',
        count: 1,
        kind: 'airstrike',
        measure: 'strikes',
        place: 'Tikrit',
        placeFrom: 'clause',
        role: 'item',
        parent: 's0',
      },
    ],
    notStrikes: [],
  };
}
