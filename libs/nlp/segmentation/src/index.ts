export type * from './types';
export { segmentText } from './segment-text';
export {
  createLanguageDetector,
  DEFAULT_LANGUAGE_DETECTOR_OPTIONS,
  type LanguageDetectorOptions,
} from './create-language-detector';
export { SEGMENTATION_VERSION, SUPPORTED_LANGUAGES, type SupportedLanguage } from './version';
export { segmentId } from './segment-id';
export { toXliff, XLIFF_NAMESPACE, type XliffDocument } from './to-xliff';
export { findProtectedSpans } from './find-protected-spans';
export { rulesFor, LANGUAGE_RULES, FALLBACK_RULES } from './rules/rules-for';
export type { LanguageRules } from './rules/language-rules';
export type { CompiledRules } from './rules/compile-rules';
