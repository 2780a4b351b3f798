import { calendarWords } from '@wirestream/nlp-text';

/** A time expression: its words and offsets. */
export interface PeriodMatch {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Calendar names from nlp-text's one table, folded as the text is; longest first so `sept` beats `sep`.
const alternatives = (words: readonly string[]): string =>
  [...words].sort((x, y) => y.length - x.length).join('|');
const FR_MONTHS = alternatives(calendarWords(['fr'], ['months']));
const EN_MONTHS = alternatives(calendarWords(['en'], ['months', 'monthAbbreviations']));
const FR_DAYS = alternatives(calendarWords(['fr'], ['weekdays']));
const EN_DAYS = alternatives(calendarWords(['en'], ['weekdays']));
const FR_NUM = String.raw`\d+|vingt-quatre|quarante-huit|soixante-douze|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|trente`;
const EN_NUM = String.raw`\d+|twenty-four|forty-eight|seventy-two|two|three|four|five|six|seven|ten|fifteen|thirty|several|few`;
const FR_SPAN = String.raw`(?:au cours des |lors des |pendant les |durant les |dans les |sur les |ces |les )`;
const EN_SPAN = String.raw`(?:in|over|during|within|for) the (?:past|last|previous)`;

const src = [
  String.raw`${FR_SPAN}?(?:dernieres|derniers) (?:${FR_NUM}) (?:heures|jours|semaines|mois)`,
  String.raw`${FR_SPAN}?(?:${FR_NUM}) (?:dernieres heures|derniers jours|dernieres semaines|derniers mois)`,
  String.raw`${FR_SPAN}?(?:derniers jours|dernieres semaines|dernieres heures|derniers mois)`,
  String.raw`(?:entre le|du) (?:\d{1,2}|1er)(?: (?:${FR_MONTHS}))? (?:et le|au) \d{1,2} (?:${FR_MONTHS})(?: \d{4})?`,
  String.raw`(?:depuis|a partir|jusqu'au|avant|apres) (?:du |de |le )?(?:\d{1,2}|1er|premier) (?:${FR_MONTHS})(?: \d{4})?`,
  String.raw`depuis (?:le debut (?:de |du mois de |d')?)?(?:${FR_MONTHS}|l'annee|la semaine derniere|\d{4})`,
  String.raw`depuis le debut (?:du mois|de la semaine|de l'offensive|de l'operation|de l'intervention)`,
  String.raw`(?:le |ce )?(?:\d{1,2}|1er) (?:${FR_MONTHS})(?: \d{4})?`,
  String.raw`(?:en|sur|en l'espace de|pendant) (?:${FR_NUM}|une) (?:heures|heure|jours|semaines|semaine|journee)`,
  String.raw`(?:en|in) (?:19|20)\d\d`,
  String.raw`(?:dans la nuit (?:de |du )?|depuis |jusqu'a |(?:le |ce )?)?(?:${FR_DAYS})(?: (?:soir|matin|apres-midi|dernier))?(?: (?:a|au) (?:${FR_DAYS}))?`,
  String.raw`cette annee|l'an dernier|l'annee derniere|la semaine derniere|le week-end dernier|ce week-end|cette semaine|le mois dernier|ce mois-ci|la veille|avant-hier|hier|aujourd'hui|cette nuit|la nuit derniere|(?:dans|pendant|durant) la nuit|en une (?:seule )?journee|en (?:${FR_MONTHS})(?: \d{4})?`,
  String.raw`${EN_SPAN} (?:${EN_NUM}) (?:hours|days|weeks|months)`,
  String.raw`${EN_SPAN} (?:day|week|month|weekend|night)`,
  String.raw`(?:(?:since|from|between|on|through|as of|until|by) )?(?:${EN_MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?(?:\s?[-\u2013]\s?\d{1,2})?(?:,? \d{4})?(?: (?:and|to|through|-) (?:(?:${EN_MONTHS})\.? )?\d{1,2})?`,
  String.raw`(?:(?:since|on|from|between) )?\d{1,2} (?:${EN_MONTHS})(?: \d{4})?`,
  String.raw`(?:(?:on|late|early|since|by|until) )?(?:${EN_DAYS})(?: (?:night|morning|evening|afternoon))?`,
  String.raw`since (?:the start of |early |late )?(?:${EN_MONTHS}|\d{4})|overnight|yesterday|today|(?:so far )?this year|last year|last (?:week|month|weekend|night)|this (?:week|month|weekend)|in (?:a single|one) day|(?:in|within) (?:24|twenty-four) hours`,
].join('|');

/**
 * Built from fixed word lists at load time, so the linter cannot see it: linted by
 * test/workspace/runtime-regexps.spec.ts.
 */
export const PERIOD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${src})(?![\p{L}\p{N}])`, 'gu');
/** A weekday right after a reporting verb dates the statement, not the strikes. */
const REPORTING =
  /(?:indique|annonce|affirme|declare|precise|assure|dit|explique|ajoute|estime|said|announced|told|reported|stated|added|says|confirmed)\s*$/;

/** All time expressions in `folded[from, to)`, except statement dates ("a indiqué mercredi"). */
export function findPeriods(original: string, folded: string, from: number, to: number): PeriodMatch[] {
  const slice = folded.slice(from, to);
  const found: PeriodMatch[] = [];
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(slice); m !== null; m = PERIOD.exec(slice)) {
    if (REPORTING.test(slice.slice(Math.max(0, m.index - 24), m.index))) continue;
    const start = from + m.index;
    found.push({ text: original.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return found;
}
