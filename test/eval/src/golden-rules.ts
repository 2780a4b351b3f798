/**
 * The public "Golden Rules" segmentation suites (pySBD, MIT; see benchmarks/golden-rules), run
 * two ways: through the whole pipeline, one case per dispatch, as a user meets it; and through
 * the segmenter alone, to show what the pipeline's reading of the page costs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentText } from '@wirestream/nlp-segmentation';
import { EVAL_ROOT } from './corpus-paths';
import { squeezeText } from './text-locator';

export interface GoldenCase {
  readonly id: number;
  readonly input: string;
  readonly expected: readonly string[];
  readonly xfail?: boolean;
}

export interface GoldenSuite {
  readonly language: 'en' | 'fr';
  readonly source: string;
  readonly licence: string;
  readonly cases: readonly GoldenCase[];
}

export function loadGoldenSuites(): GoldenSuite[] {
  const suites: GoldenSuite[] = [];
  for (const language of ['en', 'fr'] as const) {
    const file = join(EVAL_ROOT, 'benchmarks', 'golden-rules', `${language}.json`);
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Omit<GoldenSuite, 'language'>;
    suites.push({ language, source: data.source, licence: data.licence, cases: data.cases });
  }
  return suites;
}

export function sameSentences(expected: readonly string[], got: readonly string[]): boolean {
  const a = expected.map(squeezeText).filter((s) => s.length > 0);
  const b = got.map(squeezeText).filter((s) => s.length > 0);
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The segmenter alone on the case text, no headline. */
export function segmenterAlone(language: string, input: string): string[] {
  return segmentText({ text: input, language, hasHeadline: false }).map((s) => s.text);
}
