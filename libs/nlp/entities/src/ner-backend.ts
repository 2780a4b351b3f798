import { type Entity, type TagInput } from './types';

/**
 * The seam between the tagging stage and whatever recognises entities: the shipped rule-based
 * backend today, a model the project ships itself later. A backend must be pure and deterministic
 * (same input, same entities) so a replayed dispatch is tagged the same way.
 */
export interface NerBackend {
  /** Stable name recorded with the output, e.g. `rules`. */
  readonly name: string;
  /** Version of the backend and its data; changes whenever its output may change. */
  readonly version: string;
  /** Entities of `input`, sorted by start offset, never overlapping, each inside one segment. */
  tag(input: TagInput): Entity[];
}
