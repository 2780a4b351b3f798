import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGE_NAMES, STAGES } from '@wirestream/contracts';
import { parse } from 'yaml';

// Every stage of the registry runs as a worker of its own: a service whose main starts that stage,
// a container in the compose file and a project in the build. A stage added to the registry without
// its worker (npm run new-worker) fails here.
const root = join(__dirname, '..', '..');

describe('stage workers', () => {
  it.each(STAGE_NAMES.map((name) => [name, STAGES[name].worker.service]))(
    'given stage %s, then services/%s/src/main.ts starts it',
    (stage, service) => {
      const main = join(root, 'services', service, 'src', 'main.ts');
      expect(existsSync(main)).toBe(true);
      expect(readFileSync(main, 'utf8')).toMatch(new RegExp(`(startStageWorker\\(|config, )'${stage}'`));
    },
  );

  it('given the compose file, then it runs one container per stage worker', () => {
    const compose = parse(readFileSync(join(root, 'infra', 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { build?: { dockerfile: string } }>;
    };
    const workers = Object.keys(compose.services).filter((s) => compose.services[s]!.build);
    expect(workers.sort()).toEqual(STAGE_NAMES.map((n) => STAGES[n].worker.service).sort());
  });

  it('given the build, then every stage worker is a project of the root tsconfig', () => {
    const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
      references: { path: string }[];
    };
    const paths = tsconfig.references.map((r) => r.path);
    for (const name of STAGE_NAMES)
      expect(paths).toContain(`./services/${STAGES[name].worker.service}/tsconfig.lib.json`);
  });
});
