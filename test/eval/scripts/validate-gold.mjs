#!/usr/bin/env node
// Shim for annotators: `node test/eval/scripts/validate-gold.mjs [id…]` runs the TypeScript checker.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    '--conditions=@wirestream/source',
    '--import',
    'tsx',
    join(here, '..', 'cli', 'validate-gold.ts'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: join(here, '..', '..', '..') },
);
process.exit(result.status ?? 1);
