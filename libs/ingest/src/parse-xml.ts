import { SaxesParser } from 'saxes';
import { type DocElement } from './doc-node';
import { type IngestLimits } from './ingest-limits';
import { inputError } from './input-error';
import { type DispatchFormat } from './parsed-dispatch';

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * Parses well-formed XML into a {@link DocElement} tree, strictly and safely: a DOCTYPE is only
 * tolerated without an internal subset (NITF files often name their external DTD, which is never
 * fetched); any `<!ENTITY>` declaration is refused, so external entities (XXE) and entity expansion
 * bombs never reach the parser, and an undeclared entity reference is a well-formedness error.
 * Nesting deeper than `limits.maxDepth` is refused.
 */
export function parseXml(text: string, format: DispatchFormat, limits: IngestLimits): DocElement {
  const parser = new SaxesParser({ position: true });
  const root: DocElement = { type: 'element', name: '#document', attrs: {}, children: [] };
  const stack: DocElement[] = [root];
  let refused: Error | undefined;
  const refuse = (message: string): void => {
    refused ??= inputError(format, 'WIRE_INPUT_SCHEMA', message);
    throw refused;
  };
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[') || /<!ENTITY/i.test(doctype)) {
      refuse('a DOCTYPE with an internal subset (entity declarations) is refused for safety');
    }
  });
  parser.on('opentag', (tag) => {
    if (stack.length > limits.maxDepth) refuse(`elements are nested deeper than ${limits.maxDepth} levels`);
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes as Record<string, string>)) {
      // Keep `xml:lang` whole (it is looked up by that name); drop other prefixes.
      attrs[name.startsWith('xml:') ? name : localName(name)] = value;
    }
    const element: DocElement = { type: 'element', name: localName(tag.name), attrs, children: [] };
    (stack[stack.length - 1] as DocElement).children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string): void => {
    (stack[stack.length - 1] as DocElement).children.push({ type: 'text', value });
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (error) {
    if (refused !== undefined) throw refused;
    const detail = error instanceof Error ? error.message : String(error);
    throw inputError(format, 'WIRE_INPUT_SCHEMA', `malformed XML (${detail})`, error);
  }
  const documentElement = root.children.find((c): c is DocElement => c.type === 'element');
  if (documentElement === undefined) throw inputError(format, 'WIRE_INPUT_SCHEMA', 'no root element');
  return documentElement;
}
