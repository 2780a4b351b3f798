import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type GoldFile } from './gold-types';

/** Where the corpus lives: test/eval/corpus (texts, manifest) and test/eval/gold. */
export const EVAL_ROOT = resolve(__dirname, '..');
export const DOCS_DIR = join(EVAL_ROOT, 'corpus', 'docs');
export const GOLD_DIR = join(EVAL_ROOT, 'gold');
export const SOURCES_FILE = join(EVAL_ROOT, 'corpus', 'sources.json');

export function docIds(): string[] {
  return readdirSync(DOCS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readDoc(id: string): string {
  return readFileSync(join(DOCS_DIR, `${id}.txt`), 'utf8');
}

export function goldPath(id: string): string {
  return join(GOLD_DIR, `${id}.json`);
}

export function hasGold(id: string): boolean {
  return existsSync(goldPath(id));
}

export function readGold(id: string): GoldFile {
  return JSON.parse(readFileSync(goldPath(id), 'utf8')) as GoldFile;
}
