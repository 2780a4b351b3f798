/** Tuning of the near-duplicate decision. The defaults were chosen on the labelled set (see README). */
export interface DedupOptions {
  /**
   * Words per shingle. Three keeps common word pairs ("de la", "of the") from making unrelated
   * dispatches look alike, while one changed word still leaves most shingles intact.
   * @default 3
   */
  readonly shingleSize: number;
  /** MinHash functions; the Jaccard estimate's standard error is about √(J(1−J)/n). @default 128 */
  readonly numHashes: number;
  /** LSH bands (each of `⌊numHashes / bands⌋` rows). @default 64 */
  readonly bands: number;
  /** Estimated Jaccard at or above which a dispatch belongs to the known story. @default 0.45 */
  readonly sameStoryJaccard: number;
  /**
   * Estimated containment of the shorter text in the longer at or above which a dispatch belongs to the
   * known story (a flash developed into a full story), provided Jaccard reaches `minContainedJaccard`.
   * @default 0.8
   */
  readonly sameStoryContainment: number;
  /** @default 0.08 */
  readonly minContainedJaccard: number;
  /**
   * A formulaic bulletin (tomorrow's strike summary, market report, results) replaces at least this many
   * figures (numbers, days, months), or names, of the known one…
   * @default 2
   */
  readonly bulletinMinSubstitutions: number;
  /**
   * …and at least this share of the figures (or names) of the text with fewer: a correction of two
   * figures in a story with six stays an update.
   * @default 0.4
   */
  readonly bulletinMinShare: number;
}

/** Default {@link DedupOptions}. */
export const DEFAULT_DEDUP_OPTIONS: DedupOptions = Object.freeze({
  shingleSize: 3,
  numHashes: 128,
  bands: 64,
  sameStoryJaccard: 0.45,
  sameStoryContainment: 0.8,
  minContainedJaccard: 0.08,
  bulletinMinSubstitutions: 2,
  bulletinMinShare: 0.4,
});

/**
 * Version of the decision (normalisation, sketch and thresholds). Stored sketches are only comparable
 * within one version: bump it, and give the store a new key prefix, whenever any of them changes.
 */
export const DEDUP_VERSION = 'dedup-1';

/** Checks options once so a bad configuration fails at start-up, not on the first dispatch. */
export function compileDedupOptions(options: Partial<DedupOptions> = {}): DedupOptions {
  const o: DedupOptions = { ...DEFAULT_DEDUP_OPTIONS, ...options };
  const problems: string[] = [];
  if (!Number.isInteger(o.shingleSize) || o.shingleSize < 1)
    problems.push('shingleSize must be an integer ≥ 1');
  if (!Number.isInteger(o.numHashes) || o.numHashes < 1) problems.push('numHashes must be an integer ≥ 1');
  if (!Number.isInteger(o.bands) || o.bands < 1 || o.bands > o.numHashes) {
    problems.push('bands must be an integer between 1 and numHashes');
  }
  for (const k of [
    'sameStoryJaccard',
    'sameStoryContainment',
    'minContainedJaccard',
    'bulletinMinShare',
  ] as const) {
    if (!(o[k] >= 0 && o[k] <= 1)) problems.push(`${k} must be between 0 and 1`);
  }
  if (problems.length > 0) throw new RangeError(`Invalid dedup options: ${problems.join('; ')}`);
  return Object.freeze(o);
}
