/**
 * Closed-class words that cannot end a title or a complete phrase: articles, prepositions and
 * conjunctions, per language. A line that stops on one was cut short or leads into a link
 * (`For current information, go to`), so the layout never takes it for the headline.
 */
export type FunctionWordLanguage = 'en' | 'fr' | 'de' | 'es' | 'it';

export const DANGLING_WORDS: Readonly<Record<FunctionWordLanguage, readonly string[]>> = {
  en: ['a', 'an', 'the', 'of', 'to', 'for', 'with', 'on', 'at', 'by', 'from', 'and', 'or', 'into', 'than'],
  fr: [
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'du',
    'de',
    'à',
    'au',
    'aux',
    'et',
    'ou',
    'pour',
    'par',
    'sur',
    'dans',
    'avec',
    'en',
  ],
  de: ['der', 'die', 'das', 'ein', 'eine', 'und', 'oder', 'von', 'zu', 'mit', 'für', 'auf', 'im', 'in'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'a', 'al', 'y', 'o', 'para', 'por', 'con', 'en'],
  it: [
    'il',
    'lo',
    'la',
    'i',
    'gli',
    'le',
    'un',
    'una',
    'di',
    'del',
    'della',
    'a',
    'al',
    'e',
    'o',
    'per',
    'con',
    'in',
    'da',
  ],
};
