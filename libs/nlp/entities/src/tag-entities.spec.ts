import { tagEntities } from './index';
import { type Entity, type EntityType, type TaggableSegment } from './types';

/** What a careful annotator expects of one mention; checks apply to every mention with that text. */
interface Check {
  /** Place: latitude, longitude (within 25 km) and ISO country. */
  readonly place?: readonly [number, number, string];
  /** Country or NORP: ISO country of the canonical entry. */
  readonly country?: string;
  readonly name?: string;
  readonly title?: string;
  readonly expansion?: string;
  /** Another surface of the case that must carry the same canonical id. */
  readonly same?: string;
}

type Expect = readonly [EntityType, string, Check?];

interface Case {
  readonly name: string;
  readonly language: 'fr' | 'en';
  /** One segment per line; the first is a headline when `headline` is set. */
  readonly given: string;
  readonly headline?: boolean;
  /** Every entity the tagger must return, and nothing else. */
  readonly then: readonly Expect[];
}

function segmentsOf(text: string, headline: boolean): TaggableSegment[] {
  const out: TaggableSegment[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const role = headline && out.length === 0 ? 'headline' : 'body';
    out.push({ id: `s${out.length}`, start: m.index, end: m.index + m[0].length, role });
  }
  return out;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const FR: readonly Case[] = [
  {
    name: 'une opération nommée, puis son nom seul (la même opération)',
    language: 'fr',
    given: "Les avions de l'opération Chammal ont frappé en Irak.\nChammal mobilise 700 militaires.",
    then: [
      ['MISC', 'opération Chammal', { same: 'Chammal' }],
      ['MISC', 'Chammal'],
      ['LOC', 'Irak', { country: 'IQ' }],
    ],
  },
  {
    name: 'a colonel with his title, short mention linked',
    language: 'fr',
    given:
      "Le colonel John Dorrian, porte-parole de la coalition, a affirmé que les frappes avaient visé Mossoul. Dorrian a ajouté que l'Irak avait été informé.",
    then: [
      ['PER', 'John Dorrian', { title: 'colonel', same: 'Dorrian' }],
      ['LOC', 'Mossoul', { place: [36.34, 43.13, 'IQ'] }],
      ['PER', 'Dorrian'],
      ['LOC', 'Irak', { country: 'IQ', name: 'Iraq' }],
    ],
  },
  {
    name: 'a president with a demonym between title and name',
    language: 'fr',
    given:
      'Le président syrien Bachar al-Assad a reçu à Damas le ministre russe des Affaires étrangères Sergueï Lavrov.',
    then: [
      ['PER', 'Bachar al-Assad', { title: 'président' }],
      ['LOC', 'Damas', { place: [33.51, 36.29, 'SY'] }],
      ['PER', 'Sergueï Lavrov'],
    ],
  },
  {
    name: 'an organisation defined with its acronym after it, then the acronym alone',
    language: 'fr',
    given:
      'Les Unités de protection du peuple (YPG) ont repris Kobané. Selon les YPG, les jihadistes ont fui vers Jarablos, près de la frontière turque.',
    then: [
      ['ORG', 'Unités de protection du peuple', { same: 'YPG' }],
      ['ORG', 'YPG', { expansion: 'Unités de protection du peuple' }],
      ['LOC', 'Kobané', { place: [36.89, 38.35, 'SY'] }],
      ['LOC', 'Jarablos', { place: [36.82, 38.01, 'SY'] }],
    ],
  },
  {
    name: 'an unknown organisation defined by its acronym in the text',
    language: 'fr',
    given:
      "Le Conseil militaire de Deir Ezzor (CMDE) a annoncé mardi l'encerclement de Hajine. Le CMDE dit contrôler la rive est de l'Euphrate.",
    then: [
      ['ORG', 'Conseil militaire de Deir Ezzor', { same: 'CMDE' }],
      ['ORG', 'CMDE', { expansion: 'Conseil militaire de Deir Ezzor' }],
      ['LOC', 'Hajine', { place: [34.69, 40.83, 'SY'] }],
      ['LOC', 'Euphrate', { name: 'Euphrates' }],
    ],
  },
  {
    name: 'an acronym defined earlier without brackets',
    language: 'fr',
    given:
      "L'Observatoire syrien des droits de l'homme a fait état de 30 morts à Alep. Selon l'OSDH, des avions russes ont bombardé Idleb.",
    then: [
      ['ORG', "Observatoire syrien des droits de l'homme", { same: 'OSDH' }],
      ['LOC', 'Alep', { place: [36.2, 37.16, 'SY'] }],
      ['ORG', 'OSDH', { expansion: "Observatoire syrien des droits de l'homme" }],
      ['LOC', 'Idleb', { place: [35.93, 36.63, 'SY'] }],
    ],
  },
  {
    name: 'curated acronyms across languages: EI, Daech, FDS',
    language: 'fr',
    given:
      "Le groupe jihadiste Etat islamique (EI) a revendiqué l'attentat. Daech a perdu Raqa face aux FDS, soutenues par Washington.",
    then: [
      ['ORG', 'Etat islamique', { same: 'Daech' }],
      ['ORG', 'EI', { expansion: 'Etat islamique', same: 'Etat islamique' }],
      ['ORG', 'Daech'],
      ['LOC', 'Raqa', { place: [35.95, 39.01, 'SY'] }],
      ['ORG', 'FDS', { name: 'Syrian Democratic Forces', expansion: 'Forces démocratiques syriennes' }],
      ['LOC', 'Washington', { place: [38.9, -77.04, 'US'] }],
    ],
  },
  {
    name: 'places in French spellings',
    language: 'fr',
    given:
      "Des combats ont été signalés à Deir Ezzor, à Palmyre et à Lattaquié, tandis que l'armée irakienne progressait vers Falloujah et Kirkouk.",
    then: [
      ['LOC', 'Deir Ezzor', { place: [35.34, 40.14, 'SY'] }],
      ['LOC', 'Palmyre', { place: [34.56, 38.28, 'SY'] }],
      ['LOC', 'Lattaquié', { place: [35.52, 35.79, 'SY'] }],
      ['LOC', 'Falloujah', { place: [33.35, 43.78, 'IQ'] }],
      ['LOC', 'Kirkouk', { place: [35.47, 44.39, 'IQ'] }],
    ],
  },
  {
    name: 'sentence-initial common words are not names',
    language: 'fr',
    given:
      'Selon des sources locales, les raids ont visé Hassaké. Plus tard, Mais aussi Ces derniers jours, Les habitants de Qamichli ont fui.',
    then: [
      ['LOC', 'Hassaké', { place: [36.5, 40.75, 'SY'] }],
      ['LOC', 'Qamichli', { place: [37.05, 41.22, 'SY'] }],
    ],
  },
  {
    name: 'countries, demonyms and the capital after elision',
    language: 'fr',
    given:
      "Les Américains et les Britanniques entraînent des rebelles en Jordanie, a indiqué Londres. L'Iran et la Turquie ont protesté auprès des Nations unies.",
    then: [
      ['NORP', 'Américains', { country: 'US' }],
      ['NORP', 'Britanniques', { country: 'GB' }],
      ['LOC', 'Jordanie', { country: 'JO' }],
      ['LOC', 'Londres', { place: [51.51, -0.13, 'GB'] }],
      ['LOC', 'Iran', { country: 'IR' }],
      ['LOC', 'Turquie', { country: 'TR' }],
      ['ORG', 'Nations unies', { name: 'United Nations' }],
    ],
  },
  {
    name: 'name particles: Abou, al-, ibn',
    language: 'fr',
    given:
      "Le chef de l'EI, Abou Bakr al-Baghdadi, aurait été blessé près de Baaj, a affirmé le porte-parole Ahmed ibn Saleh.",
    then: [
      ['ORG', 'EI', { expansion: 'Etat islamique' }],
      ['PER', 'Abou Bakr al-Baghdadi'],
      ['LOC', 'Baaj', { place: [36.03, 41.72, 'IQ'] }],
      ['PER', 'Ahmed ibn Saleh', { title: 'porte-parole' }],
    ],
  },
  {
    name: 'a hyphenated pair of countries in a headline',
    language: 'fr',
    headline: true,
    given: "La coalition veut couper l'axe Irak-Syrie de l'EI\nLa coalition bombarde Boukamal, en Syrie.",
    then: [
      ['LOC', 'Irak', { country: 'IQ' }],
      ['LOC', 'Syrie', { country: 'SY' }],
      ['ORG', 'EI'],
      ['LOC', 'Boukamal', { place: [34.45, 40.92, 'SY'] }],
    ],
  },
  {
    name: 'places GeoNames lacks or misplaces (curated overrides)',
    language: 'fr',
    given:
      "Les derniers jihadistes sont retranchés à Baghouz et à Soussa. Les forces turques ont pris Ras al-Aïn, tandis que les FDS tiennent Aïn Issa et que la garnison d'Al-Tanf reste en alerte.",
    then: [
      ['LOC', 'Baghouz', { place: [34.46, 40.94, 'SY'] }],
      ['LOC', 'Soussa', { place: [34.49, 40.97, 'SY'] }],
      ['LOC', 'Ras al-Aïn', { place: [36.85, 40.07, 'SY'] }],
      ['ORG', 'FDS'],
      ['LOC', 'Aïn Issa', { place: [36.39, 38.86, 'SY'] }],
      ['LOC', 'Al-Tanf', { place: [33.5, 38.66, 'SY'] }],
    ],
  },
  {
    name: 'a minister and international organisations',
    language: 'fr',
    given:
      "Le ministre français des Affaires étrangères Jean-Yves Le Drian a rencontré à Genève l'émissaire de l'ONU Staffan de Mistura et des représentants du Comité international de la Croix-Rouge (CICR).",
    then: [
      ['PER', 'Jean-Yves Le Drian', { title: 'ministre' }],
      ['LOC', 'Genève', { place: [46.2, 6.15, 'CH'] }],
      ['ORG', 'ONU', { name: 'United Nations' }],
      ['PER', 'Staffan de Mistura', { title: 'émissaire' }],
      ['ORG', 'Comité international de la Croix-Rouge', { same: 'CICR' }],
      ['ORG', 'CICR', { expansion: 'Comité international de la Croix-Rouge' }],
    ],
  },
  {
    name: 'a speaker cued by the verb',
    language: 'fr',
    given: '"La situation est catastrophique", a déclaré Mazloum Abdi, commandant des FDS, depuis Hassaké.',
    then: [
      ['PER', 'Mazloum Abdi'],
      ['ORG', 'FDS'],
      ['LOC', 'Hassaké', { place: [36.5, 40.75, 'SY'] }],
    ],
  },
  {
    name: 'Ukraine in French',
    language: 'fr',
    given:
      "L'armée russe a bombardé Kharkiv et Odessa dans la nuit, a indiqué le président ukrainien Volodymyr Zelensky, qui a appelé l'Otan à livrer davantage de défenses aériennes à l'Ukraine.",
    then: [
      ['LOC', 'Kharkiv', { place: [49.99, 36.23, 'UA'] }],
      ['LOC', 'Odessa', { place: [46.48, 30.73, 'UA'] }],
      ['PER', 'Volodymyr Zelensky', { title: 'président' }],
      ['ORG', 'Otan', { name: 'North Atlantic Treaty Organization' }],
      ['LOC', 'Ukraine', { country: 'UA' }],
    ],
  },
  {
    name: 'Yemen and Saudi Arabia in French',
    language: 'fr',
    given:
      "Les rebelles houthis ont tiré un missile sur Ryad depuis Sanaa, selon la coalition menée par l'Arabie saoudite. Le port de Hodeida reste sous blocus.",
    then: [
      ['LOC', 'Ryad', { place: [24.69, 46.72, 'SA'] }],
      ['LOC', 'Sanaa', { place: [15.35, 44.21, 'YE'] }],
      ['LOC', 'Arabie saoudite', { country: 'SA' }],
      ['LOC', 'Hodeida', { place: [14.8, 42.95, 'YE'] }],
    ],
  },
  {
    name: 'Sahel in French',
    language: 'fr',
    given:
      "Des jihadistes liés à Al-Qaïda ont attaqué un camp militaire près de Gao, dans le nord du Mali, a annoncé l'armée malienne à Bamako.",
    then: [
      ['ORG', 'Al-Qaïda', { name: 'Al-Qaeda' }],
      ['LOC', 'Gao', { place: [16.27, -0.04, 'ML'] }],
      ['LOC', 'Mali', { country: 'ML' }],
      ['LOC', 'Bamako', { place: [12.65, -8.0, 'ML'] }],
    ],
  },
  {
    name: 'a general with an abbreviated civility and Pentagon',
    language: 'fr',
    given:
      "Selon le Pentagone, le général Joseph Votel s'est rendu à Bagdad. M. Votel a rencontré le Premier ministre irakien Haïder al-Abadi.",
    then: [
      ['ORG', 'Pentagone', { name: 'Pentagon' }],
      ['PER', 'Joseph Votel', { title: 'général', same: 'Votel' }],
      ['LOC', 'Bagdad', { place: [33.34, 44.4, 'IQ'] }],
      ['PER', 'Votel'],
      ['PER', 'Haïder al-Abadi', { title: 'premier ministre' }],
    ],
  },
  {
    name: 'Lebanon and Israel in French',
    language: 'fr',
    given:
      "Le Hezbollah a tiré des roquettes sur le nord d'Israël depuis le Liban, a affirmé l'armée israélienne. Des frappes ont visé Tyr et la banlieue sud de Beyrouth.",
    then: [
      ['ORG', 'Hezbollah'],
      ['LOC', 'Israël', { country: 'IL' }],
      ['LOC', 'Liban', { country: 'LB' }],
      ['LOC', 'Tyr', { place: [33.27, 35.2, 'LB'] }],
      ['LOC', 'Beyrouth', { place: [33.89, 35.5, 'LB'] }],
    ],
  },
  {
    name: 'Gaza in French',
    language: 'fr',
    given:
      "Le Hamas a affirmé que 20 personnes avaient été tuées dans la bande de Gaza. L'Organisation mondiale de la santé (OMS) s'est dite inquiète pour l'hôpital de Khan Younès.",
    then: [
      ['ORG', 'Hamas'],
      ['LOC', 'Gaza', { place: [31.5, 34.47, 'PS'] }],
      ['ORG', 'Organisation mondiale de la santé', { same: 'OMS' }],
      ['ORG', 'OMS', { expansion: 'Organisation mondiale de la santé' }],
      ['LOC', 'Khan Younès', { place: [31.35, 34.31, 'PS'] }],
    ],
  },
  {
    name: 'titles in apposition and a region with a compass point',
    language: 'fr',
    given:
      'Le porte-parole du Kremlin, Dmitri Peskov, a critiqué le chef de la diplomatie américaine, Marco Rubio. Les Forces de soutien rapide (FSR) ont pris El-Facher, capitale du Darfour-Nord.',
    then: [
      ['ORG', 'Kremlin'],
      ['PER', 'Dmitri Peskov', { title: 'porte-parole' }],
      ['PER', 'Marco Rubio', { title: 'chef de la diplomatie' }],
      ['ORG', 'Forces de soutien rapide', { same: 'FSR' }],
      ['ORG', 'FSR', { expansion: 'Forces de soutien rapide' }],
      ['LOC', 'El-Facher', { place: [13.63, 25.35, 'SD'] }],
      ['LOC', 'Darfour-Nord', { country: 'SD', name: 'Darfur' }],
    ],
  },
  {
    name: 'village names GeoNames spells otherwise, and seas',
    language: 'fr',
    given:
      "Des raids ont visé Kafr Nabl, Maaret al-Noomane et Saraqeb. Les Houthis ont attaqué un cargo en mer Rouge, selon l'agence Tass.",
    then: [
      ['LOC', 'Kafr Nabl', { place: [35.61, 36.56, 'SY'] }],
      ['LOC', 'Maaret al-Noomane'],
      ['LOC', 'Saraqeb', { place: [35.86, 36.81, 'SY'] }],
      ['ORG', 'Houthis'],
      ['LOC', 'mer Rouge', { name: 'Red Sea' }],
      ['ORG', 'Tass', { name: 'TASS' }],
    ],
  },
  {
    name: 'a homonym capital stays the capital when another country is named',
    language: 'fr',
    given: "Washington et Paris ont salué l'accord conclu à Doha entre les talibans et les Etats-Unis.",
    then: [
      ['LOC', 'Washington', { place: [38.9, -77.04, 'US'] }],
      ['LOC', 'Paris', { place: [48.85, 2.35, 'FR'] }],
      ['LOC', 'Doha', { place: [25.29, 51.53, 'QA'] }],
      ['LOC', 'Etats-Unis', { country: 'US' }],
    ],
  },
  {
    name: 'the Sahel: an acronym pair in brackets, a junta leader, and a common acronym that is no name',
    language: 'fr',
    given:
      "Le Groupe de soutien à l'islam et aux musulmans (GSIM, JNIM en arabe) a revendiqué l'attaque près de Mopti. La junte dirigée par le colonel Assimi Goïta s'est tournée vers la Russie, selon l'ONG Human Rights Watch.",
    then: [
      ['ORG', "Groupe de soutien à l'islam et aux musulmans", { same: 'GSIM' }],
      ['ORG', 'GSIM', { expansion: "Groupe de soutien à l'islam et aux musulmans" }],
      ['ORG', 'JNIM', { same: 'GSIM' }],
      ['LOC', 'Mopti', { place: [14.48, -4.18, 'ML'] }],
      ['PER', 'Assimi Goïta', { title: 'colonel' }],
      ['LOC', 'Russie', { country: 'RU' }],
      ['ORG', 'Human Rights Watch'],
    ],
  },
  {
    name: 'Iraqi militias, a spokesman of the diplomacy and the supreme leader',
    language: 'fr',
    given:
      "Des frappes américaines ont visé des positions des Kataëb Hezbollah près d'Al-Qaïm, a annoncé le Pentagone. A Téhéran, le porte-parole de la diplomatie iranienne Nasser Kanani a condamné ces raids, tandis que le guide suprême Ali Khamenei réunissait le Conseil suprême de sécurité nationale.",
    then: [
      ['ORG', 'Kataëb Hezbollah', { name: 'Kataib Hezbollah' }],
      ['LOC', 'Al-Qaïm', { place: [34.37, 41.09, 'IQ'] }],
      ['ORG', 'Pentagone'],
      ['LOC', 'Téhéran', { place: [35.69, 51.42, 'IR'] }],
      ['PER', 'Nasser Kanani', { title: 'porte-parole' }],
      ['PER', 'Ali Khamenei', { title: 'guide suprême' }],
      ['ORG', 'Conseil suprême de sécurité nationale'],
    ],
  },
];

const EN: readonly Case[] = [
  {
    name: "an organisation's name opened by U.S. or U.N. takes the abbreviation",
    language: 'en',
    given: 'The strike was conducted by U.S. Africa Command after the U.N. Security Council voted.',
    then: [
      ['ORG', 'U.S. Africa Command'],
      ['ORG', 'U.N. Security Council'],
    ],
  },
  {
    name: 'a country named as an adjective is no place; as a subject or after a preposition it is',
    language: 'en',
    given: 'U.S. forces struck targets in Syria.\nThe U.S. said it would continue.',
    then: [
      ['LOC', 'Syria', { country: 'SY' }],
      ['LOC', 'U.S.', { country: 'US' }],
    ],
  },
  {
    name: 'title-case office and document names are nobody (no evidence of a person)',
    language: 'en',
    given: "The aircraft returned to the base, the wing's Public Affairs office said in a News Release.",
    then: [],
  },
  {
    name: 'a middle initial inside a name, a list item opening on "Near", a weekday after a place',
    language: 'en',
    given:
      'Spokesman Kenneth H. Bacon spoke in Washington.\n-- Near Mosul, a strike destroyed a vehicle.\nForces attacked targets in Syria Monday.',
    then: [
      ['PER', 'Kenneth H. Bacon'],
      ['LOC', 'Washington', { country: 'US' }],
      ['LOC', 'Mosul', { country: 'IQ' }],
      ['LOC', 'Syria', { country: 'SY' }],
    ],
  },
  {
    name: 'a named operation, and not the one inside a task force name',
    language: 'en',
    given:
      'Bombers flew strikes in support of Operation Odyssey Dawn.\nThe Combined Joint Task Force – Operation Inherent Resolve said so.',
    then: [
      ['MISC', 'Operation Odyssey Dawn', { name: 'Odyssey Dawn' }],
      ['ORG', 'Combined Joint Task Force – Operation Inherent Resolve'],
    ],
  },
  {
    name: 'a colonel with a capitalised title, then his surname',
    language: 'en',
    given:
      'Coalition aircraft struck Islamic State positions near Abu Kamal on Tuesday, said Colonel Ryan Dillon, a spokesman for the coalition. Dillon said the strikes destroyed 12 fighting positions.',
    then: [
      ['ORG', 'Islamic State'],
      ['LOC', 'Abu Kamal', { place: [34.45, 40.92, 'SY'] }],
      ['PER', 'Ryan Dillon', { title: 'colonel', same: 'Dillon' }],
      ['PER', 'Dillon'],
    ],
  },
  {
    name: 'the Reuters spellings of Syrian towns',
    language: 'en',
    given: 'Fighting raged in Albu Kamal, Al-Bukamal and Mayadeen, while convoys left Raqqa for Deir al-Zor.',
    then: [
      ['LOC', 'Albu Kamal', { place: [34.45, 40.92, 'SY'], same: 'Al-Bukamal' }],
      ['LOC', 'Al-Bukamal', { place: [34.45, 40.92, 'SY'] }],
      ['LOC', 'Mayadeen', { place: [35.02, 40.45, 'SY'] }],
      ['LOC', 'Raqqa', { place: [35.95, 39.01, 'SY'] }],
      ['LOC', 'Deir al-Zor', { place: [35.34, 40.14, 'SY'] }],
    ],
  },
  {
    name: 'an organisation with its acronym in brackets, then the acronym',
    language: 'en',
    given:
      'The U.S.-backed Syrian Democratic Forces (SDF) said they had captured the Omar oil field. An SDF commander said Islamic State fighters fled toward Hajin.',
    // "U.S.-backed": a country's name used as an adjective is no place (docs/annotation.md).
    then: [
      ['ORG', 'Syrian Democratic Forces', { same: 'SDF' }],
      ['ORG', 'SDF', { expansion: 'Syrian Democratic Forces' }],
      ['ORG', 'Islamic State'],
      ['LOC', 'Hajin', { place: [34.69, 40.83, 'SY'] }],
    ],
  },
  {
    name: 'an acronym given first with its long form in brackets',
    language: 'en',
    given:
      'The CJTF-OIR (Combined Joint Task Force-Operation Inherent Resolve) said 14 strikes hit ISIS targets in Iraq and Syria.',
    then: [
      ['ORG', 'CJTF-OIR', { name: 'Combined Joint Task Force - Operation Inherent Resolve' }],
      ['ORG', 'Combined Joint Task Force-Operation Inherent Resolve', { same: 'CJTF-OIR' }],
      ['ORG', 'ISIS', { name: 'Islamic State' }],
      ['LOC', 'Iraq', { country: 'IQ' }],
      ['LOC', 'Syria', { country: 'SY' }],
    ],
  },
  {
    name: 'SOHR with the observatory named before',
    language: 'en',
    given:
      'The Syrian Observatory for Human Rights reported 25 dead in Aleppo. The Britain-based SOHR relies on a network of sources inside Syria.',
    then: [
      ['ORG', 'Syrian Observatory for Human Rights', { same: 'SOHR' }],
      ['LOC', 'Aleppo', { place: [36.2, 37.16, 'SY'] }],
      ['LOC', 'Britain', { country: 'GB' }],
      ['ORG', 'SOHR', { expansion: 'Syrian Observatory for Human Rights' }],
      ['LOC', 'Syria', { country: 'SY' }],
    ],
  },
  {
    name: 'an unknown organisation defined by the text',
    language: 'en',
    given:
      'The Manbij Military Council (MMC) said Turkish-backed fighters shelled villages west of Manbij. The MMC called on the United Nations to intervene.',
    then: [
      ['ORG', 'Manbij Military Council', { same: 'MMC' }],
      ['ORG', 'MMC', { expansion: 'Manbij Military Council' }],
      ['NORP', 'Turkish', { country: 'TR' }],
      ['LOC', 'Manbij', { place: [36.53, 37.95, 'SY'] }],
      ['ORG', 'United Nations'],
    ],
  },
  {
    name: 'a title-case headline',
    language: 'en',
    headline: true,
    given:
      'Islamic State Claims Attack Near Baghdad as Iraqi Forces Advance on Mosul\nIraqi troops pushed into western Mosul on Sunday, officials in Baghdad said.',
    then: [
      ['ORG', 'Islamic State'],
      ['LOC', 'Baghdad', { place: [33.34, 44.4, 'IQ'] }],
      ['NORP', 'Iraqi', { country: 'IQ' }],
      ['LOC', 'Mosul', { place: [36.34, 43.13, 'IQ'] }],
    ],
  },
  {
    name: 'a headline naming people by surname only',
    language: 'en',
    headline: true,
    given:
      'Putin Meets Assad in Damascus Amid Fighting Near Idlib\nRussian President Vladimir Putin met Syrian President Bashar al-Assad in Damascus on Tuesday.',
    then: [
      ['PER', 'Putin', { same: 'Vladimir Putin' }],
      ['PER', 'Assad', { same: 'Bashar al-Assad' }],
      ['LOC', 'Damascus', { place: [33.51, 36.29, 'SY'] }],
      ['LOC', 'Idlib', { place: [35.93, 36.63, 'SY'] }],
      ['NORP', 'Russian', { country: 'RU' }],
      ['PER', 'Vladimir Putin', { title: 'president' }],
      ['NORP', 'Syrian', { country: 'SY' }],
      ['PER', 'Bashar al-Assad', { title: 'president' }],
    ],
  },
  {
    name: 'a dateline in capitals',
    language: 'en',
    given:
      'BEIRUT (Reuters) - Israeli jets struck targets near Tyre, Lebanese security sources said, hours after Hezbollah fired rockets at northern Israel.',
    then: [
      ['LOC', 'BEIRUT', { place: [33.89, 35.5, 'LB'] }],
      ['ORG', 'Reuters'],
      ['NORP', 'Israeli', { country: 'IL' }],
      ['LOC', 'Tyre', { place: [33.27, 35.2, 'LB'] }],
      ['NORP', 'Lebanese', { country: 'LB' }],
      ['ORG', 'Hezbollah'],
      ['LOC', 'Israel', { country: 'IL' }],
    ],
  },
  {
    name: 'a secretary of state and a ministry',
    language: 'en',
    given:
      'Secretary of State Antony Blinken told reporters in Ankara that NATO would not be drawn into the conflict, the State Department said.',
    then: [
      ['PER', 'Antony Blinken', { title: 'secretary of state' }],
      ['LOC', 'Ankara', { place: [39.92, 32.85, 'TR'] }],
      ['ORG', 'NATO', { name: 'North Atlantic Treaty Organization' }],
      ['ORG', 'State Department'],
    ],
  },
  {
    name: 'sentence-initial capitals are not names',
    language: 'en',
    given:
      'However, the fighting continued. Meanwhile aid workers said Mosul was cut off. Residents fled toward Erbil. According to the UN, 3,000 people left.',
    then: [
      ['LOC', 'Mosul', { place: [36.34, 43.13, 'IQ'] }],
      ['LOC', 'Erbil', { place: [36.19, 44.01, 'IQ'] }],
      ['ORG', 'UN', { name: 'United Nations' }],
    ],
  },
  {
    name: 'Ukraine in English',
    language: 'en',
    given:
      'Russian forces shelled Kharkiv and Kherson overnight, Ukrainian President Volodymyr Zelenskiy said, as the European Union prepared new sanctions against Moscow.',
    then: [
      ['NORP', 'Russian', { country: 'RU' }],
      ['LOC', 'Kharkiv', { place: [49.99, 36.23, 'UA'] }],
      ['LOC', 'Kherson', { place: [46.64, 32.61, 'UA'] }],
      ['NORP', 'Ukrainian', { country: 'UA' }],
      ['PER', 'Volodymyr Zelenskiy', { title: 'president' }],
      ['ORG', 'European Union', { name: 'European Union' }],
      ['LOC', 'Moscow', { place: [55.75, 37.62, 'RU'] }],
    ],
  },
  {
    name: 'a spokesman cued by "said" after the name',
    language: 'en',
    given:
      '"We will not stop until Raqqa is liberated," Talal Silo, a spokesman for the SDF, told Reuters by phone from Hasakah.',
    then: [
      ['LOC', 'Raqqa', { place: [35.95, 39.01, 'SY'] }],
      ['PER', 'Talal Silo'],
      ['ORG', 'SDF', { name: 'Syrian Democratic Forces' }],
      ['ORG', 'Reuters'],
      ['LOC', 'Hasakah', { place: [36.5, 40.75, 'SY'] }],
    ],
  },
  {
    name: 'Iraqi militias and Iran',
    language: 'en',
    given:
      'The Popular Mobilization Forces, an umbrella of mostly Shiite militias backed by Iran, took Tal Afar after a week of fighting, Prime Minister Haider al-Abadi said.',
    then: [
      ['ORG', 'Popular Mobilization Forces'],
      ['NORP', 'Shiite'],
      ['LOC', 'Iran', { country: 'IR' }],
      ['LOC', 'Tal Afar', { place: [36.38, 42.45, 'IQ'] }],
      ['PER', 'Haider al-Abadi', { title: 'prime minister' }],
    ],
  },
  {
    name: 'Yemen in English',
    language: 'en',
    given:
      'The Saudi-led coalition launched air strikes on Sanaa and the port city of Hodeidah, the Houthi-run Al Masirah TV said.',
    then: [
      ['NORP', 'Saudi', { country: 'SA' }],
      ['LOC', 'Sanaa', { place: [15.35, 44.21, 'YE'] }],
      ['LOC', 'Hodeidah', { place: [14.8, 42.95, 'YE'] }],
      ['ORG', 'Houthi'],
      ['ORG', 'Al Masirah TV'],
    ],
  },
  {
    name: 'Libya with a homonym capital',
    language: 'en',
    given:
      'Forces loyal to Khalifa Haftar advanced on Tripoli, the seat of the U.N.-recognised government in Libya, while fighting eased around Benghazi.',
    then: [
      ['PER', 'Khalifa Haftar'],
      ['LOC', 'Tripoli', { place: [32.89, 13.19, 'LY'] }],
      ['ORG', 'U.N.'],
      ['LOC', 'Libya', { country: 'LY' }],
      ['LOC', 'Benghazi', { place: [32.12, 20.07, 'LY'] }],
    ],
  },
  {
    name: 'Somalia and al Shabaab',
    language: 'en',
    given:
      'Al Shabaab militants attacked a hotel in Mogadishu on Friday, police officer Mohamed Hussein said, adding that Somali forces had retaken the building.',
    then: [
      ['ORG', 'Al Shabaab', { name: 'Al-Shabaab' }],
      ['LOC', 'Mogadishu', { place: [2.04, 45.34, 'SO'] }],
      ['PER', 'Mohamed Hussein'],
      ['NORP', 'Somali', { country: 'SO' }],
    ],
  },
  {
    name: 'Americans and the Pentagon',
    language: 'en',
    given:
      'The Pentagon said about 2,000 Americans were deployed in Syria, most of them in the northeast near Kobani and at the al-Tanf garrison near the Jordanian border.',
    then: [
      ['ORG', 'Pentagon'],
      ['NORP', 'Americans', { country: 'US' }],
      ['LOC', 'Syria', { country: 'SY' }],
      ['LOC', 'Kobani', { place: [36.89, 38.35, 'SY'] }],
      ['LOC', 'al-Tanf', { place: [33.5, 38.66, 'SY'] }],
      ['NORP', 'Jordanian', { country: 'JO' }],
    ],
  },
  {
    name: 'the White House and the Kremlin',
    language: 'en',
    given:
      'White House spokeswoman Karine Jean-Pierre said the call lasted an hour, while the Kremlin said President Vladimir Putin had raised Ukraine.',
    then: [
      ['ORG', 'White House'],
      ['PER', 'Karine Jean-Pierre', { title: 'spokeswoman' }],
      ['ORG', 'Kremlin'],
      ['PER', 'Vladimir Putin', { title: 'president' }],
      ['LOC', 'Ukraine', { country: 'UA' }],
    ],
  },
  {
    name: 'a general by abbreviation',
    language: 'en',
    given:
      'Gen. Joseph Votel, head of U.S. Central Command, visited Baghdad and Erbil this week. Votel met Kurdish leaders.',
    then: [
      ['PER', 'Joseph Votel', { title: 'general', same: 'Votel' }],
      ['ORG', 'U.S. Central Command', { name: 'United States Central Command' }],
      ['LOC', 'Baghdad', { place: [33.34, 44.4, 'IQ'] }],
      ['LOC', 'Erbil', { place: [36.19, 44.01, 'IQ'] }],
      ['PER', 'Votel'],
      ['NORP', 'Kurdish'],
    ],
  },
  {
    name: 'a dateline with country, a byline and editors',
    language: 'en',
    given:
      'KYIV, Ukraine (AP) - A Russian missile strike on Dnipro killed 12 people, officials said. Reporting by Tom Balmforth in London; editing by Mark Heinrich.',
    then: [
      ['LOC', 'KYIV', { place: [50.45, 30.52, 'UA'] }],
      ['LOC', 'Ukraine', { country: 'UA' }],
      ['ORG', 'AP', { expansion: 'Associated Press' }],
      ['NORP', 'Russian', { country: 'RU' }],
      ['LOC', 'Dnipro', { place: [48.47, 35.04, 'UA'] }],
      ['PER', 'Tom Balmforth'],
      ['LOC', 'London', { place: [51.51, -0.13, 'GB'] }],
      ['PER', 'Mark Heinrich'],
    ],
  },
  {
    name: 'a title-case headline with verbs that fold like towns',
    language: 'en',
    headline: true,
    given:
      'Putin Meets Erdogan as Houthis Strike Ships in Red Sea\nRussian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on Friday.',
    then: [
      ['PER', 'Putin', { same: 'Vladimir Putin' }],
      ['PER', 'Erdogan', { same: 'Tayyip Erdogan' }],
      ['ORG', 'Houthis'],
      ['LOC', 'Red Sea', { name: 'Red Sea' }],
      ['NORP', 'Russian', { country: 'RU' }],
      ['PER', 'Vladimir Putin', { title: 'president' }],
      ['NORP', 'Turkish', { country: 'TR' }],
      ['PER', 'Tayyip Erdogan', { title: 'president' }],
      ['LOC', 'Sochi', { place: [43.6, 39.73, 'RU'] }],
    ],
  },
  {
    name: 'Iraqi regions, ranks and a Reuters byline',
    language: 'en',
    given:
      '"Daesh is finished in Nineveh," said Major General Najm al-Jabouri. Kurdish Peshmerga fighters also took part.\n(Reporting by Maher Chmaytelli; Editing by Janet Lawrence)',
    then: [
      ['ORG', 'Daesh', { name: 'Islamic State' }],
      ['LOC', 'Nineveh', { country: 'IQ' }],
      ['PER', 'Najm al-Jabouri', { title: 'major general' }],
      ['NORP', 'Kurdish'],
      ['ORG', 'Peshmerga'],
      ['PER', 'Maher Chmaytelli'],
      ['PER', 'Janet Lawrence'],
    ],
  },
  {
    name: 'possessives, a spokesman in apposition and an elite unit',
    language: 'en',
    given:
      "Turkey's President Recep Tayyip Erdogan met U.N. Secretary-General Antonio Guterres in Istanbul. The SDF's spokesman, Farhad Shami, said detainees escaped from al-Hol camp. Israel said it killed a commander of Hezbollah's elite Radwan Force.",
    then: [
      ['LOC', 'Turkey', { country: 'TR' }],
      ['PER', 'Recep Tayyip Erdogan', { title: 'president' }],
      ['ORG', 'U.N.', { name: 'United Nations' }],
      ['PER', 'Antonio Guterres', { title: 'secretary-general' }],
      ['LOC', 'Istanbul', { place: [41.01, 28.95, 'TR'] }],
      ['ORG', 'SDF', { name: 'Syrian Democratic Forces' }],
      ['PER', 'Farhad Shami', { title: 'spokesman' }],
      ['LOC', 'al-Hol', { place: [36.39, 41.15, 'SY'] }],
      ['LOC', 'Israel', { country: 'IL' }],
      ['ORG', 'Hezbollah'],
      ['ORG', 'Radwan Force'],
    ],
  },
];

function check(entities: Entity[], c: Case): void {
  const found = [...new Set(entities.map((e) => `${e.type} ${e.text}`))].sort();
  const wanted = [...new Set(c.then.map(([type, text]) => `${type} ${text}`))].sort();
  expect(found).toEqual(wanted);
  for (const [type, text, want] of c.then) {
    if (want === undefined) continue;
    const mine = entities.filter((e) => e.type === type && e.text === text);
    for (const e of mine) {
      if (want.place !== undefined) {
        const [lat, lon, cc] = want.place;
        expect(e.canonical?.country).toBe(cc);
        expect(km(lat, lon, e.canonical?.lat ?? 0, e.canonical?.lon ?? 0)).toBeLessThanOrEqual(25);
      }
      if (want.country !== undefined) expect(e.canonical?.country).toBe(want.country);
      if (want.name !== undefined) expect(e.canonical?.name).toBe(want.name);
      if (want.title !== undefined) expect(e.title).toBe(want.title);
      if (want.expansion !== undefined) expect(e.expansion).toBe(want.expansion);
      if (want.same !== undefined) {
        const other = entities.filter((o) => o.text === want.same);
        expect(other.length).toBeGreaterThan(0);
        for (const o of other) expect(o.canonical?.id).toBe(e.canonical?.id);
        expect(e.canonical?.id).toBeDefined();
      }
    }
  }
}

describe.each([
  ['French', FR],
  ['English', EN],
])('tagEntities on %s wire sentences', (_lang, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('given %s', (_name, c) => {
    const segments = segmentsOf(c.given, c.headline === true);
    const entities = tagEntities({ text: c.given, language: c.language, segments });
    for (const e of entities) {
      expect(c.given.slice(e.start, e.end)).toBe(e.text);
      const seg = segments.find((s) => s.id === e.segmentId)!;
      expect(e.start >= seg.start && e.end <= seg.end).toBe(true);
    }
    check(entities, c);
  });
});

describe('tagEntities on a country named as an adjective', () => {
  it('tags the subject "U.S.", not the adjective in "U.S. forces"', () => {
    const text = 'U.S. forces struck targets in Syria. The U.S. said it would continue.';
    const entities = tagEntities({
      text,
      language: 'en',
      segments: [{ id: 's', start: 0, end: text.length, role: 'body' }],
    });
    expect(entities.filter((e) => e.text === 'U.S.').map((e) => e.start)).toEqual([text.lastIndexOf('U.S.')]);
  });
});

describe('tagEntities contract', () => {
  it('given no segments, then no entities', () => {
    expect(tagEntities({ text: 'Raqqa', language: 'en', segments: [] })).toEqual([]);
  });
  it('given the same input twice, then the same output (deterministic)', () => {
    const text = 'Le colonel Chris Garver a parlé depuis Bagdad.';
    const input = { text, language: 'fr', segments: segmentsOf(text, false) };
    expect(tagEntities(input)).toEqual(tagEntities(input));
  });
  it.each([
    ['emoji and other scripts', '🔥 Breaking: الرقة — Раqqa 🇸🇾 (AFP) « Alep » ... ???'],
    ['unbalanced brackets and quotes', '( ( ) EI ( Forces démocratiques ) " ) « FDS'],
    ['only punctuation and digits', '... 10.000 - 24 / 31 ; 2,500 !'],
    ['an apostrophe at the end', "l' d' L' Irak'"],
  ])('given %s, then it does not throw and every offset slices the text', (_name, text) => {
    const segments = segmentsOf(text, true);
    const entities = tagEntities({ text, language: 'fr', segments });
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('given two segments, then each entity names the segment holding it', () => {
    const text = 'Des frappes ont visé Raqa.\nLes FDS avancent vers Minbej.';
    const entities = tagEntities({ text, language: 'fr', segments: segmentsOf(text, false) });
    expect(entities.map((e) => [e.text, e.segmentId])).toEqual([
      ['Raqa', 's0'],
      ['FDS', 's1'],
      ['Minbej', 's1'],
    ]);
  });
});
