import { classifyChromeLine } from './classify-chrome-line';

describe('classifyChromeLine', () => {
  it.each([
    ['Rechercher', 'anywhere'],
    ['Dernières Infos', 'anywhere'],
    ['DERNIERES INFOS', 'anywhere'],
    ['Lire aussi : Syrie, la bataille de Raqa', 'anywhere'],
    ['LIRE AUSSI', 'anywhere'],
    ['Read more', 'anywhere'],
    ['Read more: Iraq forces enter Fallujah', 'anywhere'],
    ['Lesen Sie auch: Die Lage in Syrien', 'anywhere'],
    ['Leggi anche', 'anywhere'],
    ['Lee también: La ofensiva sobre Raqa', 'anywhere'],
    ['Partager sur Facebook', 'anywhere'],
    ['Share on Twitter', 'anywhere'],
    ['Facebook Twitter LinkedIn E-mail', 'anywhere'],
    ['Compartir en WhatsApp', 'anywhere'],
    ['© 2016 AFP', 'anywhere'],
    ['Copyright AFP 2016', 'anywhere'],
    ['AFP. Tous droits réservés.', 'anywhere'],
    ['Alle Rechte vorbehalten.', 'anywhere'],
    [
      'Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.',
      'anywhere',
    ],
    ['We use cookies to improve your experience on our website.', 'anywhere'],
    ['Publié le 08/06/2016 à 19:49', 'anywhere'],
    ['Updated 8 June 2016', 'anywhere'],
    ['Par AFP', 'anywhere'],
    ['Source : AFP et Reuters', 'anywhere'],
    ['By Reuters', 'anywhere'],
    ['Lecture : 3 min', 'anywhere'],
    ['4 min read', 'anywhere'],
    ['Écouter cet article', 'anywhere'],
    ['You may also like', 'anywhere'],
    ['AFP', 'edge'],
    ['Menu', 'edge'],
    ['Accueil', 'edge'],
    ['Accueil > Monde > Moyen-Orient', 'edge'],
    ['Politik', 'edge'],
    [
      'You have accessed part of a historical collection on defense.gov. Some of it may be outdated.',
      'anywhere',
    ],
    [
      'This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government',
      'anywhere',
    ],
    ['Mise à jour : 16/03/2015', 'anywhere'],
    ['Droits : Ministère des Armées', 'anywhere'],
    ['01:16', 'anywhere'],
    ['Press Operations Bookmark and Share', 'edge'],
    ['Release No: 478-99 PRINT | E-MAIL', 'edge'],
    ['News Transcript', 'edge'],
    ['Original article link: https://www.gov.uk/government/news/statement-on-air-strikes', 'anywhere'],
    ['Source http://www.diplomatie.gouv.fr, le 15 février 2013', 'anywhere'],
    ['Video footage of airstrikes in support of this operation can be found at:', 'anywhere'],
    ['Gaza City, Gaza - Click to enlarge', 'anywhere'],
    ['Download PDF 793 KB', 'anywhere'],
    ['Jump to navigation Jump to search', 'anywhere'],
    [
      'Accueil | Opérations | Points de situation | Point de situation des opérations du 18 au 24 mai 2018',
      'edge',
    ],
  ])('given the line %j, when classified, then it is chrome (%s)', (line, placement) => {
    expect(classifyChromeLine(line)).toBe(placement);
  });

  it.each([
    "La coalition veut couper le dernier grand axe Irak-Syrie de l'EI",
    'Il a partagé sur Facebook une photo du camp de Jordanie.',
    'Read more than 10,000 documents, the colonel said.',
    "La CNIL a infligé une amende de 100 millions d'euros à Google pour ses cookies.",
    "Le groupe a publié le 8 juin un communiqué revendiquant l'attaque.",
    'Twitter a suspendu le compte du groupe jihadiste, a indiqué un porte-parole.',
    '"Nous travaillons à couper le dernier grand axe", a-t-il dit.',
    'Search and rescue teams were deployed to the area on Tuesday.',
    "Par ailleurs, l'AFP a appris que le convoi avait été attaqué.",
    'By Tuesday, 3 min after the blast, police had sealed the area.',
    'You have accessed the files, the minister told the court.',
    "Droits de l'homme : la France saisit le Conseil.",
    'Officials said they would print and share the report.',
    'The ministry published the full report at https://example.org/report on Monday after weeks of delay.',
    'The video can be found at the bottom of the page, officials said.',
    'Officials said they would download 20 MB of data from the drone before the strike.',
    'Crews download 20 MB of data.',
  ])('given the body line %j, when classified, then it is not chrome', (line) => {
    expect(classifyChromeLine(line)).toBeUndefined();
  });
});

describe('classifyChromeLine on long table lines', () => {
  it('finds the banner of a US federal site, whatever its apostrophes and brackets', () => {
    expect(
      classifyChromeLine(
        'A .mil website belongs to an official U.S. Department of Defense organization in the United States.',
      ),
    ).toBe('anywhere');
    expect(
      classifyChromeLine(
        'A lock (lock ) or https:// means you’ve safely connected to the .mil website. Share sensitive information only on official, secure websites.',
      ),
    ).toBe('anywhere');
    expect(
      classifyChromeLine(
        'A website of the Department of Defense said on Monday that two strikes hit targets in the United States.',
      ),
    ).toBeUndefined();
  });
});
