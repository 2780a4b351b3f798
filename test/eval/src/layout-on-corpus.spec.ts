/**
 * The document model on real pages of the corpus (dev part), against their hand-annotated gold: what
 * cleaning removes and keeps, the headline, and the story's sentences with their exact boundaries.
 * Each page is here for what it exercises; the expected values are the gold files, written before the
 * pipeline ran on them (docs/annotation.md).
 */
import { cleanDispatch } from '@wirestream/nlp-text';
import { segmentText } from '@wirestream/nlp-segmentation';
import { readDoc, readGold } from './corpus-paths';
import { buildGroups } from './dedup-variants';
import { layBlocks, linesOf } from './document-lines';
import { predictionFromEvent } from './from-event';
import { type GoldFile, REMOVED_ROLES } from './gold-types';
import { splitOf } from './manifest';

/** What the layout and the segmenter make of a page, read as the pipeline's stages read it. */
function read(raw: string, language: string) {
  const cleaned = cleanDispatch({ body: raw });
  const segments = segmentText({
    text: cleaned.body,
    language,
    hasHeadline: cleaned.headline !== undefined,
    blocks: cleaned.blocks,
  });
  const event = { headline: cleaned.headline, clean: { body: cleaned.body }, segments };
  return { cleaned, sentences: (predictionFromEvent(event as never).sentences ?? []).map(squeeze) };
}

const squeeze = (s: string): string => s.replace(/\s+/gu, ' ').trim();

function goldLines(raw: string, gold: GoldFile, keep: (role: string) => boolean): string[] {
  return layBlocks(linesOf(raw), gold.blocks)
    .filter((b) => keep(b.role))
    .flatMap((b) => b.text.split('\n').map((l) => l.trim()))
    .filter((l) => l.length > 0);
}

const PAGES: readonly [string, string][] = [
  [
    'en-defensegov-2014-10-17-airstrikes',
    'a federal site banner scraped without its icon, an archive notice',
  ],
  ['fr-defense-2015-03-16-chammal-point-situation-12-mars', 'a doubled breadcrumb, an update date, rights'],
  ['en-voa-2013-06-yemen-al-jawf-drone-strike', 'a broadcaster page: skip links, menus, footer'],
  ['en-defensegov-1999-04-20-wald-kosovo-603-sorties', 'a title closed by p.m., a logo line said twice'],
  ['en-marines-2011-03-20-26th-meu-odyssey-dawn', 'a lead photo, its caption and credit above the title'],
  ['fr-viepublique-2015-08-26-situation-economie', 'a long title closed by a stop, over page labels'],
  ['en-defensegov-2018-06-01-roundup', 'section headings'],
  ['en-govuk-2023-rail-minimum-service-levels-strikes', 'headings of an official release'],
  ['en-voa-somalia-afmadow-airstrikes', 'a teaser of the lead'],
  ['fr-viepublique-2006-02-08-jo-turin', "the title's second sentence printed again"],
  ['en-voa-2013-04-07-afghanistan-kunar-air-strike', 'a caption printed twice'],
  ['en-voa-2017-03-18-israel-gaza-returns-fire', 'the lead photo caption under the title'],
  ['en-defensegov-2001-10-07-aircraft-missiles-hammer', 'a caption closed by its credit'],
];

describe('the document model on corpus pages (gold written by hand)', () => {
  it.each(PAGES)('%s (%s)', (id) => {
    expect(splitOf(id)).toBe('dev');
    const raw = readDoc(id);
    const gold = readGold(id);
    const { cleaned, sentences } = read(raw, gold.lang);
    const kept = new Set(cleaned.body.split('\n').map((l) => l.trim()));
    const removed = goldLines(raw, gold, (r) => REMOVED_ROLES.has(r as never)).filter((l) => kept.has(l));
    const lost = goldLines(raw, gold, (r) => r === 'paragraph' || r === 'list-item').filter(
      (l) => !kept.has(l),
    );
    expect({ chromeKept: removed, storyLost: lost }).toEqual({ chromeKept: [], storyLost: [] });
    expect(cleaned.headline ?? null).toBe(gold.headline || null);
    expect(sentences).toEqual(gold.sentences.map(squeeze));
  });
});

describe('hard-wrapped pages (the same corpus pages re-wrapped at 64 columns)', () => {
  it.each([
    ['en-voa-2017-03-18-israel-gaza-returns-fire'],
    ['fr-diplomatie-2017-12-29-yemen-point-de-presse'],
    ['en-defensegov-2014-10-17-airstrikes'],
  ])('%s keeps its gold sentences', (id) => {
    const gold = readGold(id);
    const [group] = buildGroups([{ id, raw: readDoc(id), gold }], []);
    const wrapped = group?.members.find((m) => m.id.endsWith('~retypeset'));
    if (wrapped === undefined) throw new Error(`no re-wrapped copy of ${id}`);
    // Its story paragraphs, and only those, now run over more lines.
    expect(wrapped.body.split('\n').length).toBeGreaterThan(readDoc(id).split('\n').length);
    expect(read(wrapped.body, gold.lang).sentences).toEqual(gold.sentences.map(squeeze));
  });
});
