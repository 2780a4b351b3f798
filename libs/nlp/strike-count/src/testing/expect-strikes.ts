import { extractStrikes } from '../extract-strike-report';
import type { StrikeCount, StrikeKind } from '../types';

/** What a hand annotation says about one count; bounds are checked only when given. */
export interface Expected {
  readonly count: number;
  readonly kind: StrikeKind;
  readonly location?: string;
  readonly actor?: string;
  readonly period?: string;
  readonly approx: boolean;
  readonly min?: number;
  readonly max?: number;
}

interface Extra {
  readonly actor?: string;
  readonly period?: string;
  readonly approx?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** Builds an {@link Expected}; an exact count unless `extra.approx` says otherwise. */
export function s(count: number, kind: StrikeKind, location?: string, extra: Extra = {}): Expected {
  return {
    count,
    kind,
    approx: extra.approx ?? false,
    ...(location === undefined ? {} : { location }),
    ...(extra.actor === undefined ? {} : { actor: extra.actor }),
    ...(extra.period === undefined ? {} : { period: extra.period }),
    ...(extra.min === undefined ? {} : { min: extra.min }),
    ...(extra.max === undefined ? {} : { max: extra.max }),
  };
}

function project(c: StrikeCount, want: Expected | undefined): Expected {
  return {
    count: c.count,
    kind: c.kind,
    approx: c.approx,
    ...(c.location === undefined ? {} : { location: c.location.text }),
    ...(c.actor === undefined ? {} : { actor: c.actorCanonical ?? c.actor }),
    ...(c.period === undefined ? {} : { period: c.period }),
    ...(want?.min === undefined || c.min === undefined ? {} : { min: c.min }),
    ...(want?.max === undefined || c.max === undefined ? {} : { max: c.max }),
  };
}

/**
 * Runs the extractor on one sentence (no segments, no places): what it found, projected like the
 * annotation, and the evidence slices that do not match the text (expected empty).
 */
export function runStrikes(
  text: string,
  language: 'fr' | 'en',
  expected: readonly Expected[],
): { found: Expected[]; badEvidence: string[] } {
  const found = extractStrikes({ text, language, segments: [], places: [] });
  return {
    found: found.map((c, i) => project(c, expected[i])),
    badEvidence: found
      .filter((c) => text.slice(c.evidence.start, c.evidence.end) !== c.evidence.text)
      .map((c) => c.evidence.text),
  };
}
