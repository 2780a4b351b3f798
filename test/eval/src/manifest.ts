import { existsSync, readFileSync } from 'node:fs';
import { SOURCES_FILE } from './corpus-paths';

/** One entry of test/eval/corpus/sources.json: where a document comes from and under what licence. */
export interface SourceEntry {
  readonly id: string;
  readonly lang: 'en' | 'fr';
  readonly kind: 'release' | 'wire' | 'other';
  readonly hasStrikes: boolean;
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string | null;
  readonly licence: string;
  readonly licenceUrl: string;
  readonly attribution: string;
  readonly features?: readonly string[];
  readonly sameStoryAs?: string | null;
  /** `held`: scored but never looked at while tuning (a fifth of the corpus, by a hash of the id). */
  readonly split: 'dev' | 'held';
  readonly notes?: string;
}

export function readManifest(): SourceEntry[] {
  if (!existsSync(SOURCES_FILE)) return [];
  return JSON.parse(readFileSync(SOURCES_FILE, 'utf8')) as SourceEntry[];
}

/** FNV-1a over the id: a stable, even split that no one picks by hand. */
export function splitOf(id: string): 'dev' | 'held' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0 ? 'held' : 'dev';
}
