/**
 * The behaviour every {@link DedupStore} must have, as a reusable jest suite. Run it from a spec file
 * next to a store implementation:
 *
 *   import { dedupStoreContract } from '@wirestream/dedup/testing';
 *   dedupStoreContract('RedisDedupStore', async () => new RedisDedupStore(client, { keyPrefix: uniquePrefix() }));
 *
 * `makeStore` must return an empty, isolated store each time it is called (one per test).
 * Uses jest globals; excluded from the lib build and not exported from the package entry.
 */
import {
  DEFAULT_MAX_BAND_MEMBERS,
  DEFAULT_MAX_NEIGHBORS,
  type DedupStore,
  type ResolveRequest,
  type SketchRecord,
} from '../types';

const record = (id: string, over: Partial<SketchRecord> = {}): SketchRecord => ({
  id,
  storyId: `story-${id}`,
  fingerprint: `fp-${id}`,
  signature: [1, 2, 3, 4],
  shingleCount: 10,
  facts: [7, 9],
  ...over,
});

const request = (id: string, bands: readonly string[], over: Partial<SketchRecord> = {}): ResolveRequest => {
  const r = record(id, over);
  return { claim: { fingerprint: r.fingerprint, owner: id, storyId: r.storyId }, record: r, bands };
};

export function dedupStoreContract(name: string, makeStore: () => DedupStore | Promise<DedupStore>): void {
  describe(`${name} honours the DedupStore contract`, () => {
    let store: DedupStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    describe('claim', () => {
      it('given a new fingerprint, when claimed, then the claimant owns it', async () => {
        const [r] = await store.claim([{ fingerprint: 'f1', owner: 'a', storyId: 's-a' }]);
        expect(r).toEqual({ fingerprint: 'f1', owner: 'a', storyId: 's-a', owned: true });
      });

      it('given a claimed fingerprint, when another dispatch claims it, then the first owner is returned', async () => {
        await store.claim([{ fingerprint: 'f1', owner: 'a', storyId: 's-a' }]);
        const [r] = await store.claim([{ fingerprint: 'f1', owner: 'b', storyId: 's-b' }]);
        expect(r).toEqual({ fingerprint: 'f1', owner: 'a', storyId: 's-a', owned: false });
      });

      it('given a claimed fingerprint, when its owner claims it again (replay), then it still owns it', async () => {
        await store.claim([{ fingerprint: 'f1', owner: 'a', storyId: 's-a' }]);
        const [r] = await store.claim([{ fingerprint: 'f1', owner: 'a', storyId: 's-a' }]);
        expect(r?.owned).toBe(true);
      });

      it('given one batch claiming a fingerprint twice, when claimed, then the first in order wins', async () => {
        const rs = await store.claim([
          { fingerprint: 'f1', owner: 'a', storyId: 's-a' },
          { fingerprint: 'f1', owner: 'b', storyId: 's-b' },
          { fingerprint: 'f2', owner: 'c', storyId: 's-c' },
        ]);
        expect(rs.map((r) => [r.owner, r.owned])).toEqual([
          ['a', true],
          ['a', false],
          ['c', true],
        ]);
      });

      it('given concurrent batches on one fingerprint, when claimed, then exactly one claimant owns it', async () => {
        const rs = await Promise.all(
          ['a', 'b', 'c', 'd'].map((owner) => store.claim([{ fingerprint: 'race', owner, storyId: owner }])),
        );
        const owners = new Set(rs.map((r) => r[0]?.owner));
        expect(owners.size).toBe(1);
        expect(rs.filter((r) => r[0]?.owned)).toHaveLength(1);
      });
    });

    describe('resolve', () => {
      it('given an empty store, when a record is resolved, then it is owned, numbered and has no neighbours', async () => {
        const [r] = await store.resolve([request('a', ['b1', 'b2'])]);
        expect(r?.claim.owned).toBe(true);
        expect(r?.seq).toBeGreaterThan(0);
        expect(r?.neighbors).toEqual([]);
      });

      it('given a stored record, when a request shares a band, then the record comes back whole', async () => {
        await store.resolve([request('a', ['b1', 'b2'], { signature: [5, 6], facts: [1, 1, 3] })]);
        const [r] = await store.resolve([request('b', ['b2', 'b3'])]);
        expect(r?.neighbors).toHaveLength(1);
        expect(r?.neighbors[0]).toMatchObject({
          id: 'a',
          storyId: 'story-a',
          fingerprint: 'fp-a',
          signature: [5, 6],
          shingleCount: 10,
          facts: [1, 1, 3],
        });
        expect(r?.neighbors[0]?.seq).toBeLessThan(r?.seq ?? 0);
      });

      it('given a record sharing several bands, when resolved, then it is returned once', async () => {
        await store.resolve([request('a', ['b1', 'b2', 'b3'])]);
        const [r] = await store.resolve([request('b', ['b1', 'b2', 'b3'])]);
        expect(r?.neighbors.map((n) => n.id)).toEqual(['a']);
      });

      it('given no shared band, when resolved, then there are no neighbours', async () => {
        await store.resolve([request('a', ['b1'])]);
        const [r] = await store.resolve([request('b', ['b9'])]);
        expect(r?.neighbors).toEqual([]);
      });

      it('given one batch, when resolved, then later requests see earlier ones, in order', async () => {
        const rs = await store.resolve([request('a', ['x']), request('b', ['x']), request('c', ['x'])]);
        expect(rs.map((r) => r.neighbors.map((n) => n.id).sort())).toEqual([[], ['a'], ['a', 'b']]);
      });

      it('given a record, when it is resolved again (replay), then it sees only what arrived before it', async () => {
        const [first] = await store.resolve([request('a', ['x'])]);
        await store.resolve([request('b', ['x'])]);
        const [replay] = await store.resolve([request('a', ['x'])]);
        expect(replay?.claim.owned).toBe(true);
        expect(replay?.seq).toBe(first?.seq);
        expect(replay?.neighbors).toEqual([]);
      });

      it('given a fingerprint owned by another dispatch, when resolved, then it is not owned and not stored', async () => {
        await store.resolve([request('a', ['x'], { fingerprint: 'same' })]);
        const [dup] = await store.resolve([request('b', ['x'], { fingerprint: 'same' })]);
        expect(dup?.claim).toMatchObject({ owner: 'a', owned: false, storyId: 'story-a' });
        const [later] = await store.resolve([request('c', ['x'])]);
        expect(later?.neighbors.map((n) => n.id)).toEqual(['a']);
      });

      it('given a withdrawn record, when a neighbour is resolved, then the flag comes back', async () => {
        await store.resolve([request('a', ['x'], { withdrawn: true })]);
        const [r] = await store.resolve([request('b', ['x'])]);
        expect(r?.neighbors[0]?.withdrawn).toBe(true);
      });

      it('given more look-alikes than the neighbour limit, when resolved, then those sharing the most bands come back', async () => {
        // Spread over eight bands, so no band holds more records than a store keeps per band.
        const alike = Array.from({ length: DEFAULT_MAX_NEIGHBORS + 8 }, (_, i) =>
          request(`n${i}`, [`x${i % 8}`]),
        );
        await store.resolve([...alike, request('best', ['x0', 'y', 'z'])]);
        const probeBands = [...Array.from({ length: 8 }, (_, b) => `x${b}`), 'y', 'z'];
        const [r] = await store.resolve([request('probe', probeBands)]);
        const ids = r?.neighbors.map((n) => n.id) ?? [];
        expect(ids).toHaveLength(DEFAULT_MAX_NEIGHBORS);
        // The best match by shared bands; among equals, the earliest.
        expect(ids).toContain('best');
        expect(ids.filter((id) => id !== 'best')).toEqual(
          alike.slice(0, DEFAULT_MAX_NEIGHBORS - 1).map((a) => a.record.id),
        );
      });

      it('given more records on one band than a band keeps, when resolved, then the latest are found', async () => {
        const alike = Array.from({ length: DEFAULT_MAX_BAND_MEMBERS + 5 }, (_, i) => request(`n${i}`, ['x']));
        await store.resolve(alike);
        const [r] = await store.resolve([request('probe', ['x'])]);
        expect(r?.neighbors.map((n) => n.id)).toEqual(alike.slice(5).map((a) => a.record.id));
      });

      it('given an empty batch, when resolved, then the answer is empty', async () => {
        await expect(store.resolve([])).resolves.toEqual([]);
      });
    });

    describe('settle', () => {
      it('given a settled story, when neighbours and duplicates are resolved, then they carry it', async () => {
        await store.resolve([request('a', ['x'], { fingerprint: 'fa' })]);
        await store.settle([{ id: 'a', fingerprint: 'fa', storyId: 'root' }]);
        const [near] = await store.resolve([request('b', ['x'])]);
        expect(near?.neighbors[0]?.storyId).toBe('root');
        const [dup] = await store.resolve([request('c', ['y'], { fingerprint: 'fa' })]);
        expect(dup?.claim.storyId).toBe('root');
      });

      it('given a settlement, when it is applied twice, then the result is the same (idempotent)', async () => {
        await store.resolve([request('a', ['x'], { fingerprint: 'fa' })]);
        await store.settle([{ id: 'a', fingerprint: 'fa', storyId: 'root' }]);
        await store.settle([{ id: 'a', fingerprint: 'fa', storyId: 'root' }]);
        const [near] = await store.resolve([request('b', ['x'])]);
        expect(near?.neighbors[0]?.storyId).toBe('root');
      });

      it('given settlements carried into resolve, when the batch is resolved, then they apply before its requests', async () => {
        await store.resolve([request('a', ['x'], { fingerprint: 'fa' })]);
        const [near, dup] = await store.resolve(
          [request('b', ['x']), request('c', ['y'], { fingerprint: 'fa' })],
          [{ id: 'a', fingerprint: 'fa', storyId: 'root' }],
        );
        expect(near?.neighbors.map((n) => [n.id, n.storyId])).toEqual([['a', 'root']]);
        expect(dup?.claim).toMatchObject({ owner: 'a', owned: false, storyId: 'root' });
      });

      it('given only carried settlements, when resolved without requests, then they are applied', async () => {
        await store.resolve([request('a', ['x'], { fingerprint: 'fa' })]);
        await expect(store.resolve([], [{ id: 'a', fingerprint: 'fa', storyId: 'root' }])).resolves.toEqual(
          [],
        );
        const [near] = await store.resolve([request('b', ['x'])]);
        expect(near?.neighbors[0]?.storyId).toBe('root');
      });

      it('given a settlement naming a dispatch that does not own the fingerprint, when applied, then the owner keeps its story', async () => {
        await store.resolve([request('a', ['x'], { fingerprint: 'fa' })]);
        await store.settle([{ id: 'intruder', fingerprint: 'fa', storyId: 'root' }]);
        const [dup] = await store.resolve([request('c', ['y'], { fingerprint: 'fa' })]);
        expect(dup?.claim.storyId).toBe('story-a');
      });

      it('given an unknown id, when settled, then nothing fails', async () => {
        await expect(
          store.settle([{ id: 'ghost', fingerprint: 'none', storyId: 'root' }]),
        ).resolves.toBeUndefined();
      });
    });
  });
}
