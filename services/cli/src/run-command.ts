import { parseArgs } from 'node:util';
import { type DispatchEvent } from '@wirestream/contracts';
import {
  EmbeddedPipeline,
  type EmbeddedInput,
  type EmbeddedResult,
  type StageTimings,
} from '@wirestream/pipeline';
import { type PipelineError } from '@wirestream/util';
import { EXIT, UsageError, type CommandIo } from './io';
import { Progress } from './progress';
import { expandPaths, readInputs, type InputItem } from './read-inputs';
import { parseByteSize } from './size';
import { writeXliff } from './write-xliff';

export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** Dispatches handed to the pipeline at once: bounded memory, and dedup still sees earlier chunks. */
const CHUNK = 64;

export const RUN_USAGE = `Usage: wire run [options] PATH... | -

Runs the whole pipeline in this process (embedded mode) and prints one enriched event per
dispatch as JSON Lines on stdout, in input order. A summary goes to stderr.

Inputs:
  FILE.txt     a plain-text dispatch as scraped (id: the file name)
  FILE.json    one dispatch envelope
  FILE.jsonl   one envelope per line
  FILE.xml     NITF 3.x or NewsML-G2 (also .nitf, .newsml); FILE.json may also be IPTC ninjs
  FILE.html    a web page: its main text (also .htm, .xhtml)
  DIR          the supported files in DIR, sorted by name
  -            JSON Lines on stdin

Options:
  --all              also print dispatches dropped as duplicates (dedup.status "duplicate")
  --pretty           indented JSON for people instead of JSON Lines
  --max-bytes SIZE   largest file or .jsonl line accepted (default 1MiB; e.g. 512k, 4MiB)
  --xliff DIR        also write each dispatch's segments as XLIFF 2.1 to DIR/<id>.xlf
  --xliff-target L   target language written in the XLIFF files (e.g. en)
  -q, --quiet        no summary on stderr
  -h, --help         this help

Exit status: 0 all inputs processed, 1 some input rejected (reported on stderr), 2 usage error.`;

interface Summary {
  processed: number;
  duplicates: number;
  rejected: number;
}

/** `wire run`: the embedded pipeline over files, directories or stdin. */
export async function runCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      all: { type: 'boolean', default: false },
      pretty: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      xliff: { type: 'string' },
      'xliff-target': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${RUN_USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('wire run needs at least one PATH or - for stdin');
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-bytes']);

  const started = performance.now();
  const sources = await expandPaths(positionals);
  const knownSizes = sources.every((s) => s.size !== undefined);
  const progress = new Progress(
    io.stderr,
    knownSizes ? sources.reduce((n, s) => n + (s.size ?? 0), 0) : undefined,
  );
  const pipeline = await EmbeddedPipeline.create({ defaultAgency: 'file' });
  const summary: Summary = { processed: 0, duplicates: 0, rejected: 0 };
  const xliffDir = values.xliff;
  const pendingXliff: DispatchEvent[] = [];
  const print = (event: DispatchEvent): void => {
    io.stdout.write(values.pretty ? `${JSON.stringify(event, null, 2)}\n` : `${JSON.stringify(event)}\n`);
    if (xliffDir !== undefined && event.dedup.status !== 'duplicate') pendingXliff.push(event);
  };

  // Read errors and pipeline results are reported in input order, chunk by chunk.
  let chunk: InputItem[] = [];
  const flush = async (): Promise<void> => {
    const readable = chunk.filter((item): item is Extract<InputItem, { value: unknown }> => 'value' in item);
    const inputs: EmbeddedInput[] = readable.map((item) => ({ value: item.value, source: item.source }));
    const results = await pipeline.process(inputs);
    let next = 0;
    for (const item of chunk) {
      if ('error' in item) reportRejected(io, summary, item.source, item.error);
      else report(io, summary, results[next++]!, values.all, print);
    }
    for (const event of pendingXliff.splice(0)) await writeXliff(xliffDir!, event, values['xliff-target']);
    progress.advance(
      chunk.reduce((n, item) => n + item.bytes, 0),
      chunk.length,
    );
    chunk = [];
  };
  for await (const item of readInputs(sources, { maxBytes, stdin: io.stdin as AsyncIterable<Buffer> })) {
    chunk.push(item);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  progress.finish();
  if (!values.quiet)
    io.stderr.write(`${formatSummary(summary, pipeline.stageTimings(), performance.now() - started)}\n`);
  return summary.rejected > 0 ? EXIT.badInput : EXIT.ok;
}

function report(
  io: CommandIo,
  summary: Summary,
  result: EmbeddedResult,
  all: boolean,
  print: (event: DispatchEvent) => void,
): void {
  if (result.rejected) {
    reportRejected(io, summary, result.source, result.rejected.error, result.rejected.stage);
  } else if (result.duplicate) {
    summary.duplicates += 1;
    if (all && result.duplicate.event) print(result.duplicate.event);
  } else if (result.enriched) {
    summary.processed += 1;
    print(result.enriched);
  }
}

function reportRejected(
  io: CommandIo,
  summary: Summary,
  source: string,
  error: PipelineError,
  stage?: string,
): void {
  summary.rejected += 1;
  const where = stage === undefined ? '' : ` (${stage} stage)`;
  io.stderr.write(`wire: ${source}: rejected${where}: ${error.message} [${error.code}]\n`);
}

export function formatSummary(summary: Summary, timings: StageTimings, elapsedMs: number): string {
  const head =
    `wire: ${summary.processed} processed, ${summary.duplicates} duplicates, ${summary.rejected} rejected ` +
    `in ${(elapsedMs / 1000).toFixed(2)} s`;
  const rows = Object.entries(timings).filter(([, t]) => t.messages > 0);
  if (rows.length === 0) return head;
  // The same per-stage figures as `wire top`: rate, time per dispatch p50/p99, rejects, duplicates.
  const table = [
    ['stage', 'dispatches', 'rate/s', 'total ms', 'p50 ms', 'p99 ms', 'rejected', 'duplicates'],
    ...rows.map(([name, t]) => [
      name,
      String(t.messages),
      t.ms > 0 ? ((t.messages / t.ms) * 1000).toFixed(0) : '-',
      t.ms.toFixed(1),
      quantile(t.perDispatchMs, 0.5).toFixed(3),
      quantile(t.perDispatchMs, 0.99).toFixed(3),
      String(t.rejected),
      String(t.duplicates),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const lines = table.map((r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
  );
  return [head, ...lines.map((l) => `  ${l}`)].join('\n');
}

/** Nearest-rank quantile; 0 for no values. */
function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
