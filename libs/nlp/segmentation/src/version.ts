/**
 * Version of the segmentation rules and engine. Bump the minor on any change to where sentences break or
 * to how segment ids are computed (translation memories depend on both), the patch for changes that keep
 * every boundary and every id. 1.1.0: ids moved from SHA-256 to the 64-bit `hash64`. 1.2.0: hard-wrapped paragraphs reflowed, `--` and
 * roman list markers, headings over a list's opening line, caption/credit/standfirst roles from the
 * input's blocks, the `block` of body sentences.
 */
export const SEGMENTATION_VERSION = '1.2.0';

/** Languages with a rule table of their own; any other language uses the merged fallback table. */
export const SUPPORTED_LANGUAGES = ['fr', 'en', 'de', 'es', 'it'] as const;

/** One of {@link SUPPORTED_LANGUAGES}. */
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];
