import { breaches, floorsOf } from './floors';

describe('floors', () => {
  it('rounds figures down to three decimals and skips unmeasured ones', () => {
    expect(floorsOf({ a: 0.6666, b: null, c: 1 })).toEqual({ a: 0.666, c: 1 });
  });

  it('reports a figure below its floor or no longer measured', () => {
    expect(breaches({ a: 0.6666, b: 0.5, c: null }, { a: 0.666, b: 0.6, c: 0.1 })).toEqual([
      { figure: 'b', floor: 0.6, value: 0.5 },
      { figure: 'c', floor: 0.1, value: null },
    ]);
  });
});
