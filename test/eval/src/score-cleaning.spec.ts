import { linesOf } from './document-lines';
import { PAGE, pageGold } from './gold-fixture.spec-helper';
import { type Mistake } from './mistakes';
import { scoreCleaning } from './score-cleaning';

describe('scoreCleaning', () => {
  const lines = linesOf(PAGE);
  const story =
    'Coalition strikes ISIL\n\nWASHINGTON, March 2, 2015 — U.S. forces conducted 3 strikes in Iraq. Near Mosul, two strikes hit a unit.\nNear Tikrit, a strike destroyed a vehicle.';

  it('finds the chrome gone, the story kept and the headline right', () => {
    expect(scoreCleaning('page', lines, pageGold(), 'Coalition strikes ISIL', story, () => {})).toEqual({
      headlineRight: true,
      removedLines: 3,
      removedLinesTotal: 3,
      keptLines: 4,
      keptLinesTotal: 4,
    });
  });

  it('does not take a chrome word inside a story word for the chrome line', () => {
    const body = `${story}\nMenus were shared; searchers searched.`;
    expect(
      scoreCleaning('page', lines, pageGold(), 'Coalition strikes ISIL', body, () => {}).removedLines,
    ).toBe(3);
  });

  it('reports chrome kept and a chrome line taken for the headline', () => {
    const mistakes: Mistake[] = [];
    const score = scoreCleaning('page', lines, pageGold(), 'Menu', `Menu\n\n${story}`, (m) =>
      mistakes.push(m),
    );
    expect(score).toMatchObject({ headlineRight: false, removedLines: 2, removedLinesTotal: 3 });
    expect(mistakes.map((m) => `${m.stage}: ${m.kind}`)).toEqual([
      'headline: wrong headline',
      'cleaning: chrome kept',
    ]);
  });
});
