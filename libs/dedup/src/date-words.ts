import { CALENDAR, foldDiacritics } from '@wirestream/nlp-text';

/**
 * Weekday and month names (fr, en, de, es, it; nlp-text's calendar), folded to ASCII lower case. A
 * bulletin of another day changes them, so they count as facts alongside figures and names. English
 * "May" is left out: as a verb it is in every other sentence.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  Object.values(CALENDAR)
    .flatMap((c) => [...c.months, ...c.weekdays])
    .map((w) => foldDiacritics(w).toLowerCase())
    .filter((w) => w !== 'may'),
);
