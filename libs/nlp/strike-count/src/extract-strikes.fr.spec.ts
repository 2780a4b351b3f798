import { type Expected, runStrikes, s } from './testing/expect-strikes';

/**
 * French wire phrasings, hand-annotated: what a careful reader counts as strikes in each sentence.
 * `s(count, kind, place, { actor, period, approx, min, max })`; actors are given by canonical name when
 * the lexicon has one. An empty list means: nothing here is a strike count.
 */
const cases: readonly (readonly [string, readonly Expected[]])[] = [
  // Counts with a place, an actor and a period.
  [
    'La coalition a mené huit frappes près de Raqa mardi.',
    [s(8, 'airstrike', 'Raqa', { actor: 'coalition', period: 'mardi' })],
  ],
  [
    "L'aviation russe a mené 25 frappes dans la province d'Idleb ces dernières 24 heures, selon le ministère russe de la Défense.",
    [s(25, 'airstrike', 'Idleb', { actor: 'Russia', period: 'ces dernières 24 heures' })],
  ],
  [
    'Au moins douze raids aériens ont frappé Alep dans la nuit de samedi à dimanche.',
    [s(12, 'raid', 'Alep', { period: 'dans la nuit de samedi à dimanche', approx: true, min: 12 })],
  ],
  [
    "Huit bombardements ont visé des positions de l'EI près de Mossoul, a indiqué un responsable.",
    [s(8, 'bombardment', 'Mossoul')],
  ],
  [
    'Les forces de la coalition ont effectué cinq frappes aériennes contre des positions jihadistes à Boukamal.',
    [s(5, 'airstrike', 'Boukamal', { actor: 'coalition' })],
  ],
  [
    'Israël a mené une trentaine de frappes contre des cibles du Hezbollah dans le sud du Liban.',
    [s(30, 'airstrike', 'Liban', { actor: 'Israel', approx: true, min: 24, max: 36 })],
  ],
  [
    'Dix-sept frappes de drones ont été signalées dans la région de Deir Ezzor depuis lundi.',
    [s(17, 'drone-strike', 'Deir Ezzor', { period: 'depuis lundi' })],
  ],
  [
    "La Turquie a lancé des dizaines de frappes contre les positions kurdes au nord d'Alep.",
    [s(20, 'airstrike', 'Alep', { actor: 'Turkey', approx: true, min: 20, max: 99 })],
  ],
  [
    "L'armée a annoncé avoir mené 40 raids en une journée.",
    [s(40, 'raid', undefined, { actor: 'armée', period: 'en une journée' })],
  ],
  [
    "Aucune frappe n'a été menée en Syrie dimanche, selon le Pentagone.",
    [s(0, 'airstrike', 'Syrie', { period: 'dimanche' })],
  ],
  [
    "L'aviation syrienne a mené six raids sur Douma et quatre sur Harasta.",
    [
      s(6, 'raid', 'Douma', { actor: 'Syrian government' }),
      s(4, 'raid', 'Harasta', { actor: 'Syrian government' }),
    ],
  ],
  [
    "Selon l'OSDH, près de 30 frappes russes ont visé la ville de Palmyre samedi.",
    [s(30, 'airstrike', 'Palmyre', { actor: 'Russia', period: 'samedi', approx: true, min: 27, max: 30 })],
  ],
  [
    'Les avions russes ont effectué 120 sorties et 45 frappes en 24 heures.',
    [s(45, 'airstrike', undefined, { actor: 'Russia', period: 'en 24 heures' })],
  ],
  [
    "Le Pentagone a confirmé trois frappes de drone contre des responsables d'Al-Qaïda au Yémen.",
    [s(3, 'drone-strike', 'Yémen', { actor: 'United States' })],
  ],
  [
    'Deux frappes aériennes ont touché un hôpital à Idleb, selon des secouristes.',
    [s(2, 'airstrike', 'Idleb')],
  ],
  [
    "Ces dernières 24 heures, la coalition a mené huit bombardements près de Boukamal et cinq frappes près d'Al-Qaïm.",
    [
      s(8, 'bombardment', 'Boukamal', { actor: 'coalition', period: 'Ces dernières 24 heures' }),
      s(5, 'airstrike', 'Al-Qaïm', { actor: 'coalition', period: 'Ces dernières 24 heures' }),
    ],
  ],
  [
    'Plus de 200 frappes ont été menées par la coalition dans la région de Mossoul depuis le 1er juin.',
    [
      s(200, 'airstrike', 'Mossoul', {
        actor: 'coalition',
        period: 'depuis le 1er juin',
        approx: true,
        min: 201,
      }),
    ],
  ],
  [
    'Les Etats-Unis ont mené au moins sept frappes de drones en Somalie cette semaine.',
    [
      s(7, 'drone-strike', 'Somalie', {
        actor: 'United States',
        period: 'cette semaine',
        approx: true,
        min: 7,
      }),
    ],
  ],
  [
    "L'armée syrienne a mené 18 tirs d'artillerie sur Deraa.",
    [s(18, 'shelling', 'Deraa', { actor: 'Syrian government' })],
  ],
  [
    'Une vingtaine de frappes de missiles ont visé Kiev et sa région jeudi.',
    [s(20, 'missile-strike', 'Kiev', { period: 'jeudi', approx: true, min: 16, max: 24 })],
  ],
  [
    'Le 31 mai, la coalition a mené 14 frappes en Irak.',
    [s(14, 'airstrike', 'Irak', { actor: 'coalition', period: 'Le 31 mai' })],
  ],
  [
    'Entre le 1er et le 7 juin, la coalition a mené 87 frappes en Syrie et en Irak.',
    [s(87, 'airstrike', 'Syrie', { actor: 'coalition', period: 'Entre le 1er et le 7 juin' })],
  ],
  [
    'Dans la région de Deir Ezzor, cinq frappes ont détruit des puits de pétrole.',
    [s(5, 'airstrike', 'Deir Ezzor')],
  ],
  [
    'Deux raids ont frappé Hodeida mercredi, selon des habitants.',
    [s(2, 'raid', 'Hodeida', { period: 'mercredi' })],
  ],
  [
    'Au total, 32 frappes ont été menées en une semaine.',
    [s(32, 'airstrike', undefined, { period: 'en une semaine' })],
  ],
  [
    'La coalition a procédé à quelques frappes près de Tabqa.',
    [s(2, 'airstrike', 'Tabqa', { actor: 'coalition', approx: true, min: 2, max: 9 })],
  ],
  [
    "Environ 40 raids aériens ont été menés dans le secteur d'Alep, selon l'OSDH.",
    [s(40, 'raid', 'Alep', { approx: true, min: 36, max: 44 })],
  ],
  [
    'Trois frappes ont été menées à Raqa, deux à Tabqa et une à Manbij.',
    [s(3, 'airstrike', 'Raqa'), s(2, 'airstrike', 'Tabqa'), s(1, 'airstrike', 'Manbij')],
  ],
  [
    'Moscou affirme avoir mené 64 frappes en 48 heures contre des cibles terroristes en Syrie.',
    [s(64, 'airstrike', 'Syrie', { actor: 'Russia', period: 'en 48 heures' })],
  ],
  [
    'Cinq frappes de la coalition ont détruit un pont près de Mossoul.',
    [s(5, 'airstrike', 'Mossoul', { actor: 'coalition' })],
  ],
  [
    "L'Arabie saoudite et ses alliés ont mené plus d'une centaine de raids sur Sanaa.",
    [s(100, 'raid', 'Sanaa', { actor: 'Saudi Arabia', approx: true, min: 101 })],
  ],
  [
    'Au moins 15 bombardements ont été recensés à Alep-Est lundi.',
    [s(15, 'bombardment', 'Alep-Est', { period: 'lundi', approx: true, min: 15 })],
  ],
  [
    'Israël a mené 11 frappes sur Rafah dans la nuit.',
    [s(11, 'airstrike', 'Rafah', { actor: 'Israel', period: 'dans la nuit' })],
  ],
  [
    'Le ministère a recensé 3.000 frappes russes en 2016.',
    [s(3000, 'airstrike', undefined, { actor: 'Russia', period: 'en 2016' })],
  ],
  ['Trois personnes ont été blessées lors de deux bombardements à Homs.', [s(2, 'bombardment', 'Homs')]],
  [
    'La coalition internationale a annoncé jeudi avoir mené 4 frappes près de Syrte.',
    [s(4, 'airstrike', 'Syrte', { actor: 'coalition' })],
  ],
  [
    'Quatre-vingt-quinze frappes ont été menées en Irak depuis le début du mois.',
    [s(95, 'airstrike', 'Irak', { period: 'depuis le début du mois' })],
  ],
  [
    'Deux cents frappes ont visé Mossoul en une semaine.',
    [s(200, 'airstrike', 'Mossoul', { period: 'en une semaine' })],
  ],
  [
    "L'OTAN a mené 26 raids aériens sur Tripoli dimanche.",
    [s(26, 'raid', 'Tripoli', { actor: 'NATO', period: 'dimanche' })],
  ],
  ["Près de Raqa, trois frappes ont touché une unité tactique de l'EI.", [s(3, 'airstrike', 'Raqa')]],
  [
    "Mardi, l'aviation française a mené deux frappes en Irak.",
    [s(2, 'airstrike', 'Irak', { actor: 'France', period: 'Mardi' })],
  ],
  [
    "Trois frappes américaines ont visé des dirigeants d'Al-Chabab en Somalie.",
    [s(3, 'airstrike', 'Somalie', { actor: 'United States' })],
  ],
  ['Sept frappes de missiles de croisière ont visé Damas.', [s(7, 'missile-strike', 'Damas')]],
  [
    "La coalition dit avoir mené 1.200 frappes depuis le début de l'année.",
    [s(1200, 'airstrike', undefined, { actor: 'coalition', period: "depuis le début de l'année" })],
  ],
  [
    'Les forces gouvernementales ont mené 22 pilonnages sur Daraya.',
    [s(22, 'shelling', 'Daraya', { actor: 'Syrian government' })],
  ],
  ['Onze raids ont visé Sanaa et ses environs, selon la chaîne Al-Massirah.', [s(11, 'raid', 'Sanaa')]],
  [
    'Une source militaire a fait état de 9 frappes israéliennes près de Damas.',
    [s(9, 'airstrike', 'Damas', { actor: 'Israel' })],
  ],
  ['Huit nouveaux bombardements ont visé Alep.', [s(8, 'bombardment', 'Alep')]],
  [
    'Les appareils de la coalition ont effectué 10 000 frappes depuis 2014.',
    [s(10000, 'airstrike', undefined, { actor: 'coalition', period: 'depuis 2014' })],
  ],
  [
    'Une douzaine de frappes ont visé Raqa.',
    [s(12, 'airstrike', 'Raqa', { approx: true, min: 10, max: 14 })],
  ],
  [
    'Quelque 50 raids ont été menés autour de Damas.',
    [s(50, 'raid', 'Damas', { approx: true, min: 45, max: 55 })],
  ],
  [
    'Les avions russes ont mené 30 frappes dans le nord de la Syrie.',
    [s(30, 'airstrike', 'Syrie', { actor: 'Russia' })],
  ],
  ["Huit frappes ont visé la province syrienne d'Idleb.", [s(8, 'airstrike', 'Idleb')]],
  [
    'Les forces turques ont mené 5 frappes contre les YPG à Afrine.',
    [s(5, 'airstrike', 'Afrine', { actor: 'Turkey' })],
  ],
  [
    'La coalition a effectué 14 frappes aériennes en Syrie et 9 en Irak, selon un communiqué.',
    [s(14, 'airstrike', 'Syrie', { actor: 'coalition' }), s(9, 'airstrike', 'Irak', { actor: 'coalition' })],
  ],
  [
    'Au total, 1.500 frappes russes ont visé la Syrie depuis le 30 septembre 2015.',
    [s(1500, 'airstrike', 'Syrie', { actor: 'Russia', period: 'depuis le 30 septembre 2015' })],
  ],
  [
    'Deux ou trois frappes ont touché Maarat al-Noomane.',
    [s(2, 'airstrike', 'Maarat al-Noomane', { approx: true, min: 2, max: 3 })],
  ],
  ['Entre 10 et 15 raids ont visé Douma.', [s(10, 'raid', 'Douma', { approx: true, min: 10, max: 15 })]],
  ['Une seule frappe a touché le marché de Maaret al-Noomane.', [s(1, 'airstrike', 'Maaret al-Noomane')]],
  ["Aucun raid n'a été signalé à Alep depuis jeudi.", [s(0, 'raid', 'Alep', { period: 'depuis jeudi' })]],
  [
    'Les avions du régime ont mené plus de 30 raids sur la Ghouta orientale.',
    [s(30, 'raid', 'Ghouta', { actor: 'Syrian government', approx: true, min: 31 })],
  ],
  ["Selon l'OSDH, 25 barils d'explosifs et 12 raids ont visé Daraya.", [s(12, 'raid', 'Daraya')]],
  [
    "L'aviation russe a mené ces dernières 24 heures 34 frappes aériennes contre 66 cibles.",
    [s(34, 'airstrike', undefined, { actor: 'Russia', period: 'ces dernières 24 heures' })],
  ],
  // A pronoun takes the previous sentence's subject.
  [
    "L'armée israélienne a visé Gaza pendant la nuit. Elle a mené une quinzaine de frappes contre des cibles du Hamas.",
    [s(15, 'airstrike', undefined, { actor: 'Israel', approx: true, min: 12, max: 18 })],
  ],
  [
    "La coalition bombarde les positions de l'EI. Ces dernières 24 heures, elle a ainsi mené six frappes près de Hit.",
    [s(6, 'airstrike', 'Hit', { actor: 'coalition', period: 'Ces dernières 24 heures' })],
  ],
  // Not strike counts: casualties, dates, durations, seized items, fighters, vehicles, numbers of things.
  ['Huit civils ont été tués dans des frappes près de Raqa.', []],
  ["Les frappes ont fait 24 morts, selon l'OSDH.", []],
  ['Depuis le 31 mai, les FDS ont repris une vingtaine de villages.', []],
  ["Les combattants ont saisi plus de 10.000 documents appartenant à l'EI.", []],
  ['La coalition a mené une frappe près de Mossoul.', []],
  ['Les bombardements ont duré 24 heures.', []],
  ['Le Conseil de sécurité a adopté la résolution 2254 sur la Syrie.', []],
  ['Six véhicules et 12 combattants ont été détruits par les frappes de la coalition.', []],
  ["Les bombardements de l'artillerie turque ont visé 12 villages kurdes.", []],
  ["Le bilan de ces 24 heures de bombardements s'élève à huit morts.", []],
  ['Le vol MH17 a été abattu en 2014.', []],
  ["Quatre F-16 ont décollé de la base d'Incirlik.", []],
  ['La frappe de mardi a tué 18 personnes.', []],
  ["Le régime a largué une dizaine de barils d'explosifs sur Daraya.", []],
  ['Les rebelles ont tiré 30 roquettes sur la ville.', []],
  ['Un drone a été abattu près de Manbij.', []],
  ['Les frappes aériennes ont repris à 6h00 sur Alep.', []],
  ["Au cours des dernières 48 heures, l'aviation russe a effectué 70 sorties et frappé 212 cibles.", []],
  ["Les jihadistes ont lancé huit attaques contre l'armée à Deir Ezzor.", []],
  ['Le porte-parole a tenu trois conférences de presse sur les frappes.', []],
  ['Les frappes ont détruit 15 puits de pétrole et 4 raffineries.', []],
  ['Au moins 35 personnes ont péri dans les bombardements sur Alep.', []],
  ['La coalition a pris trois engagements envers ses alliés.', []],
  ['Trois jours de bombardements ont fait 200 morts à Alep.', []],
  ['Quarante % des frappes visaient des civils.', []],
  // Une date avant le lieu mis en tête.
  [
    'Le 7 mars, près de Mossoul, la coalition a mené trois frappes.',
    [s(3, 'airstrike', 'Mossoul', { actor: 'coalition', period: 'Le 7 mars' })],
  ],
  // Un élément de bilan : l'article après un lieu mis en tête compte une frappe.
  ['Près de Mossoul, une frappe a détruit un véhicule.', [s(1, 'airstrike', 'Mossoul')]],
  ['Une frappe a visé un convoi près de Mossoul, selon les autorités.', []],
];

describe('extractStrikes, French sentences', () => {
  it.each(cases)('given "%s", it finds %j', (sentence, expected) => {
    expect(runStrikes(sentence, 'fr', expected)).toEqual({ found: expected, badEvidence: [] });
  });
});
