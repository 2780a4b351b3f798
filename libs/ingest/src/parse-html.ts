import { toWellFormed } from './to-well-formed';
import { blockText } from './block-text';
import { attr, childElement, type DocElement, findAll, findFirst, inlineText } from './doc-node';
import { checkSize, DEFAULT_INGEST_LIMITS, type IngestLimits } from './ingest-limits';
import { inputError } from './input-error';
import {
  buildEnvelope,
  cleanString,
  joinParagraphs,
  normalizeLanguage,
  normalizeTimestamp,
} from './normalize-fields';
import { parseHtmlDocument } from './parse-html-tree';
import { type ParsedDispatch } from './parsed-dispatch';

/** ARIA landmarks that are page chrome, not the story. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

/**
 * Class and id words that mark chrome on news sites (cookie walls, share bars, teasers, ads). Matched
 * against the words of each class or id split on `-` and `_`, below the chosen content root only.
 */
const CHROME_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'subscribe',
  'subscription',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'comments',
  'comment',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'promo',
  'breadcrumb',
  'breadcrumbs',
  'paywall',
  'sidebar',
  'navbar',
  'menu',
  'popup',
  'modal',
  'outbrain',
  'taboola',
  'sponsored',
  'banner',
  'meta',
  'tags',
]);

function isChrome(element: DocElement): boolean {
  if (element.attrs['hidden'] !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  if (CHROME_ROLES.has(attr(element, 'role') ?? '')) return true;
  if (/display\s*:\s*none/i.test(element.attrs['style'] ?? '')) return true;
  const words = `${element.attrs['class'] ?? ''} ${element.attrs['id'] ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((word) => CHROME_WORDS.has(word));
}

function metaContent(html: DocElement, key: string): string | undefined {
  const meta = findFirst(
    html,
    (e) =>
      e.name === 'meta' &&
      (attr(e, 'property') === key || attr(e, 'name') === key || attr(e, 'itemprop') === key),
  );
  return attr(meta, 'content');
}

function textLength(element: DocElement): number {
  return blockText(element, { skip: isChrome }).reduce((sum, p) => sum + p.length, 0);
}

/** The element holding the story: the fullest `<article>` (inside `<main>` when there is one), else `<main>`, else `<body>`. */
function contentRoot(html: DocElement): DocElement {
  const body = childElement(html, 'body') ?? html;
  const main = findFirst(body, (e) => e.name === 'main' || attr(e, 'role') === 'main');
  const scope = main ?? body;
  const articles = findAll(scope, (e) => e.name === 'article' && !isChrome(e));
  if (articles.length === 1) return articles[0] as DocElement;
  if (articles.length > 1) {
    return articles.map((a) => ({ a, n: textLength(a) })).reduce((best, c) => (c.n > best.n ? c : best)).a;
  }
  return scope;
}

/**
 * Reads the story of an HTML page: the main text only (scripts, styles, navigation, page header and
 * footer, asides, forms, figures, hidden elements and elements whose class or id marks chrome are left
 * out), from the fullest `<article>`, else `<main>`, else `<body>`. Headline from the story's `<h1>`
 * (left out of the body), else the page's first `<h1>`, `og:title`, `<title>`. Story id from the
 * canonical URL (`link rel=canonical`, else `og:url`); agency from `og:site_name`; time from
 * `article:modified_time`, else `article:published_time`, else the story's first `<time datetime>`;
 * language from `<html lang>`, else `og:locale`.
 * @throws PipelineError `WIRE_INPUT_EMPTY_BODY` when the page has no readable text.
 */
export function parseHtml(text: string, limits: IngestLimits = DEFAULT_INGEST_LIMITS): ParsedDispatch {
  checkSize(text, limits, 'html');
  const html = parseHtmlDocument(toWellFormed(text), 'html', limits);
  const root = contentRoot(html);
  const h1 = findFirst(root, (e) => e.name === 'h1') ?? (root.name === 'h1' ? root : undefined);
  const pageH1 = h1 ?? findFirst(html, (e) => e.name === 'h1' && !isChrome(e));
  const headline =
    cleanString(inlineText(pageH1)) ??
    cleanString(metaContent(html, 'og:title')) ??
    cleanString(inlineText(findFirst(html, (e) => e.name === 'title')));
  // A header inside the story holds its headline and standfirst: only page-level headers are chrome.
  const storyHeaders = root.name === 'article' || root.name === 'main' || attr(root, 'role') === 'main';
  const paragraphs = blockText(root, {
    skip: (e) => e === h1 || isChrome(e) || (e.name === 'header' && !storyHeaders),
  });
  if (paragraphs.length === 0)
    throw inputError('html', 'WIRE_INPUT_EMPTY_BODY', 'the page has no readable text');
  const canonical = attr(
    findFirst(html, (e) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attrs['rel'] ?? '')),
    'href',
  );
  const time = findFirst(root, (e) => e.name === 'time' && attr(e, 'datetime') !== undefined);
  return buildEnvelope({
    agency: cleanString(metaContent(html, 'og:site_name')),
    body: joinParagraphs(paragraphs),
    headline,
    language: normalizeLanguage(attr(html, 'lang')) ?? normalizeLanguage(metaContent(html, 'og:locale')),
    receivedAt:
      normalizeTimestamp(metaContent(html, 'article:modified_time')) ??
      normalizeTimestamp(metaContent(html, 'article:published_time')) ??
      normalizeTimestamp(attr(time, 'datetime')),
    storyId: canonical ?? cleanString(metaContent(html, 'og:url')),
  });
}
