import { matchKeys, prf } from './prf';

describe('matchKeys and prf', () => {
  it('matches multisets one to one', () => {
    const m = matchKeys(['a', 'a', 'b'], ['a', 'c', 'c']);
    expect(m).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(m.missed.sort()).toEqual(['a', 'b']);
    expect(m.spurious).toEqual(['c', 'c']);
  });

  it('computes precision, recall and F1, null where undefined', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toMatchObject({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
  });
});
