export type * from './types';
export { cleanDispatch } from './clean-dispatch';
export { classifyChromeLine, type ChromePlacement } from './classify-chrome-line';
export {
  AGENCY_CREDITS,
  CHROME_PHRASES,
  SHARE_NETWORKS,
  type ChromeLanguage,
  type ChromeTable,
} from './chrome-phrases';
export { APOSTROPHE_VARIANTS, foldDiacritics } from './fold-diacritics';
export { foldAligned } from './fold-aligned';
export { fingerprintTokens, foldCase, normalizeForFingerprint } from './normalize-for-fingerprint';
export { stableHash } from './stable-hash';
export { layOutPage, type LineRole, type LayoutOptions, type PageLine } from './page-layout';
export { isByline } from './is-byline';
export {
  endsSentence,
  endsWithEllipsis,
  isCaptionLine,
  isCreditLine,
  isDateLine,
  isMenuLine,
  isProseLine,
  isTitleLine,
  wordCount,
} from './line-shapes';
export {
  CALENDAR,
  calendarWords,
  type CalendarLanguage,
  type CalendarWordKind,
  type CalendarWords,
} from './language/calendar';
export { DANGLING_WORDS, type FunctionWordLanguage } from './language/function-words';
