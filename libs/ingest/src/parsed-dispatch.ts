/** Publication status, as IPTC ninjs `pubstatus` names it. */
export type PubStatus = 'usable' | 'withheld' | 'canceled';

/** The agency formats this lib reads. */
export type DispatchFormat = 'ninjs' | 'nitf' | 'newsml-g2' | 'html';

/**
 * One dispatch read from an agency format, shaped as the `dispatch.raw` envelope (the pipeline's
 * public contract). Every field but `body` is present only when the source states it.
 */
export interface ParsedDispatch {
  /** Unique per version: `${storyId}@v${version}` when both are known. */
  readonly id?: string;
  /** The source agency or publisher, e.g. `AFP`, `REUTERS`. */
  readonly agency?: string;
  /** Plain text; paragraphs separated by one blank line, no leading or trailing whitespace. */
  readonly body: string;
  readonly headline?: string;
  /** BCP 47 tag with a lower-case primary subtag, e.g. `fr`, `en-GB`. */
  readonly language?: string;
  /** ISO-8601 UTC, e.g. `2025-10-05T12:32:00Z`: the version's creation time as the source states it. */
  readonly receivedAt?: string;
  /** The story identity that stays the same across versions. */
  readonly storyId?: string;
  readonly version?: number;
  readonly pubstatus?: PubStatus;
}

/** What {@link parseDispatch} reads: the text of one file or request body, and hints on its format. */
export interface DispatchInput {
  readonly text: string;
  /** Used for its extension only (`.xml`, `.nitf`, `.html`, `.ninjs.json`, `.json`…). */
  readonly fileName?: string;
  /** A MIME type, e.g. `application/nitf+xml`, `text/html; charset=utf-8`. */
  readonly contentType?: string;
}
