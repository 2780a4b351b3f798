#!/usr/bin/env node
// `npm run new-worker -- <stage>`: writes the scaffolding of a stage's worker service from the stage
// registry (STAGES in libs/contracts), so the one file a new stage's worker needs by hand is none:
// services/<service>/src/main.ts starts the stage by name. Run `npx tsc -b tsconfig.json` first (the
// registry is read from libs/contracts/dist), then `npm install` to link the new package.
// Refuses to overwrite a service that exists. See docs/architecture.md, "Add a stage".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { STAGES, TOPICS } = require(join(root, 'libs/contracts/dist'));

const stage = process.argv[2];
if (!stage || !(stage in STAGES)) {
  process.stderr.write(`usage: npm run new-worker -- <stage>; stages: ${Object.keys(STAGES).join(', ')}\n`);
  process.exit(2);
}
const { title, input, outputs, worker } = STAGES[stage];
const dir = join(root, 'services', worker.service);
if (existsSync(dir)) {
  process.stderr.write(`${dir} exists already; nothing written\n`);
  process.exit(1);
}
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const libs = ['nest', 'observability', 'util', ...(worker.needsRedis ? ['redis'] : [])];
const files = {
  'package.json': json({
    name: `@wirestream/${worker.service}`,
    version: '0.1.0',
    private: true,
    main: './dist/main.js',
    scripts: {
      test: 'jest --passWithNoTests=true',
      lint: 'eslint .',
      typecheck: 'tsc -p tsconfig.json',
      start: 'node dist/main.js',
    },
    nx: { tags: ['type:service', `scope:${stage}`] },
    dependencies: Object.fromEntries(libs.map((lib) => [`@wirestream/${lib}`, '*'])),
  }),
  'tsconfig.json': readFileSync(join(root, 'services/segmenter-worker/tsconfig.json'), 'utf8'),
  'tsconfig.lib.json': json({
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      rootDir: 'src',
      outDir: 'dist',
      tsBuildInfoFile: 'dist/tsconfig.tsbuildinfo',
      types: ['node'],
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.spec.ts', 'src/**/*.spec-helper.ts'],
    references: libs.map((lib) => ({ path: `../../libs/${lib}/tsconfig.lib.json` })),
  }),
  'jest.config.cjs': `module.exports = {\n  ...require('../../jest.preset.cjs'),\n  displayName: '@wirestream/${worker.service}',\n  rootDir: __dirname,\n  passWithNoTests: true,\n};\n`,
  Dockerfile: readFileSync(join(root, 'services/segmenter-worker/Dockerfile'), 'utf8').replaceAll(
    'segmenter-worker',
    worker.service,
  ),
  'README.md': [
    `# ${worker.service}`,
    '',
    `The ${title} stage as a worker: a thin NestJS adapter; the stage lives in the libs and is wired by`,
    '`@wirestream/pipeline` exactly as in embedded mode.',
    '',
    `- Input topic: \`${TOPICS[input].suffix}\` (consumer group \`${worker.service}\` by default)`,
    `- Output topics: ${outputs.map((o) => `\`${TOPICS[o].suffix}\``).join(', ')}; bad input goes to \`dispatch.dlq\``,
    `- Run: \`node services/${worker.service}/dist/main.js\` after \`npm run build\`; \`/metrics\` and \`/health\` on port ${worker.httpPort}`,
    `- Container: \`docker build -f services/${worker.service}/Dockerfile .\` from the repository root`,
    '',
    "Its environment is every stage worker's: see the table in",
    '[services/segmenter-worker/README.md](../segmenter-worker/README.md#environment).',
    '',
  ].join('\n'),
  'src/main.ts': `import { startStageWorker } from '@wirestream/nest';\n\n// Service name, port and needs come from the stage registry (STAGES in @wirestream/contracts).\nstartStageWorker('${stage}');\n`,
};
mkdirSync(join(dir, 'src'), { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
// The root build graph: one more project reference.
const tsconfigPath = join(root, 'tsconfig.json');
const tsconfig = JSON.parse(readFileSync(tsconfigPath, 'utf8'));
tsconfig.references.push({ path: `./services/${worker.service}/tsconfig.lib.json` });
writeFileSync(tsconfigPath, json(tsconfig));
process.stdout.write(
  `wrote services/${worker.service} (${Object.keys(files).length} files) and its tsconfig.json reference; now run npm install\n`,
);
