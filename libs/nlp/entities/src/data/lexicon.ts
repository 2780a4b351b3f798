import { calendarWords } from '@wirestream/nlp-text';

// Closed-class and cue words, in folded form (lower case, no diacritics: see foldText).

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/**
 * Words that are capitalised only because they open a sentence or a headline, never names on their own
 * (day and month names from nlp-text's calendar).
 * Checked on the folded word; any word also seen in lower case in the dispatch is treated the same way.
 */
export const COMMON_WORDS = words(`
  a au aux avec ce ces cet cette ceci cela celui celle ceux chaque comme dans de des du donc elle elles en entre et
  il ils je la le les leur leurs lui mais me mes meme moi mon ne ni nos notre nous on ou par pas plus pour quand que
  qui quoi sa sans se selon ses si son sous sur ta te tes toi ton tous tout toute toutes tu un une vers vos votre vous
  apres avant depuis deja encore enfin ensuite hier aujourdhui demain ici la-bas lors puis outre parmi pendant
  selon malgre contre chez afin ainsi alors aussi autre autres bien car certains certaines plusieurs quelque
  the a an and or but if of in on at to for from by with without about after before during since until while
  he she it they we you i his her its their our your this that these those there here then when where why how
  what which who whom whose as so not no yes all any some many most more much other others such only also
  however meanwhile although though because according earlier later yesterday today tomorrow tonight
  breaking update exclusive urgent flash photo video analyse analysis interview
  near nearby outside inside around across along both several another each every pres aupres
  ${calendarWords(['en', 'fr'], ['months', 'weekdays']).join(' ')}
`);

/** Person titles and roles, matched on folded words (multi-word ones as phrases). */
export const TITLES: readonly string[] = [
  'president',
  'presidente',
  'vice-president',
  'premier ministre',
  'prime minister',
  'ministre',
  'minister',
  'secretaire d etat',
  'secretary of state',
  'secretaire general',
  'secretary-general',
  'secretary general',
  'secretary',
  'secretaire',
  'porte-parole',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'colonel',
  'lieutenant-colonel',
  'lieutenant colonel',
  'general',
  'lieutenant-general',
  'major general',
  'major-general',
  'brigadier general',
  'brigadier-general',
  'general de brigade',
  'commandant',
  'commander',
  'capitaine',
  'captain',
  'lieutenant',
  'sergent',
  'sergeant',
  'amiral',
  'admiral',
  'vice-amiral',
  'vice admiral',
  'marechal',
  'marshal',
  'col',
  'gen',
  'lt',
  'maj',
  'capt',
  'adm',
  'sgt',
  'cmdr',
  'brig',
  'roi',
  'king',
  'reine',
  'queen',
  'prince',
  'princesse',
  'princess',
  'emir',
  'cheikh',
  'sheikh',
  'sheik',
  'ayatollah',
  'imam',
  'pape',
  'pope',
  'patriarche',
  'ambassadeur',
  'ambassadrice',
  'ambassador',
  'envoye special',
  'emissaire',
  'envoy',
  'special envoy',
  'depute',
  'deputee',
  'senateur',
  'senatrice',
  'senator',
  'congressman',
  'congresswoman',
  'representative',
  'gouverneur',
  'governor',
  'maire',
  'mayor',
  'directeur',
  'directrice',
  'director',
  'chancelier',
  'chanceliere',
  'chancellor',
  'juge',
  'judge',
  'procureur',
  'prosecutor',
  'm',
  'mme',
  'mlle',
  'mr',
  'mrs',
  'ms',
  'dr',
  'docteur',
  'doctor',
  'professeur',
  'professor',
  'prof',
  'chef de la diplomatie',
  'chef d etat-major',
  'chef',
  'chief',
  'leader',
  'dirigeant',
  'commissaire',
  'commissioner',
  'emissaire',
  'negociateur',
  'negotiator',
  'militant',
  'activist',
  'journaliste',
  'journalist',
  'correspondant',
  'correspondent',
  'analyste',
  'analyst',
  'expert',
  'chercheur',
  'researcher',
  'guide supreme',
  'supreme leader',
  'conseiller',
  'conseillere',
  'adviser',
  'advisor',
  'haut responsable',
  'official',
  'responsable',
];

/** Abbreviated titles ("Gen. Votel", "Dr Ali"), mapped to the full title; civilities (M., Mr) give none. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  dr: 'doctor',
  col: 'colonel',
  gen: 'general',
  lt: 'lieutenant',
  maj: 'major',
  capt: 'captain',
  adm: 'admiral',
  sgt: 'sergeant',
  cmdr: 'commander',
  brig: 'brigadier',
  prof: 'professor',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
};

/** Verbs that introduce or follow a speaker: "a indiqué X", "X said", "said X", "selon X". */
export const SPEECH_BEFORE = words(`
  indique affirme ajoute declare dit precise explique souligne estime assure annonce confirme rapporte raconte
  souligne affirmait indiquait declarait temoigne poursuit conclut insiste reconnait
  said says told added stated explained noted insisted confirmed announced according tweeted wrote
`);
export const SPEECH_AFTER = words(
  `said says told added stated explained noted insisted confirmed announced wrote tweeted`,
);

/** Words before a name that make a place reading likely: "près de Boukamal", "in Raqqa". */
export const LOCATIVE_CUES = words(`
  a au aux en pres vers depuis dans sur entre jusqu jusqua autour sud nord est ouest environs region province
  ville village localite quartier banlieue gouvernorat district faubourg camp frontiere
  in at near from to outside around into toward towards across through across city town village province
  district governorate region neighbourhood neighborhood suburb outskirts
`);

/** First words that make a capitalised span an organisation ("Forces démocratiques…", "Ministry of…"). */
export const ORG_HEADS = words(`
  forces force armee army ministere ministry conseil council front parti party brigade brigades bataillon battalion
  observatoire observatory organisation organization agence agency union comite committee mouvement movement
  bureau institut institute universite university banque bank compagnie company corps garde gardes guard guards
  commandement command division regiment service services departement department office assemblee assembly
  parlement parliament senat senate congres congress cour court tribunal commission fonds fund programme program
  association federation coalition alliance ligue league groupe group reseau network societe society fondation
  foundation centre center autorite authority gouvernement government police gendarmerie marine navy
  unites units conseil croissant crescent haut high ecole school hopital hospital
`);

/** Last words that make a capitalised span an organisation ("Syrian Democratic Forces", "Al Jazeera TV"). */
export const ORG_TAILS = words(`
  forces force army ministry council front party brigade brigades battalion observatory organisation organization agency
  union committee movement bureau institute university bank company corps guard guards command division regiment
  service department office assembly parliament senate congress court tribunal commission fund programme program
  association federation coalition alliance league group network society foundation center centre authority
  government police navy units inc corp ltd sa plc news times post tv television radio press airlines airways
`);

/** Lower-case words allowed to continue a French organisation name after its head ("Forces démocratiques syriennes"). */
export const ORG_ADJECTIVES = words(`
  democratique democratiques islamique islamiques libre libres national nationale nationaux nationales populaire
  populaires revolutionnaire revolutionnaires unifie unifiee unifies arabe arabes kurde kurdes internationale
  international internationaux internationales syrien syrienne syriens syriennes irakien irakienne irakiens
  irakiennes americain americaine americains americaines europeen europeenne francais francaise britannique
  russe russes turc turque iranien iranienne israelien israelienne libanais libanaise palestinien palestinienne
  special speciale speciales speciaux federal federale mondial mondiale supreme central centrale
  civile civil militaire militaires general generale africain africaine africains europeens europeennes
  asiatique mondiale mondiaux atlantique regional regionale local locale adjoint adjointe interimaire sortant
  sortante nouveau nouvelle ancien ancienne former acting deputy senior top occidental occidentale islamiste islamistes chiite chiites sunnite sunnites
`);

/**
 * First words of Arabic place names and of natural features ("Maaret al-Noomane", "Deir Hafer", "Tal Abyad"):
 * a span they open is a place even when the gazetteer lacks its spelling.
 */
export const PLACE_HEADS = words(`
  maaret maarat marat deir dayr tal tall tell kafr kfar kafer ain ayn ras jisr bir beit bayt umm qasr hammam jabal jebel
  djebel wadi souk suq khirbet khirbat mazraat hay kafar
  mer golfe lac mont monts detroit canal ile iles desert vallee plaine plateau cap fleuve riviere
  mount lake gulf strait cape
`);

/** Last words of natural features ("Red Sea", "Persian Gulf", "Nuba Mountains"). */
export const PLACE_TAILS = words(`
  sea gulf ocean river mountains mountains hills valley desert strait straits island islands peninsula canal lake
  bay plain plains heights basin delta corridor
`);

/** Lower-case nouns allowed after "de/des/du" inside an organisation name ("Conseil de sécurité"). */
export const ORG_OF_NOUNS = words(`
  securite defense interieur justice sante droits homme l homme affaires etrangeres renseignement protection
  peuple liberation salut sauvetage secours reconstruction transition diplomatie armee coalition gouvernement
  presidence police ministere
`);

/** Words joining the capitalised words of one name: "Abou Bakr al-Baghdadi", "Organisation of …". */
export const NAME_CONNECTORS = words(
  `de du des la le l d bin ben ibn bint abu abou van von der den da dos al el of the for and`,
);

/** Connectors that join two names into one only when the whole is a known organisation. */
export const ORG_ONLY_CONNECTORS = words(`of the for and des du de la le l d`);

/** Lower-case name particles that stay inside a person's name. */
export const NAME_PARTICLES = words(`al el bin ben ibn bint abu abou van von der den da dos de du`);

/**
 * Frequent given names in wire copy (Arabic in French and English transliteration, Kurdish, Persian,
 * Turkish, Western): a capitalised word followed by another capitalised word is then a person.
 */
export const FIRST_NAMES = words(`
  abdallah abdullah abdelaziz abdel abdul abdelkader abdelhamid abdelmalek abdelrahman abdulrahman abd
  ahmad ahmed ali amer amir amr anas anwar ashraf ayman bachar bashar bassam bilal fadi fahd faisal fayez fares
  farouk fouad fuad ghassan habib hadi haidar haider hamid hamza hani hassan hasan hussein hossein houssam ibrahim
  imad issa jamal jamil jihad kamal karim khaled khalid khalil lina mahmoud mahmud majid malik mansour mansur
  marwan maher mohamed mohammed mohammad mohamad muhammad moustafa mustafa nabil nader nasser nizar omar oussama
  osama qassem qasem qais rami rafik riad riyad saad said salah salim salman sami samir sayed sergei sergey
  tarek tariq walid yasser yasin yassin youssef yusuf zaid ziad zeid abbas akram nouri nuri massoud masoud
  mazloum mazlum ilham recep tayyip hakan mevlut bulent abiy ismail hamad tamim hafez maher asma rania
  recep vladimir dmitri dmitry sergueie volodymyr petro viktor alexei alexander alexandre alexandra
  john james robert michael william david richard joseph thomas charles christopher chris daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob
  gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond patrick
  jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
  keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
  bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
  philip johnny mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
  margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine
  christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
  kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
  teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
  danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
  jean pierre jacques michel philippe alain bernard francois nicolas laurent frederic olivier christophe
  emmanuel sebastien stephane didier eric thierry dominique patrice pascal gilles yves bruno herve denis
  sylvain fabien guillaume julien antoine vincent benoit arnaud xavier jerome matthieu maxime hugo lucas louis
  marine segolene martine anne sophie isabelle nathalie valerie sylvie catherine christine veronique
  florence agnes helene claire caroline laurence emilie celine aurelie elodie camille manon lea chloe
  ursula angela olaf friedrich boris rishi keir theresa tony gordon margaret antonio joe kamala hillary barack
  mike lloyd ashton jim kofi ban antonio staffan geir martin hans joao
`);

/** Words that look like acronyms but are not organisations. */
export const NON_ACRONYMS = words(`
  ok tv pm am gmt utc hq id pdf usd eur ii iii iv vi vii viii ix xi xii xx xxi km kg ong ngo pib gdp tva vat sms pdg
  ceo rpg dca eei ied qg hlm adn dna vih hiv sida covid mw kw gw jo tnt
`);
