/** `heading`: a section heading of the story (`Syria`, `Strikes in Iraq`), not a sentence of it. */
export type SegmentRole = 'headline' | 'dateline' | 'byline' | 'heading' | 'body';

export type ProtectKind = 'number' | 'date' | 'time' | 'url' | 'email' | 'quote';

/** A span a translator must keep as it is; offsets index the segmented text. */
export interface ProtectedSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: ProtectKind;
}

/** A translation-ready sentence; `start`/`end` are UTF-16 offsets into the input text. */
export interface Segment {
  readonly id: string;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: SegmentRole;
  readonly paragraph: number;
  readonly protect: readonly ProtectedSpan[];
}

export interface SegmentInput {
  /** The cleaned body: paragraphs separated by blank lines. */
  readonly text: string;
  /** BCP-47 primary language (`fr`, `en`, …) or `und`. */
  readonly language: string;
  /** When true, the first paragraph is the headline. */
  readonly hasHeadline: boolean;
}

export interface LanguageGuess {
  /** BCP-47 primary subtag, or `und` when unsure. */
  readonly language: string;
  readonly confidence: number;
}
