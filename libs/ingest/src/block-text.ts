import { collapseWhitespace, type DocElement, type DocNode } from './doc-node';

/** Elements that start and end a paragraph (HTML, XHTML and NITF names). */
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  // NITF
  'block',
  'body.content',
  'bq',
  'hl1',
  'hl2',
  'abstract',
  'tagline',
  'note',
  'fn',
  'credit',
]);

/** Elements whose content is never prose: code, chrome, media and forms. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'form',
  'nav',
  'aside',
  'footer',
  'dialog',
  'figure',
  // NITF: photos and their captions, and the head's metadata.
  'media',
  'body.head',
  'body.end',
]);

/** Options of {@link blockText}. */
export interface BlockTextOptions {
  /** Further elements to leave out (page chrome, the element used as headline). */
  readonly skip?: (element: DocElement) => boolean;
}

/**
 * Renders a tree as paragraphs of plain text: each block element is a paragraph, `<br>` a line break
 * inside one, white space collapsed, empty paragraphs dropped.
 */
export function blockText(root: DocElement, options: BlockTextOptions = {}): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current
      .split('\n')
      .map((line) => collapseWhitespace(line))
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const visit = (node: DocNode, preformatted: boolean): void => {
    if (node.type === 'text') {
      current += preformatted ? node.value.replace(/\r\n?/g, '\n') : node.value.replace(/[\n\r]/g, ' ');
      return;
    }
    const name = node.name.toLowerCase();
    if (node !== root && (NEVER_TEXT.has(name) || options.skip?.(node) === true)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'td' || name === 'th') current += ' ';
    const pre = preformatted || name === 'pre';
    for (const child of node.children) visit(child, pre);
    if (block) flush();
  };
  visit(root, false);
  flush();
  return paragraphs;
}

/** Splits plain text into paragraphs: blank lines separate them; without any, each line is one. */
export function plainTextParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n');
  return blocks.map((block) => collapseWhitespace(block)).filter((block) => block !== '');
}
