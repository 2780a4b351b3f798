/* eslint-disable no-console */
// Entity tagging benchmark (not a test): data load time, heap after load, µs per ~3 KB dispatch and the
// ratio to a JSON parse+stringify of the same input, measured in one run.
//   node --expose-gc --conditions=@wirestream/source --import tsx libs/nlp/entities/bench/tag-entities.bench.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type TaggableSegment, type TagInput } from '../src/index';

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

async function main(): Promise<void> {
  const heapBefore = heapMb();
  const rssBefore = process.memoryUsage().rss / 1e6;
  // Cold start as a worker sees it: importing the module (the shipped JSON is parsed then) and building the index.
  const t0 = performance.now();
  const { createRuleBasedBackend, loadGazetteer } = await import('../src/index.js');
  const importMs = performance.now() - t0;
  const gazetteer = loadGazetteer();
  const loadMs = performance.now() - t0;
  const heapAfter = heapMb();
  const rssAfter = process.memoryUsage().rss / 1e6;

  const root = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
  const raw = readFileSync(join(root, 'dispatches', 'coalition-boukamal.fr.txt'), 'utf8');
  const start = raw.indexOf('La coalition contre');
  const end = raw.indexOf("s'est-il félicité.") + "s'est-il félicité.".length;
  const french = `La coalition veut couper le dernier grand axe Irak-Syrie de l'EI\n\n${raw.slice(start, end)}`;
  const english = [
    'US-led coalition strikes Islamic State targets near Abu Kamal',
    'BEIRUT (Reuters) - The U.S.-led coalition carried out 12 strikes near Albu Kamal and the Iraqi town of Al-Qaim on Tuesday, said Colonel Ryan Dillon, a spokesman for the Combined Joint Task Force (CJTF).',
    'Dillon said the Syrian Democratic Forces (SDF), an alliance of Kurdish and Arab militias, had advanced on Raqqa and Deir al-Zor, while Russian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus.',
    'The Syrian Observatory for Human Rights said 40 civilians were killed in the strikes. The Britain-based SOHR relies on a network of sources inside Syria.',
    'Iraqi Prime Minister Haider al-Abadi told reporters in Baghdad that Iraqi forces would not cross into Syria. Turkey and Iran, which both border Iraq, said they were watching closely.',
    'In Yemen, the Saudi-led coalition struck Houthi positions near Hodeidah and Sanaa, the state news agency SPA said. The United Nations envoy Martin Griffiths called for a ceasefire.',
    'Meanwhile NATO ministers met in Brussels, where U.S. Defense Secretary Jim Mattis urged European allies to spend more. The Kremlin said the meeting was a provocation.',
    'Fighting also raged in Idlib province, where Hayat Tahrir al-Sham holds sway, and near Aleppo, according to the White Helmets rescue group.',
  ].join('\n\n');

  function paragraphs(text: string): TaggableSegment[] {
    const out: TaggableSegment[] = [];
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({
        id: `p${out.length}`,
        start: m.index,
        end: m.index + m[0].length,
        role: out.length === 0 ? 'headline' : 'body',
      });
    }
    return out;
  }

  const backend = createRuleBasedBackend({ gazetteer });
  const inputs: [string, TagInput][] = [
    ['fr coalition-boukamal', { text: french, language: 'fr', segments: paragraphs(french) }],
    ['en synthetic wire', { text: english, language: 'en', segments: paragraphs(english) }],
  ];

  function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] as number;
  }

  // Wall-clock and CPU time per call (medians of rounds): on a shared machine the CPU time is the
  // steadier figure, as it leaves out the time other processes held the core.
  function timeUs(fn: () => unknown, rounds: number, perRound: number): { wall: number; cpu: number } {
    for (let i = 0; i < perRound * 3; i++) fn();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const c = process.cpuUsage();
      const t = performance.now();
      for (let i = 0; i < perRound; i++) fn();
      wall.push(((performance.now() - t) * 1000) / perRound);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / perRound);
    }
    return { wall: median(wall), cpu: median(cpu) };
  }

  const results = inputs.map(([name, input]) => {
    const entities = backend.tag(input).length;
    const tag = timeUs(() => backend.tag(input), 15, 40);
    const json = timeUs(() => JSON.parse(JSON.stringify(input)), 15, 40);
    return {
      input: name,
      bytes: Buffer.byteLength(input.text, 'utf8'),
      entities,
      medianUsPerDispatch: Number(tag.wall.toFixed(1)),
      medianCpuUsPerDispatch: Number(tag.cpu.toFixed(1)),
      dispatchesPerSecondPerCore: Math.round(1e6 / tag.cpu),
      jsonParseStringifyUs: Number(json.wall.toFixed(1)),
      ratioToJson: Number((tag.wall / json.wall).toFixed(1)),
      cpuRatioToJson: Number((tag.cpu / json.cpu).toFixed(1)),
    };
  });

  console.log(
    JSON.stringify(
      {
        node: process.version,
        gazetteer: {
          keys: gazetteer.places.size,
          importMs: Number(importMs.toFixed(1)),
          importAndBuildMs: Number(loadMs.toFixed(1)),
        },
        heapMb: { beforeLoad: Number(heapBefore.toFixed(1)), afterLoad: Number(heapAfter.toFixed(1)) },
        rssMb: { beforeLoad: Number(rssBefore.toFixed(1)), afterLoad: Number(rssAfter.toFixed(1)) },
        results,
      },
      null,
      2,
    ),
  );
}

void main();
