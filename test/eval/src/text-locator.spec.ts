import { countOccurrences, locate, squeeze } from './text-locator';

describe('locate', () => {
  const raw = 'Near Raqqa, nine\nstrikes engaged  units.\n\nNear Raqqa, two strikes.';

  it('finds a sentence across a line wrap and returns raw offsets', () => {
    const at = locate(squeeze(raw), 'nine strikes engaged units.');
    expect(at).toEqual({ start: 12, end: 40 });
    expect(raw.slice(at!.start, at!.end)).toBe('nine\nstrikes engaged  units.');
  });

  it('takes the n-th occurrence, and searches from a raw offset', () => {
    const doc = squeeze(raw);
    expect(countOccurrences(doc, 'Near Raqqa')).toBe(2);
    expect(locate(doc, 'Near Raqqa', 2)?.start).toBe(42);
    expect(locate(doc, 'Near Raqqa', 1, 13)?.start).toBe(42);
    expect(locate(doc, 'Near Raqqa', 3)).toBeUndefined();
  });

  it('finds nothing for blank text', () => {
    expect(locate(squeeze(raw), '  \n ')).toBeUndefined();
  });
});
