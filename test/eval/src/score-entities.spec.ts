import { pageGold } from './gold-fixture.spec-helper';
import { type Mistake } from './mistakes';
import { scoreEntities } from './score-entities';

describe('scoreEntities', () => {
  const gold = {
    ...pageGold(),
    entities: [
      { text: 'Mosul', type: 'LOC' as const },
      { text: 'ISIL', type: 'ORG' as const },
      { text: 'Islamic State of Iraq and the Levant', type: 'ORG' as const },
    ],
    acronyms: [{ short: 'ISIL', long: 'Islamic State of Iraq and the Levant' }],
  };

  it('scores distinct (type, name) pairs, typing errors and acronym pairs', () => {
    const mistakes: Mistake[] = [];
    const score = scoreEntities(
      'page',
      gold,
      [
        { type: 'LOC', text: 'Mosul', canonical: { name: 'Mosul', country: 'IQ', id: 'geonames:99072' } },
        { type: 'LOC', text: 'mosul' },
        { type: 'PER', text: 'ISIL', expansion: 'Islamic State of Iraq and the Levant' },
        { type: 'NORP', text: 'Iraqi' },
      ],
      (m) => mistakes.push(m),
    );
    expect(score.all).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(score.byType.ORG).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(score.byType.PER).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.acronyms).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score).toMatchObject({ placesTagged: 1, placesExact: 1, placesCountry: 1, placesTotal: 1 });
    expect(mistakes.map((m) => `${m.kind}: ${m.detail}`).sort()).toEqual([
      'ORG missed: islamic state of iraq and the levant',
      'ORG typed PER: isil',
    ]);
  });

  it('tells a place resolved in another country', () => {
    const mistakes: Mistake[] = [];
    const score = scoreEntities(
      'page',
      gold,
      [{ type: 'LOC', text: 'Mosul', canonical: { name: 'Mosul', country: 'US' } }],
      (m) => mistakes.push(m),
    );
    expect(score).toMatchObject({ placesTagged: 1, placesExact: 0, placesCountry: 0 });
    expect(mistakes.filter((m) => m.stage === 'places').map((m) => m.kind)).toEqual(['other country']);
  });
});
