import { layBlocks, linesOf } from './document-lines';
import { PAGE, pageGold } from './gold-fixture.spec-helper';
import { type Mistake } from './mistakes';
import { scoreSegmentation, withoutListMarker } from './score-segmentation';
import { squeeze } from './text-locator';

describe('scoreSegmentation', () => {
  const gold = pageGold();
  const blocks = layBlocks(linesOf(PAGE), gold.blocks);

  it('scores sentence ends on the page, whatever the wrapping', () => {
    const mistakes: Mistake[] = [];
    const score = scoreSegmentation('page', PAGE, squeeze(PAGE), blocks, gold, gold.sentences, (m) =>
      mistakes.push(m),
    );
    expect(score).toMatchObject({ boundaries: { tp: 4, fp: 0, fn: 0 }, countExact: true });
    expect(mistakes).toEqual([]);
  });

  it('counts chrome kept as a sentence and a cut at a line wrap as extra boundaries', () => {
    const mistakes: Mistake[] = [];
    const predicted = [
      'Menu',
      'Search',
      'Coalition strikes ISIL',
      'WASHINGTON, March 2, 2015 — U.S. forces conducted 3 strikes',
      'in Iraq.',
      'Near Mosul, two strikes hit a unit. Near Tikrit, a strike destroyed a vehicle.',
    ];
    const score = scoreSegmentation('page', PAGE, squeeze(PAGE), blocks, gold, predicted, (m) =>
      mistakes.push(m),
    );
    expect(score.boundaries).toEqual({ tp: 3, fp: 3, fn: 1 });
    expect(score.sentences).toEqual({ tp: 1, fp: 5, fn: 3 });
    expect(score.countExact).toBe(false);
    expect(mistakes.map((m) => m.kind)).toEqual([
      'sentence from a chrome block',
      'sentence from a chrome block',
      'split inside a sentence',
      'missed sentence end',
      'too many sentences',
    ]);
  });
});

describe('withoutListMarker', () => {
  it('drops a leading bullet or dash and its space, nothing else', () => {
    expect(withoutListMarker('- Near Sinjar, four strikes')).toBe('Near Sinjar, four strikes');
    expect(withoutListMarker('• Près de Mossoul')).toBe('Près de Mossoul');
    expect(withoutListMarker('-- On March 2, near Tikrit')).toBe('-- On March 2, near Tikrit');
    expect(withoutListMarker('3-4 strikes')).toBe('3-4 strikes');
  });
});
