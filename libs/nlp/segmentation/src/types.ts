/**
 * `heading`: a section heading of the story (`Syria`, `Strikes in Iraq`), not a sentence of it.
 * `standfirst`, `caption`, `credit`: sentences of a summary, a photo caption or a photo credit, given
 * by the caller's {@link SegmentInput.blocks}; not sentences of the story either.
 */
export type SegmentRole =
  'headline' | 'dateline' | 'byline' | 'heading' | 'standfirst' | 'caption' | 'credit' | 'body';

/** The block of the page a body sentence belongs to. */
export type SegmentBlock = 'paragraph' | 'list-item';

/** A paragraph of the input with a role of its own; `start`/`end` index the input text. */
export interface InputBlock {
  readonly start: number;
  readonly end: number;
  readonly role: 'standfirst' | 'caption' | 'credit';
}

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
  /** For a body sentence: a running paragraph or a list item. */
  readonly block?: SegmentBlock;
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
  /** Paragraphs that are no running text (cleaning's captions and credits): their sentences take the role. */
  readonly blocks?: readonly InputBlock[];
}

export interface LanguageGuess {
  /** BCP-47 primary subtag, or `und` when unsure. */
  readonly language: string;
  readonly confidence: number;
}
