// Writes libs/contracts/schemas/<name>.schema.json from the TypeBox schemas (run: npm run schemas).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJsonSchemas } from '../src/render-json-schemas';

const outDir = join(__dirname, '..', 'schemas');
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(join(outDir, `${name}.schema.json`), text);
}
process.stdout.write(`wrote ${Object.keys(renderJsonSchemas()).length} schemas to ${outDir}\n`);
