/**
 * Version of the segmentation rules and engine. Bump the minor on any change to where sentences break
 * (segment ids and translation memories depend on it), the patch for changes that keep every boundary.
 */
export const SEGMENTATION_VERSION = '1.0.0';

/** Languages with a rule table of their own; any other language uses the merged fallback table. */
export const SUPPORTED_LANGUAGES = ['fr', 'en', 'de', 'es', 'it'] as const;

/** One of {@link SUPPORTED_LANGUAGES}. */
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
