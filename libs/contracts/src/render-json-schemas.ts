import { ALL_SCHEMAS } from './all-schemas';
import { SCHEMA_VERSION } from './schema-version';

/**
 * JSON Schema (draft 2020-12 vocabulary) text per record, as committed under `schemas/`.
 * TypeBox schemas are JSON Schema already; this strips TypeBox's symbol keys via JSON.
 */
export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(ALL_SCHEMAS)) {
    const doc = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...(JSON.parse(JSON.stringify(schema)) as object),
      'x-wirestream-schema-version': SCHEMA_VERSION,
    };
    out[name] = `${JSON.stringify(doc, null, 2)}\n`;
  }
  return out;
}
