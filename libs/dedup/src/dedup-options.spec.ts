import { compileDedupOptions, DEFAULT_DEDUP_OPTIONS } from './dedup-options';

describe('compileDedupOptions', () => {
  it('given nothing, when compiled, then the defaults come back frozen', () => {
    const o = compileDedupOptions();
    expect(o).toEqual(DEFAULT_DEDUP_OPTIONS);
    expect(Object.isFrozen(o)).toBe(true);
  });

  it.each([
    [{ shingleSize: 0 }, /shingleSize/],
    [{ numHashes: 1.5 }, /numHashes/],
    [{ bands: 200 }, /bands/],
    [{ sameStoryJaccard: 1.2 }, /sameStoryJaccard/],
    [{ bulletinMinShare: -1 }, /bulletinMinShare/],
  ])('given %j, when compiled, then it fails naming the option', (options, message) => {
    expect(() => compileDedupOptions(options)).toThrow(message);
  });

  it('given several bad options, when compiled, then all are listed at once', () => {
    expect(() => compileDedupOptions({ shingleSize: 0, sameStoryJaccard: 2 })).toThrow(
      /shingleSize.*sameStoryJaccard/,
    );
  });
});
