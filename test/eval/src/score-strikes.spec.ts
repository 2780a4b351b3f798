import { pageGold } from './gold-fixture.spec-helper';
import { type Mistake } from './mistakes';
import { scoreStrikes } from './score-strikes';

describe('scoreStrikes', () => {
  const evidence = '';

  it('scores (count, kind, place), accepting a spelling the gold places map to the canonical name', () => {
    const gold = {
      ...pageGold(),
      places: [...pageGold().places, { text: 'Mossoul', name: 'Mosul', country: 'IQ' }],
    };
    const mistakes: Mistake[] = [];
    const score = scoreStrikes(
      'page',
      gold,
      [
        { count: 2, kind: 'airstrike', place: 'Mossoul', evidence },
        { count: 1, kind: 'airstrike', place: 'Baghdad', evidence },
        { count: 24, kind: 'airstrike', evidence },
      ],
      [{ count: 3, kind: 'airstrike', place: 'Iraq', evidence }],
      (m) => mistakes.push(m),
    );
    expect(score.full).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(score.countKind).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(score.totals).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.byClass).toEqual({
      'role.total': { hit: 1, total: 1 },
      'role.item': { hit: 1, total: 2 },
      'place.clause': { hit: 2, total: 3 },
    });
    expect(mistakes.map((m) => m.kind).sort()).toEqual(['false count', 'wrong place (own clause)']);
  });

  it('neither requires nor penalises a headline restatement, and flags a count on a page without any', () => {
    const base = pageGold();
    const headlineOnly = {
      ...base,
      strikes: [{ ...base.strikes[1]!, role: 'headline' as const, parent: null }],
    };
    const quiet = scoreStrikes(
      'page',
      headlineOnly,
      [{ count: 2, kind: 'airstrike', place: 'Mosul', evidence }],
      [],
      () => {},
    );
    expect(quiet).toMatchObject({ full: { tp: 0, fp: 0, fn: 0 }, negativeDoc: true, falseAlarmDoc: false });
    const loud = scoreStrikes('page', headlineOnly, [{ count: 7, kind: 'raid', evidence }], [], () => {});
    expect(loud).toMatchObject({ full: { tp: 0, fp: 1, fn: 0 }, falseAlarmDoc: true });
  });
});
