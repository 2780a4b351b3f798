import { foldDiacritics } from '../fold-diacritics';

/**
 * Month and weekday names as dates write them, per language: the one list the stages share (the
 * segmenter's protected dates, dedup's date facts, the page layout's date lines). Abbreviations are
 * written with their period, as the segmenter needs them; matching elsewhere folds case, diacritics
 * and the period.
 */
export interface CalendarWords {
  readonly months: readonly string[];
  readonly monthAbbreviations: readonly string[];
  readonly weekdays: readonly string[];
  readonly weekdayAbbreviations: readonly string[];
}

export type CalendarLanguage = 'en' | 'fr' | 'de' | 'es' | 'it';

export const CALENDAR: Readonly<Record<CalendarLanguage, CalendarWords>> = {
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthAbbreviations: [
      'Jan.',
      'Feb.',
      'Mar.',
      'Apr.',
      'Jun.',
      'Jul.',
      'Aug.',
      'Sep.',
      'Sept.',
      'Oct.',
      'Nov.',
      'Dec.',
    ],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    weekdayAbbreviations: [
      'Mon.',
      'Tue.',
      'Tues.',
      'Wed.',
      'Thu.',
      'Thur.',
      'Thurs.',
      'Fri.',
      'Sat.',
      'Sun.',
    ],
  },
  fr: {
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    monthAbbreviations: ['janv.', 'févr.', 'fév.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    weekdayAbbreviations: [],
  },
  de: {
    months: [
      'Januar',
      'Jänner',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    monthAbbreviations: [
      'Jan.',
      'Feb.',
      'Febr.',
      'Mär.',
      'Apr.',
      'Jun.',
      'Jul.',
      'Aug.',
      'Sep.',
      'Sept.',
      'Okt.',
      'Nov.',
      'Dez.',
    ],
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonnabend', 'Sonntag'],
    weekdayAbbreviations: [],
  },
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'setiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    monthAbbreviations: [
      'ene.',
      'feb.',
      'mar.',
      'abr.',
      'jun.',
      'jul.',
      'ago.',
      'sep.',
      'sept.',
      'oct.',
      'nov.',
      'dic.',
    ],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    weekdayAbbreviations: [],
  },
  it: {
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    monthAbbreviations: [
      'genn.',
      'febbr.',
      'feb.',
      'mar.',
      'apr.',
      'magg.',
      'giu.',
      'lug.',
      'ago.',
      'sett.',
      'ott.',
      'nov.',
      'dic.',
    ],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    weekdayAbbreviations: [],
  },
};

/** Which names {@link calendarWords} lists. */
export type CalendarWordKind = 'months' | 'monthAbbreviations' | 'weekdays' | 'weekdayAbbreviations';

/**
 * The calendar's names in matching form (lower case, no diacritics, no abbreviation period), for the
 * stages that match folded text: `calendarWords(['fr'], ['months'])` → `janvier`, `fevrier`, ….
 */
export function calendarWords(
  languages: readonly CalendarLanguage[],
  kinds: readonly CalendarWordKind[] = ['months', 'monthAbbreviations', 'weekdays', 'weekdayAbbreviations'],
): string[] {
  const out = new Set<string>();
  for (const language of languages)
    for (const kind of kinds)
      for (const word of CALENDAR[language][kind])
        out.add(foldDiacritics(word).toLowerCase().replace(/\.$/u, ''));
  return [...out];
}
