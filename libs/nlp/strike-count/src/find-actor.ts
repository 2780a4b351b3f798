/** Who carried out strikes: the words of the text and, when known, a canonical name. */
export interface ActorMatch {
  readonly text: string;
  readonly canonical?: string;
  readonly start: number;
  readonly end: number;
}

/** Actor noun phrases over folded text, each with its canonical name (undefined for generic ones). */
// One pattern is built with `new RegExp`, which the linter cannot see: all are linted by
// test/workspace/runtime-regexps.spec.ts.
export const ACTORS: readonly (readonly [RegExp, string | undefined])[] = [
  [
    new RegExp(
      String.raw`(?:(?:forces|avions|appareils|chasseurs|aviation|militaires|aircraft|warplanes|jets|members) (?:de la |of the )?)?(?:(?:us|u\.s\.|american|international|western|saudi|arab|anti-(?:is|isis|isil|ei|daech))[- ](?:led )?)?coalition(?:[- ](?:military|air) forces| forces| aircraft| warplanes| jets| internationale| antijihadiste| anti-(?:ei|daech|jihadistes?)| menee par (?:les etats-unis|washington))?\b|\bcjtf(?:-oir)?\b|combined joint task force(?:-operation inherent resolve)?`,
      'g',
    ),
    'coalition',
  ],
  [
    /\b(?:russian (?:air ?forces?|aerospace forces|warplanes|jets|aircraft|military|forces|bombers|army|navy)|russia|moscow|(?:aviation|avions|forces|armee|bombardiers|chasseurs|militaires) russes?|russie|moscou)\b/g,
    'Russia',
  ],
  [
    /\b(?:(?:u\.s\.|us|american) (?:military|forces|warplanes|jets|aircraft|air force|navy|army|drones?|troops)|united states|pentagone?|centcom|africom|(?:u\.s\.|us) (?:central|africa) command|(?:aviation|avions|forces|armee|drones?|militaires) americaine?s?|etats-unis|americains)\b/g,
    'United States',
  ],
  [
    /\b(?:(?:syrian|regime|government|pro-government|pro-regime) (?:air force|warplanes|jets|aircraft|forces|army|helicopters|troops)|(?:aviation|avions|forces|armee|helicopteres|troupes) (?:syrienne?s?|du regime|gouvernementales?|loyalistes?|proregime)|(?:syrian )?regime(?: syrien)?|damas|damascus)\b/g,
    'Syrian government',
  ],
  [
    /\b(?:israeli (?:air force|military|army|warplanes|jets|aircraft|forces|drones?)|israel|tsahal|idf|(?:aviation|avions|armee|forces|drones?) israelienn?e?s?|l'etat hebreu)\b/g,
    'Israel',
  ],
  [
    /\b(?:turkish (?:air force|military|army|warplanes|jets|aircraft|forces|drones?)|turkey|ankara|(?:aviation|avions|armee|forces|drones?) tur(?:c|que)s?|turquie)\b/g,
    'Turkey',
  ],
  [
    /\b(?:saudi (?:air force|warplanes|jets|aircraft)|saudi arabia|riyadh|arabie saoudite|riyad)\b/g,
    'Saudi Arabia',
  ],
  [/\b(?:nato|otan)\b/g, 'NATO'],
  [
    /\b(?:ukrainian (?:air force|military|army|forces|drones?|troops)|(?:armee|forces|drones?|aviation) ukrainienn?e?s?|ukraine|kyiv|kiev)\b/g,
    'Ukraine',
  ],
  [
    /\b(?:iranian (?:forces|military|drones?|revolutionary guards)|(?:forces|drones?|gardiens de la revolution) iranienn?e?s?|iran|teheran|tehran)\b/g,
    'Iran',
  ],
  [
    /\b(?:french (?:air force|warplanes|jets|aircraft|forces|military)|(?:aviation|avions|armee|forces|rafale) francaise?s?|la france)\b/g,
    'France',
  ],
  [
    /\b(?:iraqi (?:air force|military|army|forces|warplanes|jets|aircraft)|(?:aviation|avions|armee|forces) irakienn?e?s?)\b/g,
    'Iraq',
  ],
  [
    /\b(?:air force|warplanes|aviation|l'armee de l'air|avions de chasse|avions de combat|fighter jets|bombers|the military|the army|(?:l')?armee)\b/g,
    undefined,
  ],
];

/** Nationality words inside a count phrase ("trois frappes américaines", "8 Russian airstrikes"). */
const DEMONYMS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:russes?|russian)\b/g, 'Russia'],
  [/\b(?:americaine?s?|american|u\.s\.|us)(?![\p{L}])/gu, 'United States'],
  [/\b(?:israelienn?e?s?|israeli)\b/g, 'Israel'],
  [/\b(?:tur(?:c|que)s?|turkish)\b/g, 'Turkey'],
  [/\b(?:syrienn?e?s?|syrian)\b/g, 'Syrian government'],
  [/\b(?:irakienn?e?s?|iraqi)\b/g, 'Iraq'],
  [/\b(?:francaise?s?|french)\b/g, 'France'],
  [/\b(?:britanniques?|british)\b/g, 'United Kingdom'],
  [/\b(?:saoudienn?e?s?|saudi)\b/g, 'Saudi Arabia'],
  [/\bcoalition\b/g, 'coalition'],
];

/** Nationality words in `folded[from, to)` read as actors (only used inside a count phrase). */
export function findDemonymActors(original: string, folded: string, from: number, to: number): ActorMatch[] {
  const slice = folded.slice(from, to);
  const found: ActorMatch[] = [];
  for (const [re, canonical] of DEMONYMS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const start = from + m.index;
      found.push({
        text: original.slice(start, start + m[0].length),
        canonical,
        start,
        end: start + m[0].length,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const LEADING_DET = /^(?:the |la |le |les |l'|des |du )/;

/** All actor mentions in `folded[from, to)`, in text order, longest first at equal starts. */
export function findActors(original: string, folded: string, from: number, to: number): ActorMatch[] {
  const slice = folded.slice(from, to);
  const found: ActorMatch[] = [];
  for (const [re, canonical] of ACTORS) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const det = LEADING_DET.exec(m[0]);
      const start = from + m.index + (det === null ? 0 : det[0].length);
      const end = from + m.index + m[0].length;
      // A generic phrase inside a specific one ("air force" in "Russian air force") is the same actor.
      if (found.some((f) => f.start <= start && f.end >= end)) continue;
      found.push({
        text: original.slice(start, end),
        start,
        end,
        ...(canonical === undefined ? {} : { canonical }),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
