import { cleanDispatch } from '@wirestream/nlp-text';
import { BASE_DISPATCHES, type BaseDispatch } from './labelled-dispatches';

/** What a careful annotator expects of the second dispatch of a pair, given the first is known. */
export type PairLabel = 'duplicate' | 'update' | 'unique';

export interface LabelledPair {
  readonly kind: string;
  readonly label: PairLabel;
  readonly first: string;
  readonly second: string;
}

const join = (headline: string, paragraphs: readonly string[]): string =>
  [headline, ...paragraphs].join('\n\n');
const textOf = (b: BaseDispatch): string => join(b.headline, b.paragraphs);

/** Replaces the first occurrence of `from` in the body (not the headline); undefined when absent. */
function replaceInBody(b: BaseDispatch, from: string, to: string): string | undefined {
  const i = b.paragraphs.findIndex((p) => p.includes(from));
  if (i < 0) return undefined;
  return join(
    b.headline,
    b.paragraphs.map((p, j) => (j === i ? p.replace(from, to) : p)),
  );
}

/** A figure corrected: the first digit of the body's first number changed. */
function changeFigure(b: BaseDispatch): string | undefined {
  const i = b.paragraphs.findIndex((p) => /\d/.test(p));
  if (i < 0) return undefined;
  return join(
    b.headline,
    b.paragraphs.map((p, j) => (j === i ? p.replace(/\d/, (d) => String((Number(d) + 3) % 10)) : p)),
  );
}

/** The body with a typo: two different adjacent letters of the longest word of the first paragraph swapped. */
function withTypo(b: BaseDispatch): string {
  const p0 = b.paragraphs[0] ?? '';
  const word = [...p0.matchAll(/\p{L}{8,}/gu)].map((m) => m[0]).sort((x, y) => y.length - x.length)[0] ?? '';
  let k = 2;
  while (k + 1 < word.length && word[k] === word[k + 1]) k++;
  const typo = word.slice(0, k) + (word[k + 1] ?? '') + (word[k] ?? '') + word.slice(k + 2);
  return join(b.headline, [p0.replace(word, typo), ...b.paragraphs.slice(1)]);
}

function withoutLastSentence(b: BaseDispatch): string | undefined {
  const last = b.paragraphs[b.paragraphs.length - 1] ?? '';
  const sentences = last.split(/(?<=[.!?"])\s+(?=[A-Z"«ÀÉ])/u);
  if (sentences.length > 1)
    return join(b.headline, [...b.paragraphs.slice(0, -1), sentences.slice(0, -1).join(' ')]);
  if (b.paragraphs.length > 1) return join(b.headline, b.paragraphs.slice(0, -1));
  return undefined;
}

const isFrench = (b: BaseDispatch): boolean => /[éèàç]|\b(le|la|les|des|du)\b/.test(b.paragraphs[0] ?? '');

/** The same dispatch scraped from a page with new chrome, through the cleaner. */
function resentWithChrome(b: BaseDispatch): string {
  const fr = isFrench(b);
  const page = [
    fr ? 'Menu\nRechercher\nDernières Infos' : 'Menu\nSearch\nLatest news',
    b.headline,
    b.paragraphs[0] ?? '',
    fr ? 'Lire aussi : Un autre sujet sans rapport' : 'Read more: An unrelated story',
    ...b.paragraphs.slice(1),
    fr
      ? 'Partager sur Facebook\nPartager sur Twitter\n© 2024 AFP'
      : 'Share on Facebook\nShare on X\nAll rights reserved.',
  ].join('\n\n');
  return cleanDispatch({ body: page }).body;
}

function typographyVariant(t: string): string {
  return t
    .replace(/"([^"\n]*)"/g, '« $1 »')
    .replace(/'/g, '’')
    .replace(/ - /g, ' – ')
    .replace(/(\d)[.,](\d{3})\b/g, '$1\u202F$2');
}

function whitespaceVariant(t: string): string {
  return `  ${t.replace(/\n\n/g, '\n\n\n').replace(/, /g, ',  ').replace(/\. /g, '.\u00A0 ')}  \n`;
}

function caseVariant(b: BaseDispatch): string {
  return join(b.headline.toUpperCase(), b.paragraphs);
}

function basePairs(b: BaseDispatch): LabelledPair[] {
  const t = textOf(b);
  const pairs: LabelledPair[] = [];
  const add = (kind: string, label: PairLabel, first: string, second: string | undefined): void => {
    if (second !== undefined) pairs.push({ kind, label, first, second });
  };
  add('exact', 'duplicate', t, t);
  add('whitespace', 'duplicate', t, whitespaceVariant(t));
  add('typography', 'duplicate', t, typographyVariant(t));
  add('case', 'duplicate', t, caseVariant(b));
  add('new-chrome', 'duplicate', t, resentWithChrome(b));
  add('paragraph-added', 'update', t, join(b.headline, [...b.paragraphs, b.extra]));
  add(
    'paragraph-inserted',
    'update',
    t,
    join(b.headline, [b.paragraphs[0] ?? '', b.extra, ...b.paragraphs.slice(1)]),
  );
  add('figure-changed', 'update', t, changeFigure(b));
  add('name-changed', 'update', t, replaceInBody(b, b.name[0], b.name[1]));
  add('place-changed', 'update', t, replaceInBody(b, b.place[0], b.place[1]));
  add('typo-fixed', 'update', withTypo(b), t);
  add('sentence-removed', 'update', t, withoutLastSentence(b));
  add(
    'flash-developed',
    'update',
    join(b.headline, [b.paragraphs[0] ?? '']),
    join(b.headline, [...b.paragraphs, b.extra]),
  );
  return pairs;
}

/** Deterministic pseudo-random integers (mulberry32), so the bulletins are the same on every run. */
function random(seed: number): (min: number, max: number) => number {
  let a = seed;
  return (min, max) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return min + (((t ^ (t >>> 14)) >>> 0) % (max - min + 1));
  };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const SYRIA = ['Raqqa', 'Manbij', 'Deir ez-Zor', 'Al Hasakah', 'Abu Kamal', 'Mara', 'Palmyra', 'Tabqa'];
const IRAQ = ['Mosul', 'Ramadi', 'Fallujah', 'Haditha', 'Qayyarah', 'Tal Afar', 'Sinjar', 'Kirkuk'];
const STOCKS = ['Renault', 'Airbus', 'TotalEnergies', 'Kering', 'Orange', 'Sanofi', 'Vivendi', 'Engie'];
const TEAMS = [
  'Arsenal',
  'Chelsea',
  'Liverpool',
  'Everton',
  'Fulham',
  'Brentford',
  'Burnley',
  'Wolves',
  'Leeds',
  'Spurs',
];

/** Edition `i` of a daily coalition strike summary. */
function strikeSummary(i: number): string {
  const r = random(100 + i);
  const day = DAYS[i % 7] ?? '';
  const next = DAYS[(i + 1) % 7] ?? '';
  return join('Coalition strikes against ISIL in Syria and Iraq', [
    `U.S. and coalition military forces conducted ${r(8, 30)} strikes against ISIL targets in Syria on ${day}, the Combined Joint Task Force said on ${next}. Near ${SYRIA[i % 8]}, ${r(2, 9)} strikes engaged ${r(2, 6)} ISIL tactical units and destroyed ${r(3, 12)} fighting positions.`,
    `Near ${SYRIA[(i + 3) % 8]}, ${r(1, 5)} strikes destroyed ${r(2, 20)} oil wellheads and an ISIL vehicle.`,
    `In Iraq, coalition forces conducted ${r(5, 25)} strikes coordinated with the government of Iraq. Near ${IRAQ[i % 8]}, ${r(2, 8)} strikes struck ${r(1, 4)} ISIL tactical units and destroyed ${r(2, 10)} vehicles.`,
  ]);
}

/** Edition `i` of the Paris market close. */
function marketReport(i: number): string {
  const r = random(200 + i);
  const up = r(0, 1) === 1;
  const pct = `${r(0, 2)},${r(10, 99)}`;
  return join(`La Bourse de Paris termine en ${up ? 'hausse' : 'baisse'} de ${pct}%`, [
    `La Bourse de Paris a terminé la séance de ${JOURS[i % 7]} en ${up ? 'hausse' : 'baisse'} de ${pct}%, l'indice CAC 40 ${up ? 'gagnant' : 'perdant'} ${r(10, 120)},${r(10, 99)} points à ${r(7100, 7600)},${r(10, 99)} points, dans un volume d'échanges de ${r(2, 5)},${r(1, 9)} milliards d'euros.`,
    `Parmi les valeurs, ${STOCKS[i % 8]} a pris ${r(1, 6)},${r(1, 9)}% et ${STOCKS[(i + 3) % 8]} a cédé ${r(1, 5)},${r(1, 9)}%. L'euro s'échangeait à ${r(1, 1)},${r(500, 999)}${r(0, 9)} dollar en fin de séance.`,
  ]);
}

/** Round `i` of league results. */
function results(i: number): string {
  const r = random(300 + i);
  const lines: string[] = [];
  for (let m = 0; m < 5; m++) {
    lines.push(`${TEAMS[(i + 2 * m) % 10]} ${r(0, 4)} ${TEAMS[(i + 2 * m + 1 + (i % 3)) % 10]} ${r(0, 3)}`);
  }
  return join('Premier League results', [
    `Results of Premier League matches played on ${DAYS[(i + 5) % 7]}:`,
    lines.join('\n'),
  ]);
}

const DEPARTEMENTS = [
  'Gironde',
  'Landes',
  'Dordogne',
  'Lot',
  'Gers',
  'Tarn',
  'Aude',
  'Ariège',
  'Cantal',
  'Corrèze',
];

/** Edition `i` of a strike press release: mostly fixed boilerplate, a few figures and places change. */
function strikeRelease(i: number): string {
  const r = random(400 + i);
  const day = DAYS[i % 7] ?? '';
  return join(`Military strikes continue against ISIL in Syria and Iraq`, [
    `SOUTHWEST ASIA - On ${day}, coalition military forces conducted ${r(10, 30)} strikes against ISIL terrorists in Syria and Iraq. In Syria, coalition military forces conducted ${r(3, 15)} strikes using attack, bomber, fighter and remotely piloted aircraft against ISIL targets.`,
    `Near ${SYRIA[i % 8]}, ${r(2, 9)} strikes engaged an ISIL tactical unit and destroyed ${r(2, 9)} fighting positions.`,
    `In Iraq, coalition military forces conducted ${r(3, 15)} strikes coordinated with and in support of the government of Iraq using attack, bomber, fighter and remotely piloted aircraft against ISIL targets. Near ${IRAQ[i % 8]}, ${r(2, 9)} strikes engaged ISIL tactical units and destroyed a vehicle bomb factory.`,
    'This strike summary contains all strikes conducted by fighter, attack, bomber, rotary-wing or remotely piloted aircraft, rocket-propelled artillery and ground-based tactical artillery when fired on planned targets. Ground-based artillery fired in counterfire or in fire support to maneuver roles is not classified as a strike.',
    'A strike, as defined by the coalition, refers to one or more kinetic engagements that occur in roughly the same geographic location to produce a single, sometimes cumulative, effect. Assessments are based on initial reports and may be refined.',
    "The strikes were conducted as part of Operation Inherent Resolve, the operation to destroy ISIL in Iraq and Syria. The destruction of ISIL targets in Iraq and Syria also further limits the group's ability to project terror and conduct external operations throughout the region and the rest of the world.",
  ]);
}

/** Edition `i` of a weather warning: fixed advice, departments, figures and days change. */
function weatherWarning(i: number): string {
  const r = random(500 + i);
  const deps = [0, 1, 2].map((k) => DEPARTEMENTS[(i * 3 + k) % 10]).join(', ');
  return join(`Vigilance orange orages dans ${r(3, 9)} départements`, [
    `Météo-France a placé ${r(3, 9)} départements en vigilance orange aux orages à partir de ${JOURS[i % 7]} ${r(12, 18)}h00, dont ${deps}, en raison d'un épisode orageux qui pourrait donner localement ${r(30, 60)} à ${r(60, 90)} millimètres de pluie en peu de temps.`,
    "Ces orages pourront s'accompagner de fortes rafales de vent, de grêle et d'une activité électrique intense. Des dégâts importants sont possibles sur la végétation et les toitures.",
    "Les autorités recommandent de se tenir informé de l'évolution de la situation, d'éviter les déplacements et de mettre à l'abri les objets susceptibles d'être emportés. Ne vous abritez pas sous les arbres et évitez d'utiliser le téléphone et les appareils électriques.",
    "En cas d'inondation, ne vous engagez en aucun cas, à pied ou en voiture, sur une voie immergée. Signalez sans attendre les départs de feux dont vous pourriez être témoin.",
  ]);
}

const BULLETINS: readonly (readonly [string, (i: number) => string])[] = [
  ['strike-summary', strikeSummary],
  ['market-report', marketReport],
  ['league-results', results],
  ['strike-release', strikeRelease],
  ['weather-warning', weatherWarning],
];

function bulletinPairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const [name, edition] of BULLETINS) {
    for (let i = 0; i < 8; i++) {
      if (i + 1 < 8)
        pairs.push({ kind: `bulletin:${name}`, label: 'unique', first: edition(i), second: edition(i + 1) });
      if (i + 2 < 8)
        pairs.push({ kind: `bulletin:${name}`, label: 'unique', first: edition(i), second: edition(i + 2) });
    }
    for (let i = 0; i < 3; i++) {
      const original = edition(i);
      // A correction of one figure in the first paragraph with one is an update of that edition.
      const paragraphs = original.split('\n\n');
      const k = paragraphs.findIndex((p, n) => n > 0 && /\d/.test(p));
      const corrected = paragraphs
        .map((p, n) => (n === k ? p.replace(/\d+/, (d) => String(Number(d) + 1)) : p))
        .join('\n\n');
      pairs.push({
        kind: `bulletin-correction:${name}`,
        label: 'update',
        first: original,
        second: corrected,
      });
    }
  }
  return pairs;
}

function datelined(b: BaseDispatch, fr: boolean): string {
  const dateline = fr ? 'PARIS, 8 juin 2016 (AFP) - ' : 'WASHINGTON, June 8, 2016 (AFP) - ';
  return join(b.headline, [dateline + (b.paragraphs[0] ?? ''), ...b.paragraphs.slice(1)]);
}

function negativePairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const fr = BASE_DISPATCHES.filter(isFrench);
  const en = BASE_DISPATCHES.filter((b) => !isFrench(b));
  for (const [group, isFr] of [
    [fr, true],
    [en, false],
  ] as const) {
    group.forEach((b, i) => {
      const other = group[(i + 1) % group.length];
      if (other !== undefined && other !== b) {
        pairs.push({
          kind: 'same-dateline',
          label: 'unique',
          first: datelined(b, isFr),
          second: datelined(other, isFr),
        });
      }
    });
  }
  BASE_DISPATCHES.forEach((b, i) => {
    const other = BASE_DISPATCHES[(i + 5) % BASE_DISPATCHES.length];
    if (other !== undefined)
      pairs.push({ kind: 'unrelated', label: 'unique', first: textOf(b), second: textOf(other) });
  });
  return pairs;
}

/** The labelled set: every base's variants, bulletin editions and corrections, and negative pairs. */
export function labelledPairs(): LabelledPair[] {
  return [...BASE_DISPATCHES.flatMap(basePairs), ...bulletinPairs(), ...negativePairs()];
}

export { BASE_DISPATCHES, textOf, strikeSummary, marketReport, results, strikeRelease, weatherWarning };
