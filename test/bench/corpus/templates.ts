/**
 * Sentence patterns after the two fixtures (test/fixtures/dispatches): the AFP story on Boukamal and the
 * Reuters strike bulletins. Slots in braces are drawn afresh at each use: {place} a gazetteer town,
 * {n} a small count (word or digits), {big} a large figure, {actor} a rank and name, {day}, {group},
 * {org}, {country}, {target}, {strikes} a strike noun, {verb} a reporting verb.
 */
export interface Templates {
  readonly headlines: readonly string[];
  readonly dateline: string;
  readonly sentences: readonly string[];
}

export const FR_TEMPLATES: Templates = {
  headlines: [
    "La coalition veut couper l'axe {place}-{place} de {group}",
    '{n} {strikes} près de {place}, selon {org}',
    'Offensive autour de {place}: {big} civils fuient vers {country}',
    '{actor} annonce la reprise de {place} à {group}',
  ],
  dateline: '{PLACE}, {day} ({agency}) - ',
  sentences: [
    "La coalition contre {group} veut couper l'axe de communication entre {place} et {place}, ont indiqué {day} des responsables militaires.",
    '"Nous travaillons à couper la route qui passe par {place}", {verb} {actor}, qui s\'exprimait depuis {place}.',
    'Les combats pour reprendre la zone autour de {place} "sont en cours en ce moment même", {verb} {actor}.',
    "Selon {org}, l'offensive lancée {day} matin vers {place} avait échoué.",
    'Ces dernières 24 heures, la coalition a mené {n} {strikes} près de {place} et {n} près de {place}.',
    'Selon le bilan quotidien, {n} {strikes} ont visé des {target} de {group} dans la région de {place}.',
    'Les combattants ont saisi plus de {big} documents appartenant à {group} à {place}, {verb} {actor}.',
    "Un responsable de la Défense, parlant sous couvert de l'anonymat, a assuré que l'opération contre {place} continuait.",
    'Plus au nord, {org} mène depuis le {date} une offensive pour prendre {place}, sur la route de {place}.',
    'Au moins {n} civils ont été tués {day} dans des {strikes} sur {place}, selon {org}.',
    "L'aviation a détruit {n} {target} et {n} {target} au sud de {place}, {verb} {actor}.",
    "Quelque {big} habitants ont fui {place} vers {country} depuis le début de l'offensive, selon {org}.",
    "{actor} {verb} que {n} {strikes} avaient été menées à l'est de {place} dans la nuit de {day}.",
    'Les forces loyalistes ont repris {n} villages entre {place} et {place}, selon {org}.',
    'Ces combattants sont entraînés dans un camp de la coalition près de {place}, selon {org}.',
    'La ville de {place}, tenue par {group} depuis {year}, compte environ {big} habitants.',
    "Des tirs d'artillerie ont visé {place} {day}, faisant {n} blessés, d'après {org}.",
    'Selon {org}, {n} {strikes} ont détruit {n} {target} autour de {place} en une semaine.',
    "L'état-major a confirmé {day} que {n} convois avaient quitté {place} en direction de {place}.",
    "{actor}, joint par téléphone à {place}, a évoqué {big} déplacés dans la vallée de l'Euphrate.",
    'Les bombardements près de {place} ont endommagé {n} {target}, a-t-on appris {day} de source locale.',
    'Selon {org}, {group} a perdu {n} positions autour de {place} depuis le {date}.',
    'La route entre {place} et {place} reste coupée, {verb} {actor}, ajoutant que {n} ponts ont été détruits.',
    '{n} raids aériens ont frappé {place} {day} soir, selon un bilan de {org}.',
  ],
};

export const EN_TEMPLATES: Templates = {
  headlines: [
    'Coalition conducts {n} strikes near {place} in {country}',
    '{group} loses ground near {place}, {org} says',
    'Fighting around {place} displaces {big} as offensive on {place} widens',
    '{actor} says push on {place} is on track',
  ],
  dateline: '{PLACE} ({agency}) - ',
  sentences: [
    'U.S.-led coalition forces conducted {n} {strikes} against {group} targets near {place} on {day}, {org} said in a statement.',
    'Near {place}, {n} {strikes} destroyed {n} {target} and a vehicle, the statement said.',
    'Near {place}, {n} {strikes} hit a {group} tactical unit and {n} {target}.',
    '{actor}, a spokesman for the coalition, told reporters in {place} that the strikes were coordinated with forces advancing from {place}.',
    '{org} said at least {n} civilians were killed on {day} in {strikes} on {place}.',
    'The offensive to cut the road between {place} and {place} is "ongoing right now", {actor} {verb}.',
    'Fighters seized more than {big} documents belonging to {group} in {place}, {actor} {verb}.',
    'A defense official, speaking on condition of anonymity, said the operation around {place} was continuing.',
    'Further north, {org} has been leading an offensive since {date} to take {place}, on the road to {place}.',
    'Some {big} residents have fled {place} for {country} since the start of the offensive, according to {org}.',
    '{actor} {verb} that {n} {strikes} were carried out east of {place} overnight on {day}.',
    'Government forces retook {n} villages between {place} and {place}, {org} said.',
    'The fighters are trained at a coalition camp in {country} near {place}, {org} said.',
    'The town of {place}, held by {group} since {year}, has about {big} inhabitants.',
    'Artillery fire hit {place} on {day}, wounding {n} people, according to {org}.',
    '{org} counted {n} {strikes} and {n} destroyed {target} around {place} in a week.',
    'Military commanders confirmed on {day} that {n} convoys had left {place} for {place}.',
    'Reached by phone in {place}, {actor} described {big} displaced people in the Euphrates valley.',
    'The bombing near {place} damaged {n} {target}, local sources said on {day}.',
    'According to {org}, {group} has lost {n} positions around {place} since {date}.',
    'The road between {place} and {place} remains cut, {actor} {verb}, adding that {n} bridges were destroyed.',
    'In {country}, {n} {strikes} near {place} struck {n} {target}, the task force said.',
    '{n} air raids hit {place} on {day} evening, according to a toll from {org}.',
    'Coalition aircraft also struck {n} {target} west of {place}, {actor} {verb}.',
  ],
};
