/** A half-open UTF-16 range `[start, end)` into a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What cleaning removed from a dispatch, and why. */
export type RemovedKind = 'chrome' | 'credit' | 'caption' | 'repeat' | 'repeated-lead' | 'teaser';

export interface RemovedText {
  readonly kind: RemovedKind;
  readonly text: string;
}

/** Input of {@link cleanDispatch}: the raw body and, when the envelope has one, its headline. */
export interface CleanInput {
  readonly body: string;
  readonly headline?: string | undefined;
}

/**
 * A paragraph of the cleaned body that is no running text of the story: a photo caption or its credit,
 * kept for translation with its role. `start`/`end` index `body`.
 */
export interface CleanBlock extends Span {
  readonly role: 'caption' | 'credit';
}

/**
 * A cleaned dispatch. `body` has paragraphs separated by a blank line (`\n\n`); when there is a
 * headline it is the first paragraph of `body` and also `headline`.
 */
export interface CleanedDispatch {
  readonly body: string;
  readonly headline: string | undefined;
  readonly removed: readonly RemovedText[];
  /** The body's captions and credits, in order (each a paragraph of its own). */
  readonly blocks: readonly CleanBlock[];
}
