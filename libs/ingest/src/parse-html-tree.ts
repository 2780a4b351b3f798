import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import { type DocElement, type DocNode } from './doc-node';
import { type IngestLimits } from './ingest-limits';
import { inputError } from './input-error';
import { type DispatchFormat } from './parsed-dispatch';

type Parse5Parent = DefaultTreeAdapterMap['parentNode'];
type Parse5Child = DefaultTreeAdapterMap['childNode'];

/**
 * Parses an HTML page (WHATWG rules, as a browser would, so broken markup still yields a tree) into a
 * {@link DocElement} rooted at `html`. parse5 never fetches anything or runs scripts.
 */
export function parseHtmlDocument(text: string, format: DispatchFormat, limits: IngestLimits): DocElement {
  const document = parse(text);
  const html = convertChildren(document, format, limits).find((c): c is DocElement => c.type === 'element');
  return html ?? { type: 'element', name: 'html', attrs: {}, children: [] };
}

/** Parses an HTML fragment (a ninjs `body_html`) into a `#fragment` {@link DocElement}. */
export function parseHtmlFragment(text: string, format: DispatchFormat, limits: IngestLimits): DocElement {
  return {
    type: 'element',
    name: '#fragment',
    attrs: {},
    children: convertChildren(parseFragment(text), format, limits),
  };
}

function convertChildren(parent: Parse5Parent, format: DispatchFormat, limits: IngestLimits): DocNode[] {
  const top: DocNode[] = [];
  // Iterative so a hostile page cannot exhaust the call stack before the depth check fires.
  const work: { node: Parse5Child; into: DocNode[]; depth: number }[] = [];
  for (let i = parent.childNodes.length - 1; i >= 0; i--) {
    work.push({ node: parent.childNodes[i] as Parse5Child, into: top, depth: 1 });
  }
  while (work.length > 0) {
    const { node, into, depth } = work.pop() as { node: Parse5Child; into: DocNode[]; depth: number };
    if (node.nodeName === '#text') {
      into.push({ type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value });
      continue;
    }
    if (!('tagName' in node)) continue; // comments and doctypes carry no text
    if (depth > limits.maxDepth) {
      throw inputError(
        format,
        'WIRE_INPUT_SCHEMA',
        `elements are nested deeper than ${limits.maxDepth} levels`,
      );
    }
    const attrs: Record<string, string> = {};
    for (const a of node.attrs) attrs[a.name] = a.value;
    const element: DocElement = { type: 'element', name: node.tagName, attrs, children: [] };
    into.push(element);
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      work.push({ node: node.childNodes[i] as Parse5Child, into: element.children, depth: depth + 1 });
    }
  }
  return top;
}
