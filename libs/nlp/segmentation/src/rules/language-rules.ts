/**
 * The per-language data the segmentation engine runs on. Every field is a plain table so a new
 * language is a new data file, not new code. Abbreviations are written without their final period;
 * multi-period ones keep their inner periods (`U.S`, `z.B`, `J.-C`).
 */
export interface LanguageRules {
  /** BCP-47 primary subtag the table is for (`und` for the fallback table). */
  readonly language: string;
  /**
   * Titles and other prepositive abbreviations, matched case-sensitively: a period after them never
   * ends a sentence, since a name always follows (`M.`, `Mr.`, `col.`).
   */
  readonly titles: readonly string[];
  /** Abbreviations, matched case-insensitively, that never end a sentence before the text does (`cf.`, `e.g.`). */
  readonly nonFinal: readonly string[];
  /**
   * Abbreviations, matched case-insensitively, that end a sentence only when a capitalised word follows
   * (`etc.`, `Inc.`, `Co.`).
   */
  readonly final: readonly string[];
  /**
   * Abbreviations matched case-sensitively that end a sentence when a capitalised word follows, for forms
   * whose case tells them apart (`6 P.M. Mr. Smith` ends a sentence where `5 a.m. Mr. Smith` does not).
   */
  readonly finalExact: readonly string[];
  /**
   * Abbreviations, matched case-insensitively, that never end a sentence before a number and otherwise
   * behave like {@link LanguageRules.final} (`p.`, `art.`, `No.`, `Jan.`).
   */
  readonly beforeNumber: readonly string[];
  /**
   * Endings of compound words that make them abbreviations (German `Hauptstr.`), matched case-insensitively
   * at the end of the token; they behave like {@link LanguageRules.beforeNumber}.
   */
  readonly abbreviationEndings: readonly string[];
  /**
   * Abbreviations, matched case-insensitively, usually followed by a capitalised word that is not a new
   * sentence (German `Mio. Euro`): they end a sentence only before a {@link LanguageRules.sentenceStarters} word.
   */
  readonly starterOnly: readonly string[];
  /**
   * Capitalised words that typically open a sentence (articles, pronouns, conjunctions). After an ambiguous
   * abbreviation, an initial or an acronym (`U.S.`), only these mark a new sentence. An entry ending with an
   * apostrophe matches an elided word (`L'armée`).
   */
  readonly sentenceStarters: readonly string[];
  /**
   * Capitalised particles that open surnames (`Le Pen`, `De Gaulle`, `Van Rompuy`): after an initial, a
   * particle followed by a capitalised word is a name, not a new sentence (`J.-M. Le Pen`).
   */
  readonly nameParticles: readonly string[];
  /**
   * Speech verbs of an attribution after a closing quote (`"Why now?" Smith asked.`): when capitalised words
   * and one of these, followed by punctuation, come right after a quote, the sentence goes on.
   */
  readonly speechVerbs: readonly string[];
  /** Month names and their abbreviations as written in running text (dates to protect). */
  readonly months: readonly string[];
  /** Units, currencies and magnitude words that belong to a preceding number (`%`, `km`, `milliards`). */
  readonly units: readonly string[];
  /** Words that mark a time after a number (`heures`, `Uhr`, `GMT`). */
  readonly timeWords: readonly string[];
  /** Whether `3.` before a noun is an ordinal, as in German `am 3. Oktober`. */
  readonly ordinalPeriod: boolean;
  /** Whether `10 000` (space-separated thousands) is a number in this language. */
  readonly spaceThousands: boolean;
  /** Ordinal suffixes written after digits or Roman numerals (`1er`, `XIXe`, `21st`). */
  readonly ordinalSuffixes: readonly string[];
}
