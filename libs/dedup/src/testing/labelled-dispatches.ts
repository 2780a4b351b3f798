/**
 * Hand-written base dispatches for the labelled dedup set (news-style prose written for the tests,
 * modelled on agency copy; no real agency text besides the project's own fixture). Each base says which
 * name and place a correction may swap and which paragraph an update may add; the variants built from
 * them carry the label a careful annotator gives each kind of edit.
 */
export interface BaseDispatch {
  readonly id: string;
  readonly headline: string;
  readonly paragraphs: readonly string[];
  /** A paragraph an update adds. */
  readonly extra: string;
  /** A name in the body and what a correction changes it to. */
  readonly name: readonly [string, string];
  /** A place in the body and what a correction changes it to. */
  readonly place: readonly [string, string];
}

export const BASE_DISPATCHES: readonly BaseDispatch[] = [
  {
    id: 'quake-jp',
    headline: 'Séisme de magnitude 6,1 dans le nord du Japon',
    paragraphs: [
      "Un séisme de magnitude 6,1 a frappé mardi le nord du Japon, faisant au moins 12 blessés légers, selon l'agence météorologique japonaise.",
      "La secousse s'est produite à 10h32 heure locale au large de la préfecture d'Aomori, à une profondeur de 40 kilomètres. Aucune alerte au tsunami n'a été émise.",
      "Les trains à grande vitesse ont été brièvement arrêtés et la compagnie Tohoku Electric a indiqué qu'aucune anomalie n'avait été détectée dans ses centrales.",
    ],
    extra:
      "Le Premier ministre Fumio Kishida a demandé aux ministères de rassembler des informations et de coordonner l'aide aux sinistrés.",
    name: ['Tohoku Electric', 'Kansai Electric'],
    place: ["d'Aomori", "d'Iwate"],
  },
  {
    id: 'floods-jakarta',
    headline: 'Floods force thousands from homes in Jakarta',
    paragraphs: [
      'Heavy monsoon rain flooded large parts of the Indonesian capital Jakarta on Monday, forcing 4,500 residents to flee their homes, officials said.',
      'Water reached up to 1.5 metres in some eastern districts, and rescuers used rubber boats to evacuate elderly people, disaster agency spokesman Abdul Muhari told reporters.',
      'Two people were reported missing after being swept away by a swollen river in the south of the city.',
    ],
    extra:
      'Forecasters warned that more heavy rain was expected over the next three days across western Java.',
    name: ['Abdul Muhari', 'Agus Wibowo'],
    place: ['Jakarta', 'Surabaya'],
  },
  {
    id: 'coalition-boukamal',
    headline: "La coalition veut couper le dernier grand axe Irak-Syrie de l'EI",
    paragraphs: [
      "La coalition contre le groupe Etat islamique veut couper le dernier grand axe de communication des jihadistes entre la Syrie et l'Irak, ont indiqué mercredi des responsables militaires américains.",
      '"Nous travaillons à couper le dernier grand axe de communication entre l\'Irak et la Syrie", qui passe par la ville frontière de Boukamal, dans la vallée de l\'Euphrate, a indiqué le colonel Chris Garver, un porte-parole militaire de la coalition qui s\'exprimait par vidéo-conférence depuis Bagdad.\nLes combats pour reprendre la zone frontalière aux jihadistes "sont en cours en ce moment même", a-t-il affirmé.',
      "La coalition bombarde les positions de l'EI pour soutenir les efforts des combattants de la NAS. Ces dernières 24 heures, elle a ainsi mené huit bombardements près de Boukamal et cinq frappes près d'Al-Qaïm, selon le bilan quotidien des frappes fourni par les militaires américains.",
      'Les combattants syriens qui ont atteint les abords sud et ouest de Minbej ont saisi "plus de 10.000" documents ou outils de communication appartenant à l\'EI, s\'est félicité mercredi le colonel Garver.',
    ],
    extra:
      "Selon l'OSDH, ces combattants sont entraînés par les Américains et les Britanniques dans un camp de la coalition internationale en Jordanie.",
    name: ['Chris Garver', 'Chris Garvey'],
    place: ['Minbej', 'Jarablous'],
  },
  {
    id: 'strike-rail-fr',
    headline: 'Grève à la SNCF: trafic très perturbé jeudi',
    paragraphs: [
      "Le trafic ferroviaire sera très perturbé jeudi en raison d'une grève à l'appel de plusieurs syndicats, avec en moyenne un TGV sur trois et un TER sur quatre, a annoncé mercredi la SNCF.",
      'En Ile-de-France, le trafic des RER A et B sera également réduit de moitié, selon la direction, qui recommande aux voyageurs de reporter leurs déplacements.',
      'Les syndicats protestent contre la réforme du statut des cheminots présentée le mois dernier par le gouvernement. Une nouvelle journée de mobilisation est prévue le 22 mars.',
    ],
    extra:
      'La ministre des Transports, Elisabeth Borne, a appelé au dialogue et assuré que la concertation se poursuivrait la semaine prochaine.',
    name: ['SNCF', 'RATP'],
    place: ['Ile-de-France', 'Occitanie'],
  },
  {
    id: 'election-peru',
    headline: 'Peru presidential race too close to call',
    paragraphs: [
      "Peru's presidential run-off remained too close to call on Monday, with center-right economist Pedro Pablo Kuczynski holding a razor-thin lead of 0.4 percentage points over Keiko Fujimori with 98 percent of votes counted.",
      'Electoral officials said the final result could take several days as ballots from remote Amazon regions and from Peruvians living abroad were still being tallied.',
      'Both candidates urged their supporters to remain calm and wait for the official count.',
    ],
    extra:
      'Fujimori, the daughter of jailed former president Alberto Fujimori, lost the 2011 run-off by less than three points.',
    name: ['Keiko Fujimori', 'Veronika Mendoza'],
    place: ['Amazon', 'Andean'],
  },
  {
    id: 'flash-kabul',
    headline: 'Explosion heard in central Kabul',
    paragraphs: [
      'A powerful explosion was heard in central Kabul on Tuesday morning, an AFP journalist said, with a plume of smoke rising near the interior ministry.',
    ],
    extra:
      'There was no immediate claim of responsibility and police sealed off the area around the ministry.',
    name: ['AFP', 'Reuters'],
    place: ['Kabul', 'Jalalabad'],
  },
  {
    id: 'market-oil',
    headline: 'Oil prices climb after OPEC output deal',
    paragraphs: [
      'Oil prices rose more than 3 percent on Thursday after OPEC members and their allies agreed to extend production cuts until the end of next year, traders said.',
      'Brent crude, the international benchmark, gained $1.92 to close at $63.40 a barrel in London, while West Texas Intermediate climbed $1.55 to $58.20 in New York.',
      'Analysts said the extension had been widely expected but that the agreement by Russia to stick to its quota reassured the market.',
    ],
    extra:
      'Saudi energy minister Khalid al-Falih said the group would review the market in June and could adjust the cuts if needed.',
    name: ['Russia', 'Kazakhstan'],
    place: ['London', 'Singapore'],
  },
  {
    id: 'wildfire-ca',
    headline: 'California wildfire forces new evacuations',
    paragraphs: [
      'A fast-moving wildfire in northern California forced the evacuation of 8,000 more residents on Saturday as strong winds pushed the flames toward the town of Paradise, fire officials said.',
      'The blaze has burned more than 20,000 acres since Thursday and was only 5 percent contained, according to the state fire agency Cal Fire.',
      'Governor Jerry Brown declared a state of emergency in Butte County, freeing up state funds to fight the fire.',
    ],
    extra: 'About 3,000 firefighters backed by aircraft were battling the blaze in steep and rugged terrain.',
    name: ['Jerry Brown', 'Gavin Newsom'],
    place: ['Paradise', 'Chico'],
  },
  {
    id: 'court-fr',
    headline: "L'ancien maire condamné à deux ans de prison avec sursis",
    paragraphs: [
      "L'ancien maire de Grenoble, Alain Carignon, a été condamné lundi à deux ans de prison avec sursis et 50.000 euros d'amende pour abus de biens sociaux par le tribunal correctionnel de Lyon.",
      "Le tribunal lui reproche d'avoir fait financer par une société d'économie mixte des frais de campagne électorale entre 2008 et 2012.",
      'Son avocat a annoncé son intention de faire appel, estimant que le dossier était "vide".',
    ],
    extra:
      "Le parquet avait requis trois ans de prison dont un ferme ainsi qu'une peine d'inéligibilité de cinq ans.",
    name: ['Alain Carignon', 'Michel Destot'],
    place: ['Lyon', 'Valence'],
  },
  {
    id: 'covid-de',
    headline: 'Germany extends lockdown to mid-February',
    paragraphs: [
      'Germany will extend its partial lockdown until February 14 and make medical-grade masks compulsory on public transport and in shops, Chancellor Angela Merkel announced on Tuesday after talks with regional leaders.',
      'The country reported 11,369 new infections and 989 deaths in the past 24 hours, according to the Robert Koch Institute for disease control.',
      'Schools and daycare centres will remain closed, and employers will be required to let staff work from home wherever possible.',
    ],
    extra:
      'Merkel said the measures were needed to slow the spread of more contagious variants first detected in Britain and South Africa.',
    name: ['Angela Merkel', 'Olaf Scholz'],
    place: ['Germany', 'Austria'],
  },
  {
    id: 'migrants-med',
    headline: 'Des dizaines de migrants secourus en Méditerranée',
    paragraphs: [
      "Au moins 87 migrants ont été secourus dimanche au large de la Libye par le navire humanitaire Ocean Viking, a annoncé l'ONG SOS Méditerranée.",
      "Les migrants, dont 23 mineurs non accompagnés, se trouvaient à bord d'un canot pneumatique surchargé qui prenait l'eau, a précisé l'organisation.",
      "Le navire attend désormais qu'un port sûr lui soit attribué par les autorités italiennes ou maltaises.",
    ],
    extra:
      "Depuis le début de l'année, plus de 1.200 personnes sont mortes ou disparues en tentant la traversée, selon l'Organisation internationale pour les migrations.",
    name: ['Ocean Viking', 'Aquarius'],
    place: ['Libye', 'Tunisie'],
  },
  {
    id: 'tech-layoffs',
    headline: 'Tech group to cut 6% of workforce',
    paragraphs: [
      'The software group Zentrix said on Wednesday it would cut about 6 percent of its global workforce, or roughly 1,800 jobs, as it seeks to reduce costs amid slowing demand.',
      'Chief executive Maria Lindqvist said in a memo to staff that the company had hired too quickly during the pandemic and needed to refocus on its core cloud business.',
      'Shares in the company rose 4 percent in early trading in New York after the announcement.',
    ],
    extra:
      'The company will record a restructuring charge of around $150 million in the first quarter, it said in a regulatory filing.',
    name: ['Maria Lindqvist', 'Anna Berglund'],
    place: ['New York', 'Frankfurt'],
  },
  {
    id: 'flash-ankara',
    headline: 'Attentat à Ankara',
    paragraphs: [
      "Une forte explosion a retenti dimanche soir dans le centre d'Ankara, près d'une place très fréquentée, faisant plusieurs victimes, selon des médias turcs.",
    ],
    extra:
      "Le gouverneur d'Ankara a évoqué une attaque à la voiture piégée et les secours se sont rendus en nombre sur place.",
    name: ['Ankara', 'Istanbul'],
    place: ['Ankara', 'Izmir'],
  },
  {
    id: 'football-transfer',
    headline: 'Le PSG recrute un attaquant pour 80 millions',
    paragraphs: [
      "Le Paris Saint-Germain a officialisé vendredi l'arrivée de l'attaquant portugais Gonçalo Ramos, en provenance de Benfica, pour un montant de 80 millions d'euros bonus compris.",
      "Agé de 22 ans, le joueur s'est engagé pour cinq saisons avec le club de la capitale, où il retrouvera l'entraîneur Luis Enrique.",
      'Ramos avait inscrit 27 buts toutes compétitions confondues la saison dernière avec le club lisboète.',
    ],
    extra: 'Il pourrait faire ses débuts dès dimanche lors de la réception de Lens au Parc des Princes.',
    name: ['Luis Enrique', 'Christophe Galtier'],
    place: ['Benfica', 'Porto'],
  },
  {
    id: 'drought-es',
    headline: 'Spain imposes water restrictions in Catalonia',
    paragraphs: [
      'Authorities in Catalonia declared a drought emergency on Thursday, limiting water use for six million people including the residents of Barcelona, after three years of below-average rainfall.',
      'Reservoirs in the region are at 16 percent of capacity, the lowest level since records began, regional government spokeswoman Patricia Plaja said.',
      'Farmers will have to cut irrigation by 80 percent, and filling private swimming pools will be banned.',
    ],
    extra:
      'The government is also preparing to ship drinking water to Barcelona by boat if the situation worsens this summer.',
    name: ['Patricia Plaja', 'Laura Vilagrà'],
    place: ['Barcelona', 'Girona'],
  },
  {
    id: 'volcano-is',
    headline: 'Nouvelle éruption volcanique en Islande',
    paragraphs: [
      "Un volcan est entré en éruption samedi soir dans la péninsule de Reykjanes, dans le sud-ouest de l'Islande, pour la quatrième fois depuis décembre, a annoncé l'Office météorologique islandais.",
      "La ville de Grindavik, évacuée en novembre, n'est pas menacée dans l'immédiat par la lave, selon les autorités, qui ont également fermé le site touristique du Blue Lagoon.",
      "L'éruption ne présente pas de danger pour le trafic aérien, l'aéroport international de Keflavik restant ouvert.",
    ],
    extra:
      'La fissure éruptive mesure environ 3 kilomètres de long, selon les premières observations aériennes des garde-côtes.',
    name: ['Blue Lagoon', 'Sky Lagoon'],
    place: ['Grindavik', 'Vogar'],
  },
  {
    id: 'summit-eu',
    headline: 'EU leaders agree on aid package for Ukraine',
    paragraphs: [
      'European Union leaders agreed on Thursday a 50-billion-euro aid package for Ukraine after Hungary dropped its veto at a summit in Brussels, European Council President Charles Michel said.',
      "The money, made up of grants and loans, will cover Ukraine's budget needs until 2027 and is meant to give Kyiv predictable long-term support.",
      'Hungarian Prime Minister Viktor Orban had blocked the package in December, demanding guarantees over frozen EU funds for his country.',
    ],
    extra:
      'Ukrainian President Volodymyr Zelensky welcomed the decision, saying it would strengthen the economic and financial stability of his country.',
    name: ['Charles Michel', 'Ursula von der Leyen'],
    place: ['Brussels', 'Strasbourg'],
  },
  {
    id: 'hostage-sahel',
    headline: 'Un otage italien libéré au Mali',
    paragraphs: [
      'Un Italien enlevé il y a deux ans dans le sud du Mali a été libéré et se trouve en bonne santé, a annoncé mercredi le ministère italien des Affaires étrangères.',
      "Luca Tacchetto avait été enlevé en décembre 2018 avec sa compagne canadienne alors qu'ils circulaient en voiture près de Bobo-Dioulasso, au Burkina Faso.",
      "Les circonstances de sa libération n'ont pas été précisées, mais une source sécuritaire a évoqué une opération des forces de l'ONU à Kidal.",
    ],
    extra:
      "Le couple devait être rapatrié dans la soirée à bord d'un avion affrété par le gouvernement italien.",
    name: ['Luca Tacchetto', 'Marco Bellini'],
    place: ['Kidal', 'Gao'],
  },
];
