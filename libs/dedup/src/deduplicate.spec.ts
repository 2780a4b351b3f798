import { createDeduplicator, deduplicate, type Deduplicator } from './deduplicate';
import { InMemoryDedupStore } from './in-memory-dedup-store';
import { strikeRelease } from './testing/labelled-set';
import type { DedupCandidate, DedupDecision, DedupStore } from './types';

const EDITION_1 = strikeRelease(1);
const EDITION_2 = strikeRelease(2);
const EDITION_3 = strikeRelease(3);
/** Edition 2 with its first figure corrected (21 strikes instead of the published count). */
const EDITION_2_CORRECTED = EDITION_2.replace(/conducted \d+ strikes/, 'conducted 121 strikes');

const LEAD =
  'Heavy monsoon rain flooded large parts of the Indonesian capital Jakarta on Monday, forcing 4,500 residents to flee their homes, officials said.';
const SECOND =
  'Water reached up to 1.5 metres in some eastern districts, and rescuers used rubber boats to evacuate elderly people, a spokesman said.';
const STORY = `Floods force thousands from homes in Jakarta\n\n${LEAD}\n\n${SECOND}`;
const UPDATE = `${STORY}\n\nTwo people were reported missing after being swept away by a swollen river in the south of the city.`;
const SECOND_UPDATE = `${UPDATE}\n\nForecasters warned that more heavy rain was expected over the next three days.`;
const OTHER =
  'Talks stall in Geneva\n\nNegotiators failed on Tuesday to agree on a ceasefire, and the envoy said a new round would open next month in Geneva.';

const c = (id: string, text: string, extra: Partial<DedupCandidate> = {}): DedupCandidate => ({
  id,
  storyId: `s-${id}`,
  agency: 'AFP',
  text,
  ...extra,
});

const shape = (d: DedupDecision): Partial<DedupDecision> => ({
  status: d.status,
  storyId: d.storyId,
  ...(d.duplicateOf !== undefined ? { duplicateOf: d.duplicateOf } : {}),
  ...(d.updateOf !== undefined ? { updateOf: d.updateOf } : {}),
  ...(d.withdrawn !== undefined ? { withdrawn: d.withdrawn } : {}),
});

interface Scenario {
  readonly name: string;
  /** Batches processed in order against one store; decisions of the last batch are checked. */
  readonly given: readonly (readonly DedupCandidate[])[];
  readonly then: readonly Partial<DedupDecision>[];
}

/** The same story as scraped from another site: other chrome around it, one paragraph wrapped at 40. */
const RESCRAPED = [
  'World | Asia | Share on Facebook',
  'Floods force thousands from homes in Jakarta',
  'Reuters',
  LEAD,
  'Water reached up to 1.5 metres in some eastern districts, and rescuers used\nrubber boats to evacuate elderly people, a spokesman said.',
  'Most Read',
].join('\n\n');
/** The story with a truncated teaser of its lead appended. */
const TEASED = `${STORY}\n\n${LEAD.slice(0, 70)}…`;
/** A re-scrape whose only change is a figure: an update, never a duplicate. */
const REFIGURED = RESCRAPED.replace('4,500 residents', '5,400 residents');

const scenarios: readonly Scenario[] = [
  {
    name: 'a re-scrape under other chrome and wrapping (a duplicate of the story)',
    given: [[c('a', STORY)], [c('b', RESCRAPED)]],
    then: [{ status: 'duplicate', storyId: 's-a', duplicateOf: 'a' }],
  },
  {
    name: 'the story with a truncated teaser of its lead appended (a duplicate)',
    given: [[c('a', STORY)], [c('b', TEASED)]],
    then: [{ status: 'duplicate', storyId: 's-a', duplicateOf: 'a' }],
  },
  {
    name: 'a re-scrape with one figure changed (an update, never a duplicate)',
    given: [[c('a', STORY)], [c('b', REFIGURED)]],
    then: [{ status: 'update', storyId: 's-a', updateOf: 'a' }],
  },
  {
    name: 'a re-scrape with a short closing sentence added (an update)',
    given: [[c('a', STORY)], [c('b', `${RESCRAPED}\n\nNo one was hurt.`)]],
    then: [{ status: 'update', storyId: 's-a', updateOf: 'a' }],
  },
  {
    name: 'three editions of a boilerplate strike release (each a new story)',
    given: [[c('e1', EDITION_1), c('e2', EDITION_2), c('e3', EDITION_3)]],
    then: [
      { status: 'unique', storyId: 's-e1' },
      { status: 'unique', storyId: 's-e2' },
      { status: 'unique', storyId: 's-e3' },
    ],
  },
  {
    name: 'a correction of the second edition, the first edition also known (updates the second)',
    given: [[c('e1', EDITION_1), c('e2', EDITION_2)], [c('fix', EDITION_2_CORRECTED)]],
    then: [{ status: 'update', storyId: 's-e2', updateOf: 'e2' }],
  },
  {
    name: 'one batch with a story, its re-send and its update',
    given: [[c('a', STORY), c('b', STORY.toUpperCase()), c('u', UPDATE)]],
    then: [
      { status: 'unique', storyId: 's-a' },
      { status: 'duplicate', storyId: 's-a', duplicateOf: 'a' },
      { status: 'update', storyId: 's-a', updateOf: 'a' },
    ],
  },
  {
    name: 'a replay of the original after its update and duplicate were seen',
    given: [[c('a', STORY)], [c('u', UPDATE), c('b', STORY)], [c('a', STORY)]],
    then: [{ status: 'unique', storyId: 's-a' }],
  },
  {
    name: 'a replay of an update',
    given: [[c('a', STORY)], [c('u', UPDATE)], [c('u', UPDATE)]],
    then: [{ status: 'update', storyId: 's-a', updateOf: 'a' }],
  },
  {
    name: 'a replay of a duplicate',
    given: [[c('a', STORY)], [c('b', STORY)], [c('b', STORY)]],
    then: [{ status: 'duplicate', storyId: 's-a', duplicateOf: 'a' }],
  },
  {
    name: 'the same dispatch twice in one batch (never a duplicate of itself)',
    given: [[c('a', STORY), c('a', STORY)]],
    then: [
      { status: 'unique', storyId: 's-a' },
      { status: 'unique', storyId: 's-a' },
    ],
  },
  {
    name: 'an update of an update, across batches (joins the first story)',
    given: [[c('a', STORY)], [c('u', UPDATE)], [c('v', SECOND_UPDATE)]],
    then: [{ status: 'update', storyId: 's-a', updateOf: 'u' }],
  },
  {
    name: 'an update of an update, in one batch (joins the first story before the store is settled)',
    given: [[c('a', STORY), c('u', UPDATE), c('v', SECOND_UPDATE)]],
    then: [
      { status: 'unique', storyId: 's-a' },
      { status: 'update', storyId: 's-a', updateOf: 'a' },
      { status: 'update', storyId: 's-a', updateOf: 'u' },
    ],
  },
  {
    name: 'a duplicate of an update (carries the first story)',
    given: [[c('a', STORY)], [c('u', UPDATE)], [c('d', UPDATE)]],
    then: [{ status: 'duplicate', storyId: 's-a', duplicateOf: 'u' }],
  },
  {
    name: 'an unrelated dispatch',
    given: [[c('a', STORY)], [c('o', OTHER)]],
    then: [{ status: 'unique', storyId: 's-o' }],
  },
  {
    name: 'a canceled re-send of a story (a withdrawal, never a duplicate)',
    given: [[c('a', STORY)], [c('k', STORY, { pubstatus: 'canceled', version: 2 })]],
    then: [{ status: 'update', storyId: 's-a', updateOf: 'a', withdrawn: true }],
  },
  {
    name: 'a withheld notice with its own text and story id',
    given: [
      [c('a', STORY)],
      [c('k', 'This story has been withheld.', { storyId: 's-a', pubstatus: 'withheld' })],
    ],
    then: [{ status: 'unique', storyId: 's-a', withdrawn: true }],
  },
  {
    name: 'the same kill text for two different stories (each withdraws its own)',
    given: [
      [c('k1', 'Story withdrawn.', { pubstatus: 'canceled' })],
      [c('k2', 'Story withdrawn.', { pubstatus: 'canceled' })],
    ],
    then: [{ status: 'unique', storyId: 's-k2', withdrawn: true }],
  },
  {
    name: 'a withdrawal received twice',
    given: [
      [c('k1', 'Story withdrawn.', { storyId: 's-x', pubstatus: 'canceled' })],
      [c('k2', 'Story withdrawn.', { storyId: 's-x', pubstatus: 'canceled' })],
    ],
    then: [{ status: 'duplicate', storyId: 's-x', duplicateOf: 'k1', withdrawn: true }],
  },
  {
    name: 'a new story after a withdrawal with similar text (the withdrawal is no original)',
    given: [[c('k', STORY, { pubstatus: 'canceled' })], [c('u', UPDATE)]],
    then: [{ status: 'unique', storyId: 's-u' }],
  },
];

describe('deduplicate', () => {
  let dedup: Deduplicator;
  beforeAll(async () => {
    dedup = await createDeduplicator();
  });

  it.each(scenarios)(
    'given $name, when deduplicated, then the decisions are as annotated',
    async ({ given, then }) => {
      const store = new InMemoryDedupStore();
      let last: DedupDecision[] = [];
      for (const batch of given) last = await dedup.deduplicate(batch, store);
      expect(last.map(shape)).toEqual(then);
    },
  );

  it('given the default entry point, when called, then it decides like a created deduplicator', async () => {
    const [a, b] = await deduplicate([c('a', STORY), c('b', ` ${STORY} `)], new InMemoryDedupStore());
    expect([a?.status, b?.status, b?.duplicateOf]).toEqual(['unique', 'duplicate', 'a']);
    expect(a?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b?.fingerprint).toBe(a?.fingerprint);
  });

  it('given an empty batch, when deduplicated, then the store is not called', async () => {
    const store: DedupStore = {
      claim: () => Promise.reject(new Error('unexpected')),
      resolve: () => Promise.reject(new Error('unexpected')),
      settle: () => Promise.reject(new Error('unexpected')),
    };
    await expect(dedup.deduplicate([], store)).resolves.toEqual([]);
  });

  it('given a store that answers short, when deduplicated, then it fails loudly', async () => {
    const store: DedupStore = {
      claim: () => Promise.resolve([]),
      resolve: () => Promise.resolve([]),
      settle: () => Promise.resolve(),
    };
    await expect(dedup.deduplicate([c('a', STORY)], store)).rejects.toThrow(/answered 0 of 1/);
  });

  it('given only unique and duplicate decisions, when deduplicated, then nothing is settled', async () => {
    const inner = new InMemoryDedupStore();
    const settle = jest.fn(() => Promise.resolve());
    const store: DedupStore = { claim: (x) => inner.claim(x), resolve: (x) => inner.resolve(x), settle };
    await dedup.deduplicate([c('a', STORY), c('b', STORY), c('o', OTHER)], store);
    expect(settle).not.toHaveBeenCalled();
    await dedup.deduplicate([c('u', UPDATE)], store);
    expect(settle).toHaveBeenCalledTimes(1);
  });
});
