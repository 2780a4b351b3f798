import { parseHtml, type ParsedDispatch } from './index';

const page = (head: string, body: string, lang = ''): string =>
  `<!DOCTYPE html><html${lang}><head>${head}</head><body>${body}</body></html>`;

const cases: { name: string; given: string; then: ParsedDispatch }[] = [
  {
    name: 'no article nor main: the body, without page header, nav and footer; headline from og:title',
    given: page(
      '<meta property="og:title" content="Titre OG"><title>Titre | Site</title>',
      '<header><p>Site name</p></header><nav>Menu</nav><div><p>Un.</p><p>Deux<br>suite.</p></div><footer>©</footer>',
      ' lang="FR"',
    ),
    then: { body: 'Un.\n\nDeux\nsuite.', headline: 'Titre OG', language: 'fr' },
  },
  {
    name: 'main without article; <title> as last headline resort; og:locale when html has no lang',
    given: page(
      '<title> Le titre </title><meta property="og:locale" content="fr_BE">',
      '<div class="menu">Accueil</div><main><p>Texte <a href="/x">lié</a>.</p><div class="newsletter">Abonnez-vous</div></main>',
    ),
    then: { body: 'Texte lié.', headline: 'Le titre', language: 'fr-BE' },
  },
  {
    name: 'several articles: the fullest is the story, its h1 the headline, teasers ignored',
    given: page(
      '',
      '<main><article><h2>Teaser</h2><p>Court.</p></article><article><h1>Le vrai titre</h1><p>Un paragraphe nettement plus long que le teaser.</p><p>Deux.</p></article></main>',
    ),
    then: { body: 'Un paragraphe nettement plus long que le teaser.\n\nDeux.', headline: 'Le vrai titre' },
  },
  {
    name: 'hidden, aria-hidden, display:none, role=complementary and a cookie wall left out',
    given: page(
      '',
      '<article><p>Visible.</p><p hidden>Caché.</p><div aria-hidden="true">Icône</div><p style="display: none">Non.</p><div role="complementary">À lire</div><div id="gdpr-wall">Consentement</div><p>Fin.</p></article>',
    ),
    then: { body: 'Visible.\n\nFin.' },
  },
  {
    name: 'an h1 in the page header when the story has none; time from <time datetime> in the story',
    given: page(
      '',
      '<h1>Titre de page</h1><article><time datetime="2025-10-05T08:15:00+02:00">5 octobre</time><p>Texte.</p></article>',
    ),
    then: { body: '5 octobre\n\nTexte.', headline: 'Titre de page', receivedAt: '2025-10-05T06:15:00Z' },
  },
  {
    name: 'og:url as story id when there is no canonical link; published time when not modified',
    given: page(
      '<meta property="og:url" content="https://ex.example/a/1"><meta property="article:published_time" content="2025-10-05T10:00:00Z">',
      '<article><p>Texte.</p></article>',
    ),
    then: { body: 'Texte.', receivedAt: '2025-10-05T10:00:00Z', storyId: 'https://ex.example/a/1' },
  },
  {
    name: 'a table, a list and preformatted lines',
    given: page(
      '',
      '<article><ul><li>Un</li><li>Deux</li></ul><table><tr><td>A</td><td>1</td></tr></table><pre>l1\nl2</pre></article>',
    ),
    then: { body: 'Un\n\nDeux\n\nA 1\n\nl1\nl2' },
  },
  {
    name: 'broken markup (unclosed paragraphs and tags) read as a browser would',
    given: '<html><body><article><p>Un <b>gras<p>Deux</article>',
    then: { body: 'Un gras\n\nDeux' },
  },
];

describe('parseHtml', () => {
  it.each(cases)('given $name, then gives the annotated envelope', ({ given, then }) => {
    expect(parseHtml(given)).toEqual(then);
  });
});
