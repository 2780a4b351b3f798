/**
 * What a system under test says about one document, in the terms the scorers compare. Our
 * pipeline's event is turned into this (from-event.ts); the peers (spaCy, pySBD) fill the parts
 * they have.
 */
export interface PredictedEntity {
  readonly type: string;
  readonly text: string;
  readonly expansion?: string;
  readonly canonical?: { readonly name: string; readonly country?: string; readonly id?: string };
}

export interface PredictedStrike {
  readonly count: number;
  readonly kind: string;
  /** Canonical place name when resolved, else the place as written. */
  readonly place?: string;
  readonly placeText?: string;
  readonly evidence: string;
}

export interface Prediction {
  readonly headline?: string;
  /** The body after cleaning, when the system cleans. */
  readonly cleanBody?: string;
  /** Sentences in order: the headline first when it is one, then the story's sentences. */
  readonly sentences?: readonly string[];
  readonly entities?: readonly PredictedEntity[];
  readonly strikes?: readonly PredictedStrike[];
  readonly totals?: readonly PredictedStrike[];
}
