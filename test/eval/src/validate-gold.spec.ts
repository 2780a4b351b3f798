import { PAGE, pageGold } from './gold-fixture.spec-helper';
import { validateGold } from './validate-gold';

describe('validateGold', () => {
  it('accepts a file whose quotes, lines and sums agree with the page', () => {
    expect(validateGold('page', PAGE, pageGold())).toEqual([]);
  });

  it('reports uncovered lines, sentences out of order or outside story blocks, and sums that do not add up', () => {
    const gold = pageGold();
    const broken = {
      ...gold,
      blocks: gold.blocks.filter((b) => b.lines !== '10'),
      sentences: ['Near Mosul, two strikes hit a unit.', 'Coalition strikes ISIL', 'Share this story'],
      strikes: gold.strikes.map((s) => (s.id === 's0' ? { ...s, count: 4 } : s)),
    };
    expect(validateGold('page', PAGE, broken)).toEqual([
      'non-blank lines in no block: 10',
      'sentence 2 is out of order: "Coalition strikes ISIL"',
      'sentence 3 lies in a unannotated block, not headline/paragraph/list-item: "Share this story"',
      'strike s0: sumOf adds up to 3, not 4',
    ]);
  });

  it('asks which occurrence when a quote occurs twice, and checks kinds and parents', () => {
    const gold = pageGold();
    const broken = {
      ...gold,
      strikes: [{ ...gold.strikes[1]!, id: 'x', quote: 'strikes', kind: 'volley' as never, parent: 'nope' }],
    };
    expect(validateGold('page', PAGE, broken)).toEqual([
      'strike x: quote occurs 3 times; say which with "occurrence"',
      'strike x: kind "volley" is not one of airstrike, bombardment, raid, engagement, drone-strike, missile-strike, shelling',
      'strike x: parent "nope" does not exist',
    ]);
  });
});
