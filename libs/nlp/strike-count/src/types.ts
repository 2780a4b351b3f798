export type StrikeKind =
  'airstrike' | 'bombardment' | 'raid' | 'engagement' | 'drone-strike' | 'missile-strike' | 'shelling';

export interface PlaceRef {
  readonly id: string;
  readonly name: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
}

/** A place the entity stage found, offered to the extractor to attach canonical names. */
export interface KnownPlace {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly canonical?: PlaceRef;
}

export interface StrikeCount {
  readonly count: number;
  readonly approx: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly kind: StrikeKind;
  readonly location?: { readonly text: string; readonly canonical?: PlaceRef };
  /** The actor's words, without determiner ("coalition", "Russian warplanes"); a pronoun is resolved. */
  readonly actor?: string;
  /** The actor's canonical name when the lexicon knows it ("coalition", "Russia", "United States"). */
  readonly actorCanonical?: string;
  /** The time expression closest to the count in its sentence ("Ces dernières 24 heures", "on Tuesday"). */
  readonly period?: string;
  readonly evidence: {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly segmentId: string;
  };
}

export interface StrikeSegment {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly role: string;
}

export interface StrikeInput {
  readonly text: string;
  readonly language: string;
  readonly segments: readonly StrikeSegment[];
  /** Places from the entity stage, when it ran; empty otherwise. */
  readonly places: readonly KnownPlace[];
}

/** A stated total of an official report ("conducted 13 strikes consisting of 25 engagements"). */
export interface StrikeTotal {
  readonly kind: StrikeKind;
  readonly count: number;
  readonly approx: boolean;
  readonly min?: number;
  readonly max?: number;
  /** What the total covers: the place, period and actor stated with it. */
  readonly scope: { readonly location?: string; readonly period?: string; readonly actor?: string };
  readonly evidence: {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly segmentId: string;
  };
  /** Whether the items listed under the total add up to it; absent when nothing is listed under it. */
  readonly consistent?: boolean;
  /** The sum of the items listed under the total, when there are any. */
  readonly itemsSum?: number;
}

/** Everything the stage reads from one dispatch: per-place counts and, for official reports, totals. */
export interface StrikeReport {
  readonly strikes: readonly StrikeCount[];
  readonly strikeTotals: readonly StrikeTotal[];
}
