/** `MISC`: a named military operation (`Operation Odyssey Dawn`, `opération Chammal`). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'NORP' | 'MISC';

export interface CanonicalRef {
  /** `geonames:<id>` for places, `wirestream:<slug>` for curated entities. */
  readonly id: string;
  readonly name: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface Entity {
  readonly type: EntityType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly segmentId: string;
  readonly canonical?: CanonicalRef;
  readonly expansion?: string;
  readonly title?: string;
}

/** The segments the tagger reads; offsets index `text`. */
export interface TaggableSegment {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly role: string;
}

export interface TagInput {
  readonly text: string;
  readonly language: string;
  readonly segments: readonly TaggableSegment[];
}
