import {
  InMemoryDedupStore,
  type DedupStore,
  type ResolveRequest,
  type StorySettlement,
} from '@wirestream/dedup';
import { type StageBatchContext } from '../stage-handler';
import { decodeSettlements, encodeSettlements } from './dedup-checkpoint';
import { createDedupStage } from './dedup.stage';

const lead =
  'La coalition internationale a mené huit frappes près de Boukamal et cinq près d’Al-Qaïm mardi, ' +
  'a indiqué le commandement dans un communiqué publié mercredi à Bagdad. Les raids visaient des ' +
  'positions du groupe jihadiste, selon la même source, qui ne précise pas le bilan humain.';
const dispatch = (id: string, body: string) => ({
  value: { id, agency: 'AFP', storyId: id, body, receivedAt: '2026-11-25T08:00:00Z' },
  arrivedAt: new Date('2026-11-25T08:00:00Z'),
});
const original = dispatch('v1', lead);
// One figure changed: an update of v1, which must join v1's story.
const update = dispatch('v2', lead.replace('cinq près', 'six près'));
const later = dispatch('v3', lead.replace('cinq près', 'six près') + ' Un civil a été blessé.');

/** The in-memory store, counting calls and recording what each resolve call carried. */
function countingStore(): DedupStore & { resolves: number; settles: number; carried: StorySettlement[][] } {
  const inner = new InMemoryDedupStore();
  const store = {
    resolves: 0,
    settles: 0,
    carried: [] as StorySettlement[][],
    claim: inner.claim.bind(inner),
    resolve(requests: readonly ResolveRequest[], settlements: readonly StorySettlement[] = []) {
      store.resolves += 1;
      store.carried.push([...settlements]);
      return inner.resolve(requests, settlements);
    },
    settle(settlements: readonly StorySettlement[]) {
      store.settles += 1;
      return inner.settle(settlements);
    },
  };
  return store;
}

const context = (recovered?: string): StageBatchContext => ({ recovered, checkpoint: undefined });
const storyOf = (outcome: unknown): unknown =>
  (outcome as { outputs: { value: { storyId: string } }[] }).outputs[0]?.value.storyId;

describe('dedup stage: one store call per batch', () => {
  it('given a batch holding an update, when handled, then the store is called once and the story travels in the checkpoint', async () => {
    const store = countingStore();
    const stage = createDedupStage({ store });
    await stage.handleBatch([original], context());
    const ctx = context();
    const [outcome] = await stage.handleBatch([update], ctx);
    expect(storyOf(outcome)).toBe('v1');
    expect(store.resolves).toBe(2);
    expect(store.settles).toBe(0);
    expect(decodeSettlements(ctx.checkpoint)).toEqual([
      { id: 'v2', fingerprint: expect.any(String), storyId: 'v1' },
    ]);
  });

  it('given an update decided in one batch, when the next batch runs, then its single call carries the settlement', async () => {
    const store = countingStore();
    const stage = createDedupStage({ store });
    await stage.handleBatch([original], context());
    await stage.handleBatch([update], context());
    const [outcome] = await stage.handleBatch([later], context());
    expect(store.carried[2]?.map((s) => [s.id, s.storyId])).toEqual([['v2', 'v1']]);
    expect(storyOf(outcome)).toBe('v1');
  });

  it('given a checkpoint recovered after a crash, when the new owner handles a batch, then it applies the lost settlement', async () => {
    const store = countingStore();
    const crashed = createDedupStage({ store });
    await crashed.handleBatch([original], context());
    const ctx = context();
    await crashed.handleBatch([update], ctx);
    // The crashed worker's memory is gone; only the committed checkpoint survives.
    const successor = createDedupStage({ store });
    const [outcome] = await successor.handleBatch([later], context(ctx.checkpoint));
    expect(store.carried[2]?.map((s) => [s.id, s.storyId])).toEqual([['v2', 'v1']]);
    expect(storyOf(outcome)).toBe('v1');
  });

  it('given a store failure, when the batch is retried, then the carried settlements are sent again', async () => {
    const store = countingStore();
    let down = false;
    const flaky: DedupStore = {
      claim: (c) => store.claim(c),
      settle: (s) => store.settle(s),
      resolve: (r, s) => (down ? Promise.reject(new Error('Redis down')) : store.resolve(r, s)),
    };
    const stage = createDedupStage({ store: flaky });
    await stage.handleBatch([original], context());
    await stage.handleBatch([update], context());
    down = true;
    await expect(stage.handleBatch([later], context())).rejects.toThrow('Redis down');
    down = false;
    const [outcome] = await stage.handleBatch([later], context());
    expect(store.carried.at(-1)?.map((s) => [s.id, s.storyId])).toEqual([['v2', 'v1']]);
    expect(storyOf(outcome)).toBe('v1');
  });
});

describe('dedup checkpoints', () => {
  it('given settlements, when encoded and decoded, then they come back the same', () => {
    const settlements = [
      { id: 'urn:afp:1', fingerprint: 'ab12', storyId: 'urn:afp:0' },
      { id: 'é"\\', fingerprint: 'x', storyId: 'y' },
    ];
    expect(decodeSettlements(encodeSettlements(settlements))).toEqual(settlements);
  });

  it('given no settlements, when encoded, then there is no checkpoint', () => {
    expect(encodeSettlements([])).toBeUndefined();
  });

  it('given settlements over the size limit, when encoded, then there is no checkpoint (they are written at once)', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      id: `urn:newsml:afp.com:20261125:dispatch-${i}`,
      fingerprint: 'f'.repeat(16),
      storyId: `urn:newsml:afp.com:20261125:story-${i}`,
    }));
    expect(encodeSettlements(many)).toBeUndefined();
  });

  it.each([
    ['garbage'],
    ['dedup-settlements/1 {not json'],
    ['dedup-settlements/1 [[1,2,3],["a","b"]]'],
    [''],
  ])('given a foreign or damaged checkpoint %j, when decoded, then it yields no settlements', (text) => {
    expect(decodeSettlements(text)).toEqual([]);
  });
});

describe('dedup stage: settlements that do not fit a checkpoint', () => {
  it('given a batch with more updates than a checkpoint holds, when handled, then they are written at once', async () => {
    const store = countingStore();
    const stage = createDedupStage({ store });
    // Forty distinct stories (their own words), each then updated with one figure changed.
    const words = (i: number) =>
      Array.from({ length: 60 }, (_, k) => `mot${(i * 7919 + k * 104_729) % 1_000_003}`).join(' ');
    const originals = Array.from({ length: 40 }, (_, i) =>
      dispatch(`urn:newsml:afp.com:20261125:original-${i}`, `La coalition a mené huit frappes. ${words(i)}.`),
    );
    await stage.handleBatch(originals, context());
    const updates = originals.map((o, i) =>
      dispatch(
        `urn:newsml:afp.com:20261125:update-${i}`,
        `${(o.value as { body: string }).body.replace('huit frappes', 'neuf frappes')}`,
      ),
    );
    const ctx = context();
    const outcomes = await stage.handleBatch(updates, ctx);
    expect(outcomes.map(storyOf)).toEqual(originals.map((o) => o.value.id));
    expect(ctx.checkpoint).toBeUndefined();
    expect(store.settles).toBe(1);
  });
});
