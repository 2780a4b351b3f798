/** A mistake the scorers saw, grouped in the report by stage and kind. */
export interface Mistake {
  readonly stage:
    'cleaning' | 'headline' | 'segmentation' | 'entities' | 'acronyms' | 'places' | 'strikes' | 'dedup';
  readonly kind: string;
  readonly doc: string;
  readonly detail: string;
}

export type Report = (m: Mistake) => void;
