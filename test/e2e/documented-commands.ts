import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One command line of a shell block in the docs, where it was written. */
export interface DocumentedCommand {
  readonly file: string;
  readonly line: number;
  /** The command as written, its trailing comment removed. */
  readonly command: string;
}

/**
 * Every `npx wire …`, `npm start` and `npm run …` line of the ```sh blocks of README.md and
 * docs/*.md, comments and continuation lines aside, in document order.
 */
export function documentedCommands(root: string): DocumentedCommand[] {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const commands: DocumentedCommand[] = [];
  for (const file of files) {
    let inShell = false;
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (/^```(sh|bash|shell)\s*$/.test(text)) inShell = true;
        else if (text.startsWith('```')) inShell = false;
        else if (inShell) {
          // The install step is the run's own (`npm ci` of the CI); what follows it is the command.
          const command = text
            .replace(/ #.*$/, '')
            .trim()
            .replace(/^npm ci && /, '');
          if (/^(cat \S+ \| )?npx wire |^npm (start|test|run )/.test(command))
            commands.push({ file, line: i + 1, command });
        }
      });
  }
  return commands;
}

/**
 * Commands left out of the run, with why: each takes minutes or starts its own infrastructure, and
 * each has its own test (`npm test` is the CI itself).
 */
export const LONG_RUNNING: readonly RegExp[] = [
  /^npm test\b/, // the CI run itself
  /^npm run (distributed|bench|chaos)\b/, // own Kafka and Redis, minutes (docs/reliability.md, docs/benchmarks.md)
  /^BENCH_/, // a benchmark's knobs
];
