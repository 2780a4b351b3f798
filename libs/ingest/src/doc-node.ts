/**
 * A minimal document tree shared by the XML and HTML readers, so one text extractor serves NITF,
 * XHTML and scraped pages. Element names are local (namespace prefix dropped); HTML names are lower case.
 */
export interface DocElement {
  readonly type: 'element';
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: DocNode[];
}

/** Character data (text or CDATA), entities already decoded. */
export interface DocText {
  readonly type: 'text';
  readonly value: string;
}

/** A node of a {@link DocElement} tree. */
export type DocNode = DocElement | DocText;

/** Direct child elements of `element`, optionally only those named `name`. */
export function childElements(element: DocElement | undefined, name?: string): DocElement[] {
  const found: DocElement[] = [];
  if (element === undefined) return found;
  for (const child of element.children) {
    if (child.type === 'element' && (name === undefined || child.name === name)) found.push(child);
  }
  return found;
}

/** The first direct child element named `name`. */
export function childElement(element: DocElement | undefined, name: string): DocElement | undefined {
  if (element === undefined) return undefined;
  for (const child of element.children) {
    if (child.type === 'element' && child.name === name) return child;
  }
  return undefined;
}

/** Follows a path of direct child names, e.g. `['itemMeta', 'provider']`. */
export function pathElement(
  element: DocElement | undefined,
  path: readonly string[],
): DocElement | undefined {
  let current = element;
  for (const name of path) current = childElement(current, name);
  return current;
}

/** Every descendant element (depth first, document order) for which `test` holds. */
export function findAll(root: DocElement, test: (element: DocElement) => boolean): DocElement[] {
  const found: DocElement[] = [];
  const stack: DocElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as DocElement;
    if (element !== root && test(element)) found.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i] as DocNode;
      if (child.type === 'element') stack.push(child);
    }
  }
  return found;
}

/** The first descendant element for which `test` holds, in document order. */
export function findFirst(root: DocElement, test: (element: DocElement) => boolean): DocElement | undefined {
  return findAll(root, test)[0];
}

/** All text under `node`, whitespace runs collapsed to one space and trimmed. */
export function inlineText(node: DocNode | undefined): string {
  if (node === undefined) return '';
  const parts: string[] = [];
  const stack: DocNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as DocNode;
    if (current.type === 'text') parts.push(current.value);
    else for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as DocNode);
  }
  return collapseWhitespace(parts.join(''));
}

/** Collapses XML/HTML white space (not the no-break space, which French typography uses) and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The attribute's value trimmed, or `undefined` when absent or blank. */
export function attr(element: DocElement | undefined, name: string): string | undefined {
  const value = element?.attrs[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
