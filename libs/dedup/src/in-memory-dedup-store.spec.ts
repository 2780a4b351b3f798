import { InMemoryDedupStore } from './in-memory-dedup-store';
import { dedupStoreContract } from './testing';

dedupStoreContract('InMemoryDedupStore', () => new InMemoryDedupStore());

describe('InMemoryDedupStore bounds', () => {
  it('given maxRecords 2, when a third dispatch arrives, then the oldest is forgotten with its fingerprint', async () => {
    const store = new InMemoryDedupStore({ maxRecords: 2 });
    const req = (id: string) => ({
      claim: { fingerprint: `fp-${id}`, owner: id, storyId: id },
      record: { id, storyId: id, fingerprint: `fp-${id}`, signature: [1], shingleCount: 1, facts: [] },
      bands: ['x'],
    });
    await store.resolve([req('a'), req('b'), req('c')]);
    expect(store.size).toBe(2);
    const [again] = await store.claim([{ fingerprint: 'fp-a', owner: 'z', storyId: 'z' }]);
    expect(again?.owned).toBe(true);
    const [d] = await store.resolve([req('d')]);
    expect(d?.neighbors.map((n) => n.id)).toEqual(['b', 'c']);
    expect(store.size).toBe(2);
  });

  it('given maxRecords 0, when constructed, then it refuses', () => {
    expect(() => new InMemoryDedupStore({ maxRecords: 0 })).toThrow(RangeError);
  });
});
