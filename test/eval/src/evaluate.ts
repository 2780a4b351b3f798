/**
 * Scores one system over the corpus: per document, then summed per split. Pure but for reading
 * the corpus; the systems come in as functions from a document to a prediction.
 */
import { type LaidBlock, layBlocks, linesOf } from './document-lines';
import { type GoldFile, NAME_ROLES } from './gold-types';
import { type Mistake } from './mistakes';
import { type Prediction } from './prediction';
import { addCounts, type Counts, emptyCounts, prf, ratio } from './prf';
import { type CleaningScore, scoreCleaning } from './score-cleaning';
import { type EntityScore, scoreEntities } from './score-entities';
import { type SegmentationScore, scoreSegmentation } from './score-segmentation';
import { scoreStrikes, type StrikeScore } from './score-strikes';
import { countOccurrences, squeeze } from './text-locator';

export interface EvalDoc {
  readonly id: string;
  readonly raw: string;
  readonly gold: GoldFile;
  readonly split: 'dev' | 'held';
}

export interface DocScore {
  readonly id: string;
  readonly split: 'dev' | 'held';
  readonly lang: string;
  readonly segmentation?: SegmentationScore;
  readonly cleaning?: CleaningScore;
  readonly entities?: EntityScore;
  readonly strikes?: StrikeScore;
}

export function scoreDocument(doc: EvalDoc, prediction: Prediction, mistakes: Mistake[]): DocScore {
  const report = (m: Mistake) => mistakes.push(m);
  const squeezed = squeeze(doc.raw);
  const lines = linesOf(doc.raw);
  const blocks = layBlocks(lines, doc.gold.blocks);
  const gold = namesOfTheStory(doc.gold, blocks);
  return {
    id: doc.id,
    split: doc.split,
    lang: doc.gold.lang,
    ...(prediction.sentences
      ? {
          segmentation: scoreSegmentation(
            doc.id,
            doc.raw,
            squeezed,
            blocks,
            doc.gold,
            prediction.sentences,
            report,
          ),
        }
      : {}),
    ...(prediction.cleanBody !== undefined
      ? {
          cleaning: scoreCleaning(doc.id, lines, doc.gold, prediction.headline, prediction.cleanBody, report),
        }
      : {}),
    ...(prediction.entities ? { entities: scoreEntities(doc.id, gold, prediction.entities, report) } : {}),
    ...(prediction.strikes
      ? { strikes: scoreStrikes(doc.id, doc.gold, prediction.strikes, prediction.totals ?? [], report) }
      : {}),
  };
}

/** The gold names found in the story's own text; one seen only in chrome or a caption is dropped. */
function namesOfTheStory(gold: GoldFile, blocks: readonly LaidBlock[]): GoldFile {
  const story = squeeze(
    blocks
      .filter((b) => NAME_ROLES.has(b.role))
      .map((b) => b.text)
      .join('\n'),
  );
  const inStory = (text: string) => countOccurrences(story, text) > 0;
  return {
    ...gold,
    entities: gold.entities.filter((e) => inStory(e.text)),
    places: gold.places.filter((p) => inStory(p.text)),
    acronyms: gold.acronyms.filter((a) => inStory(a.short)),
  };
}

/** Figures: named values in [0, 1] (null when nothing was there to measure), higher is better. */
export type Figures = Record<string, number | null>;

export function aggregate(scores: readonly DocScore[]): { figures: Figures; counts: Record<string, number> } {
  const f: Figures = {};
  const counts: Record<string, number> = { documents: scores.length };
  const seg = scores.flatMap((s) => (s.segmentation ? [s.segmentation] : []));
  if (seg.length > 0) {
    const b = sum(seg.map((s) => s.boundaries));
    const e = sum(seg.map((s) => s.sentences));
    put(f, 'segmentation.boundary', prf(b));
    put(f, 'segmentation.sentence', prf(e));
    f['segmentation.countExact'] = ratio(seg.filter((s) => s.countExact).length, seg.length).value;
    counts['sentences.gold'] = seg.reduce((a, s) => a + s.goldCount, 0);
  }
  const clean = scores.flatMap((s) => (s.cleaning ? [s.cleaning] : []));
  if (clean.length > 0) {
    f['headline.right'] = ratio(clean.filter((c) => c.headlineRight).length, clean.length).value;
    f['cleaning.removed'] = ratio(sumOf(clean, 'removedLines'), sumOf(clean, 'removedLinesTotal')).value;
    f['cleaning.storyKept'] = ratio(sumOf(clean, 'keptLines'), sumOf(clean, 'keptLinesTotal')).value;
    counts['lines.toRemove'] = sumOf(clean, 'removedLinesTotal');
  }
  const ent = scores.flatMap((s) => (s.entities ? [s.entities] : []));
  if (ent.length > 0) {
    put(f, 'entities', prf(sum(ent.map((e) => e.all))));
    for (const type of ['PER', 'ORG', 'LOC', 'MISC'])
      put(f, `entities.${type}`, prf(sum(ent.map((e) => e.byType[type]!))));
    put(f, 'acronyms', prf(sum(ent.map((e) => e.acronyms))));
    const tagged = sumOf(ent, 'placesTagged');
    f['places.exact'] = ratio(sumOf(ent, 'placesExact'), tagged).value;
    f['places.country'] = ratio(sumOf(ent, 'placesCountry'), tagged).value;
    counts['places.gold'] = sumOf(ent, 'placesTotal');
    counts['places.tagged'] = tagged;
  }
  const st = scores.flatMap((s) => (s.strikes ? [s.strikes] : []));
  if (st.length > 0) {
    put(f, 'strikes', prf(sum(st.map((s) => s.full))));
    put(f, 'strikes.countKind', prf(sum(st.map((s) => s.countKind))));
    put(f, 'strikes.totals', prf(sum(st.map((s) => s.totals))));
    const classes = new Map<string, { hit: number; total: number }>();
    for (const s of st)
      for (const [cls, c] of Object.entries(s.byClass)) {
        const into = classes.get(cls) ?? { hit: 0, total: 0 };
        into.hit += c.hit;
        into.total += c.total;
        classes.set(cls, into);
      }
    for (const cls of [...classes.keys()].sort()) {
      const c = classes.get(cls)!;
      f[`strikes.recall.${cls}`] = ratio(c.hit, c.total).value;
      counts[`strikes.${cls}`] = c.total;
    }
    const negatives = st.filter((s) => s.negativeDoc);
    f['strikes.negativeDocsClean'] = ratio(
      negatives.filter((s) => !s.falseAlarmDoc).length,
      negatives.length,
    ).value;
    counts['strikes.gold'] = st.reduce((a, s) => a + s.full.tp + s.full.fn, 0);
    counts['strikes.negativeDocs'] = negatives.length;
  }
  return { figures: f, counts };
}

function put(f: Figures, name: string, p: ReturnType<typeof prf>): void {
  f[`${name}.precision`] = p.precision;
  f[`${name}.recall`] = p.recall;
  f[`${name}.f1`] = p.f1;
}

function sum(cs: readonly Counts[]): Counts {
  const total = emptyCounts();
  for (const c of cs) addCounts(total, c);
  return total;
}

function sumOf<T>(items: readonly T[], key: keyof T): number {
  return items.reduce((a, x) => a + (x[key] as number), 0);
}
