/* eslint-disable no-console -- a command-line tool: progress and verdicts go to the terminal */
/**
 * `npm run eval`: the pipeline on the evaluation corpus, per-stage figures, mistakes by kind, the
 * Golden Rules suites; writes docs/quality.md and docs/quality.json.
 *   --check        compare with the floors in docs/quality.json, write nothing, exit 1 on a drop
 *   --set-floors   record the figures of this run as the new floors
 *   --peers        also measure spaCy and pySBD (Python, installed into tmp/peers-venv)
 * Every mistake of the dev part, one per line, also goes to tmp/eval/mistakes.txt (sort and diff
 * two runs' files to see what a change fixed and broke).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { docIds, hasGold, readDoc, readGold } from '../src/corpus-paths';
import { evaluateDedup } from '../src/evaluate-dedup';
import { aggregate, type DocScore, type EvalDoc, type Figures, scoreDocument } from '../src/evaluate';
import { breaches, type Floors, floorsOf } from '../src/floors';
import { predictionFromEvent } from '../src/from-event';
import { loadGoldenSuites, sameSentences, segmenterAlone } from '../src/golden-rules';
import { readManifest, type SourceEntry, splitOf } from '../src/manifest';
import { type Mistake } from '../src/mistakes';
import { runPeers } from '../src/peers';
import { type GoldenRow, type PeerRow, type QualityReport, renderMarkdown } from '../src/report';
import { enrichAlone, freshPipeline } from '../src/run-pipeline';
import { validateGold } from '../src/validate-gold';

const ROOT = resolve(__dirname, '..', '..', '..');
const QUALITY_JSON = join(ROOT, 'docs', 'quality.json');
const QUALITY_MD = join(ROOT, 'docs', 'quality.md');

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const check = args.has('--check');
  const started = performance.now();
  const manifest = new Map<string, SourceEntry>(readManifest().map((e) => [e.id, e]));
  const docs: EvalDoc[] = [];
  let invalid = 0;
  for (const id of docIds()) {
    if (!hasGold(id)) {
      invalid += 1;
      console.error(`eval: ${id} has no gold file; skipped`);
      continue;
    }
    const raw = readDoc(id);
    const gold = readGold(id);
    const problems = validateGold(id, raw, gold);
    if (problems.length > 0) {
      invalid += 1;
      console.error(`eval: ${id}: invalid gold (${problems[0]}); skipped`);
      continue;
    }
    if (!manifest.has(id)) {
      invalid += 1;
      console.error(`eval: ${id} is not in sources.json`);
    }
    docs.push({ id, raw, gold, split: manifest.get(id)?.split ?? splitOf(id) });
  }
  console.error(
    `eval: ${docs.length} documents (${docs.filter((d) => d.split === 'held').length} held back)`,
  );

  const mistakes: Mistake[] = [];
  const scores: DocScore[] = [];
  const predictions = new Map<string, ReturnType<typeof predictionFromEvent>>();
  let done = 0;
  for (const doc of docs) {
    const { event, error } = await enrichAlone({ id: doc.id, body: doc.raw });
    const docMistakes: Mistake[] = [];
    if (!event) {
      console.error(`eval: ${doc.id}: the pipeline rejected it: ${error}`);
      scores.push(
        scoreDocument(
          doc,
          { sentences: [], entities: [], strikes: [], totals: [], cleanBody: '' },
          docMistakes,
        ),
      );
    } else {
      const prediction = predictionFromEvent(event);
      predictions.set(doc.id, prediction);
      scores.push(scoreDocument(doc, prediction, docMistakes));
    }
    if (doc.split === 'dev') mistakes.push(...docMistakes);
    done += 1;
    if (done % 25 === 0 || done === docs.length)
      console.error(`eval: ${done}/${docs.length} documents scored`);
  }
  const all = aggregate(scores);
  const dev = aggregate(scores.filter((s) => s.split === 'dev'));
  const held = aggregate(scores.filter((s) => s.split === 'held'));
  const english = aggregate(scores.filter((s) => s.lang === 'en'));
  const french = aggregate(scores.filter((s) => s.lang === 'fr'));

  console.error('eval: dedup streams');
  const dedupMistakes: Mistake[] = [];
  const dedupAll = await evaluateDedup(docs, manifest, dedupMistakes);
  const dedupDev = await evaluateDedup(
    docs.filter((d) => d.split === 'dev'),
    manifest,
    [],
  );
  const dedupHeld = await evaluateDedup(
    docs.filter((d) => d.split === 'held'),
    manifest,
    [],
  );
  const heldIds = new Set(docs.filter((d) => d.split === 'held').map((d) => d.id));
  mistakes.push(...dedupMistakes.filter((m) => !heldIds.has(m.doc.split('~')[0]!)));

  console.error('eval: Golden Rules');
  const goldenRules: GoldenRow[] = [];
  const goldenFigures: Figures = {};
  const suites = loadGoldenSuites();
  for (const suite of suites) {
    let viaPipeline = 0;
    let alone = 0;
    for (const c of suite.cases) {
      // One dispatch per case, each through a pipeline of its own: the cases look alike, and dedup
      // would otherwise drop them as near-duplicates of one another.
      const { event } = await enrichAlone({
        id: `golden-${suite.language}-${c.id}`,
        body: c.input,
        language: suite.language,
      });
      const sentences = event ? (predictionFromEvent(event).sentences ?? []) : [];
      if (sameSentences(c.expected, sentences)) viaPipeline += 1;
      if (sameSentences(c.expected, segmenterAlone(suite.language, c.input))) alone += 1;
    }
    const n = suite.cases.length;
    goldenRules.push({
      suite: `Golden Rules ${suite.language.toUpperCase()} (${suite.licence})`,
      cases: n,
      pipeline: viaPipeline / n,
      segmenterAlone: alone / n,
      peers: {},
    });
    goldenFigures[`goldenRules.${suite.language}.pipeline`] = viaPipeline / n;
    goldenFigures[`goldenRules.${suite.language}.segmenter`] = alone / n;
  }

  const figuresAll: Figures = { ...all.figures, ...dedupAll.figures, ...goldenFigures };
  const previous = existsSync(QUALITY_JSON)
    ? (JSON.parse(readFileSync(QUALITY_JSON, 'utf8')) as Partial<QualityReport>)
    : {};
  const floors: Floors = args.has('--set-floors') ? floorsOf(figuresAll) : (previous.floors ?? {});

  let peers: PeerRow[] = [...(previous.peers ?? [])];
  if (args.has('--peers')) {
    console.error('eval: peers (spaCy, pySBD)');
    const measured = await runPeers(docs, suites);
    peers = measured.rows;
    for (const row of goldenRules)
      Object.assign(row.peers, measured.golden[row.suite.slice(13, 15).toLowerCase()] ?? {});
  } else if (previous.goldenRules) {
    for (const row of goldenRules)
      Object.assign(row.peers, previous.goldenRules.find((g) => g.suite === row.suite)?.peers ?? {});
  }

  const pipeline = await freshPipeline();
  const report: QualityReport = {
    command: check
      ? 'npm run eval -- --check'
      : `npm run eval${args.size > 0 ? ` -- ${[...args].join(' ')}` : ''}`,
    corpus: corpusSummary(docs, manifest),
    stages: pipeline.stages,
    figures: {
      all: figuresAll,
      dev: { ...dev.figures, ...dedupDev.figures },
      held: { ...held.figures, ...dedupHeld.figures },
      en: english.figures,
      fr: french.figures,
    },
    counts: { ...all.counts, ...dedupAll.counts },
    goldenRules,
    peers,
    floors,
    elapsedSeconds: (performance.now() - started) / 1000,
  };
  const markdown = renderMarkdown(report, mistakes);
  mkdirSync(join(ROOT, 'tmp', 'eval'), { recursive: true });
  writeFileSync(
    join(ROOT, 'tmp', 'eval', 'mistakes.txt'),
    mistakes.map((m) => `${m.stage} — ${m.kind} — ${m.doc} ${m.detail}`.replace(/\n/gu, ' ')).join('\n') +
      '\n',
  );
  if (check) {
    mkdirSync(join(ROOT, 'tmp', 'eval'), { recursive: true });
    writeFileSync(join(ROOT, 'tmp', 'eval', 'quality.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(ROOT, 'tmp', 'eval', 'quality.md'), markdown);
  } else {
    writeFileSync(QUALITY_JSON, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(QUALITY_MD, markdown);
    console.error(`eval: wrote docs/quality.md and docs/quality.json`);
  }
  printSummary(figuresAll, floors);
  const drops = breaches(figuresAll, floors);
  for (const d of drops)
    console.error(
      `eval: ${d.figure} = ${d.value === null ? '—' : d.value.toFixed(3)} is below its floor ${d.floor.toFixed(3)}`,
    );
  if (invalid > 0)
    console.error(
      `eval: ${invalid} document(s) without valid gold or manifest entry (node test/eval/scripts/validate-gold.mjs)`,
    );
  console.error(
    `eval: ${drops.length === 0 && invalid === 0 ? 'PASS' : 'FAIL'} (${report.elapsedSeconds.toFixed(0)} s)`,
  );
  return check && (drops.length > 0 || invalid > 0) ? 1 : 0;
}

function corpusSummary(
  docs: readonly EvalDoc[],
  manifest: ReadonlyMap<string, SourceEntry>,
): Record<string, number | string> {
  const count = (pred: (d: EvalDoc) => boolean) => docs.filter(pred).length;
  const licences = new Map<string, number>();
  for (const d of docs) {
    const l = manifest.get(d.id)?.licence ?? 'unknown';
    licences.set(l, (licences.get(l) ?? 0) + 1);
  }
  return {
    documents: docs.length,
    english: count((d) => d.gold.lang === 'en'),
    french: count((d) => d.gold.lang === 'fr'),
    releases: count((d) => manifest.get(d.id)?.kind === 'release'),
    'news stories': count((d) => manifest.get(d.id)?.kind === 'wire'),
    'other subjects': count((d) => manifest.get(d.id)?.kind === 'other'),
    'with strike counts': count((d) => d.gold.strikes.some((s) => s.role !== 'headline')),
    dev: count((d) => d.split === 'dev'),
    held: count((d) => d.split === 'held'),
    licences: [...licences.entries()].map(([l, n]) => `${l} ${n}`).join(', '),
  };
}

function printSummary(figures: Figures, floors: Floors): void {
  for (const [name, value] of Object.entries(figures)) {
    if (
      !/\.(f1|right|countExact|removed|storyKept|exact|country|recall|precision|pipeline|segmenter|updatesKept|uniqueKept|negativeDocsClean)$/u.test(
        name,
      )
    )
      continue;
    const floor = floors[name];
    console.log(
      `${name.padEnd(36)} ${value === null ? '   —' : value.toFixed(3)}${floor === undefined ? '' : `  (floor ${floor.toFixed(3)})`}`,
    );
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 70;
  },
);
