import { tallyByPlace } from './story-tally';

const abuKamal = { key: 'geonames:170017', text: 'Boukamal' };
const abuKamalAgain = { key: 'geonames:170017', text: 'Abu Kamal' };
const qaim = { key: 'geonames:98860', text: 'Al-Qaïm' };

describe('tallyByPlace', () => {
  it('given two spellings of one place (one key), then their counts add up under the first spelling', () => {
    expect(
      tallyByPlace([
        { count: 8, approx: false, kind: 'bombardment', place: abuKamal },
        { count: 5, approx: false, kind: 'bombardment', place: qaim },
        { count: 2, approx: false, kind: 'bombardment', place: abuKamalAgain },
      ]),
    ).toEqual([
      { place: abuKamal, kind: 'bombardment', count: 10, approx: false, counts: 2 },
      { place: qaim, kind: 'bombardment', count: 5, approx: false, counts: 1 },
    ]);
  });

  it('given one place with two kinds, then each kind is a row of its own', () => {
    expect(
      tallyByPlace([
        { count: 4, approx: false, kind: 'airstrike', place: qaim },
        { count: 7, approx: false, kind: 'engagement', place: qaim },
      ]).map((r) => [r.kind, r.count]),
    ).toEqual([
      ['engagement', 7],
      ['airstrike', 4],
    ]);
  });

  it('given counts with no place, then they make one row without a place; an approximate count marks its row', () => {
    expect(
      tallyByPlace([
        { count: 10, approx: true, kind: 'airstrike' },
        { count: 3, approx: false, kind: 'airstrike' },
      ]),
    ).toEqual([{ kind: 'airstrike', count: 13, approx: true, counts: 2 }]);
  });

  it('given no counts, then no rows', () => {
    expect(tallyByPlace([])).toEqual([]);
  });
});
