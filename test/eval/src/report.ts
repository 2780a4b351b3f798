/** docs/quality.md and docs/quality.json from the scores. */
import { type Figures } from './evaluate';
import { type Floors } from './floors';
import { type Mistake } from './mistakes';

export interface PeerRow {
  readonly name: string;
  readonly build: string;
  readonly figures: Figures;
}

export interface GoldenRow {
  readonly suite: string;
  readonly cases: number;
  readonly pipeline: number;
  readonly segmenterAlone: number;
  readonly peers: Record<string, number>;
}

export interface QualityReport {
  readonly command: string;
  readonly corpus: Record<string, number | string>;
  readonly stages: readonly { name: string; version: string }[];
  readonly figures: {
    readonly all: Figures;
    readonly dev: Figures;
    readonly held: Figures;
    readonly en: Figures;
    readonly fr: Figures;
  };
  readonly counts: Record<string, number>;
  readonly goldenRules: readonly GoldenRow[];
  readonly peers: readonly PeerRow[];
  readonly floors: Floors;
  readonly elapsedSeconds: number;
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(3));

export function renderMarkdown(r: QualityReport, mistakes: readonly Mistake[]): string {
  const out: string[] = [];
  out.push('# Quality on real text');
  out.push('');
  out.push(
    `Written by \`${r.command}\` in ${r.elapsedSeconds.toFixed(0)} s. The corpus, its licences and the annotation guide:`,
    '`test/eval/corpus/sources.json`, [annotation.md](annotation.md). Figures are micro-averaged over documents;',
    '`held` is the fifth of the corpus kept back (scored, never read while tuning). `floor` is what `npm test`',
    'holds the figure to (`npm run eval -- --set-floors` records new floors).',
    '',
  );
  out.push('| corpus | value |', '| --- | --- |');
  for (const [k, v] of Object.entries(r.corpus)) out.push(`| ${k} | ${v} |`);
  for (const [k, v] of Object.entries(r.counts)) if (!(k in r.corpus)) out.push(`| ${k} | ${v} |`);
  out.push('', `Stages: ${r.stages.map((s) => `${s.name} ${s.version}`).join(', ')}.`, '');
  const columns = ['all', 'dev', 'held', 'en', 'fr'] as const;
  out.push(
    '## Figures',
    '',
    `| figure | ${columns.join(' | ')} | floor |`,
    `|${' --- |'.repeat(columns.length + 2)}`,
  );
  for (const name of Object.keys(r.figures.all))
    out.push(
      `| ${name} | ${columns.map((c) => fmt(r.figures[c][name])).join(' | ')} | ${fmt(r.floors[name])} |`,
    );
  out.push('', '## Golden Rules (public segmentation suites)', '');
  out.push(
    'One case per dispatch through the whole pipeline (the first paragraph may be taken for a headline), and the',
    'segmenter alone on the same text. Share of cases whose sentences come out exactly as expected.',
    '',
  );
  const peerNames = [...new Set(r.goldenRules.flatMap((g) => Object.keys(g.peers)))];
  out.push(`| suite | cases | pipeline | segmenter alone |${peerNames.map((p) => ` ${p} |`).join('')}`);
  out.push(`| --- | --- | --- | --- |${peerNames.map(() => ' --- |').join('')}`);
  for (const g of r.goldenRules)
    out.push(
      `| ${g.suite} | ${g.cases} | ${fmt(g.pipeline)} | ${fmt(g.segmenterAlone)} |${peerNames.map((p) => ` ${fmt(g.peers[p])} |`).join('')}`,
    );
  if (r.peers.length > 0) {
    out.push('', '## Peers on the same corpus (`npm run eval -- --peers`)', '');
    for (const p of r.peers) out.push(`- **${p.name}**: ${p.build}`);
    out.push('', `| figure | wirestream |${r.peers.map((p) => ` ${p.name} |`).join('')}`);
    out.push(`| --- | --- |${r.peers.map(() => ' --- |').join('')}`);
    const names = [...new Set(r.peers.flatMap((p) => Object.keys(p.figures)))];
    for (const n of names)
      out.push(
        `| ${n} | ${fmt(r.figures.all[n])} |${r.peers.map((p) => ` ${fmt(p.figures[n])} |`).join('')}`,
      );
  }
  out.push('', '## Mistakes by kind (dev part only)', '');
  const groups = new Map<string, Mistake[]>();
  for (const m of mistakes) {
    const key = `${m.stage} — ${m.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const sorted = [...groups.entries()].sort(
    (a, b) => a[0].split(' — ')[0]!.localeCompare(b[0].split(' — ')[0]!) || b[1].length - a[1].length,
  );
  let stage = '';
  for (const [key, ms] of sorted) {
    const [s, kind] = key.split(' — ');
    if (s !== stage) {
      stage = s!;
      out.push('', `### ${stage}`, '');
    }
    out.push(
      `- **${kind}** (${ms.length}): ${ms
        .slice(0, 4)
        .map((m) => `\`${m.doc}\`${m.detail ? ` ${m.detail.replace(/\|/gu, '\\|')}` : ''}`)
        .join('; ')}`,
    );
  }
  out.push('');
  return out.join('\n');
}
