/* eslint-disable no-console -- a command-line tool */
// Folds the annotators' manifest fragments (corpus/incoming/*.json) into corpus/sources.json,
// one entry per document, sorted by id, each with its split (manifest.ts: splitOf). A document of
// the same story as another takes that one's split, so a pair is never cut in two.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_DIR, EVAL_ROOT, SOURCES_FILE } from '../src/corpus-paths';
import { readManifest, type SourceEntry, splitOf } from '../src/manifest';

const incomingDir = join(EVAL_ROOT, 'corpus', 'incoming');
const byId = new Map<string, SourceEntry>(readManifest().map((e) => [e.id, e]));
if (existsSync(incomingDir)) {
  for (const file of readdirSync(incomingDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const entries = JSON.parse(readFileSync(join(incomingDir, file), 'utf8')) as Omit<SourceEntry, 'split'>[];
    for (const e of entries) byId.set(e.id, { ...e, split: 'dev' });
  }
}
const missing: string[] = [];
for (const id of byId.keys()) if (!existsSync(join(DOCS_DIR, `${id}.txt`))) missing.push(id);
for (const id of missing) byId.delete(id);
const rootOf = (id: string): string => {
  const seen = new Set<string>();
  let at = id;
  for (;;) {
    const next = byId.get(at)?.sameStoryAs;
    if (!next || seen.has(next) || !byId.has(next)) return at;
    seen.add(at);
    at = next;
  }
};
const entries = [...byId.values()]
  .map((e) => ({ ...e, split: splitOf(rootOf(e.id)) }))
  .sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(SOURCES_FILE, `${JSON.stringify(entries, null, 2)}\n`);
const held = entries.filter((e) => e.split === 'held').length;
console.log(
  `sources.json: ${entries.length} entries (${held} held back)${missing.length ? `; dropped without a text: ${missing.join(', ')}` : ''}`,
);
