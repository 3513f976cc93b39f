/**
 * A thin, typed view of the linkedom DOM. The project compiles without the DOM lib, so the few
 * members the extractor uses are declared here; linkedom objects satisfy them at run time.
 */
import { parseHTML } from 'linkedom';

export interface DNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DNode | null;
  childNodes: ArrayLike<DNode>;
  firstChild: DNode | null;
  nextSibling: DNode | null;
  cloneNode(deep?: boolean): DNode;
}

export interface DElement extends DNode {
  tagName: string;
  id: string;
  className: string;
  children: ArrayLike<DElement>;
  parentElement: DElement | null;
  nextElementSibling: DElement | null;
  innerHTML: string;
  outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(sel: string): DElement | null;
  querySelectorAll(sel: string): ArrayLike<DElement>;
  getElementsByTagName(name: string): ArrayLike<DElement>;
  remove(): void;
  replaceWith(...nodes: DNode[]): void;
  appendChild(node: DNode): DNode;
  prepend(...nodes: (DNode | string)[]): void;
}

export interface DDocument extends DNode {
  documentElement: DElement;
  head: DElement | null;
  body: DElement | null;
  title: string;
  querySelector(sel: string): DElement | null;
  querySelectorAll(sel: string): ArrayLike<DElement>;
  getElementsByTagName(name: string): ArrayLike<DElement>;
  createElement(tag: string): DElement;
  createTextNode(text: string): DNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (n: DNode | null | undefined): n is DElement => !!n && n.nodeType === ELEMENT_NODE;

/** Largest HTML string parsed; longer pages are cut (the article is near the top of the markup). */
export const MAX_HTML_CHARS = 4_000_000;

/**
 * Removes what never reaches the text before parsing: scripts (but not JSON-LD), styles and
 * comments. Pages are often mostly inline script, so this makes parsing several times cheaper.
 */
export function stripInert(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * Parses HTML into a document that always has <html>, <head> and <body>. Never throws: returns
 * null when the markup cannot be turned into a usable document.
 */
export function parseDocument(html: string): DDocument | null {
  let src = typeof html === 'string' ? html : String(html ?? '');
  if (src.length > 4 * MAX_HTML_CHARS) src = src.slice(0, 4 * MAX_HTML_CHARS);
  src = stripInert(src);
  if (src.length > MAX_HTML_CHARS) src = src.slice(0, MAX_HTML_CHARS);
  // Fragments (no <html>/<body>) make linkedom build a document without a body: wrap them.
  const hasHtml = /<html[\s>]/i.test(src);
  const hasBody = /<body[\s>]/i.test(src);
  if (!hasHtml && !hasBody) src = `<!DOCTYPE html><html><head></head><body>${src}</body></html>`;
  else if (!hasHtml) src = `<!DOCTYPE html><html>${src}</html>`;
  try {
    const doc = (parseHTML(src) as unknown as { document: DDocument }).document;
    if (!doc || !doc.documentElement) return null;
    if (!doc.body) {
      const body = doc.createElement('body');
      doc.documentElement.appendChild(body);
    }
    if (!doc.body) return null;
    return doc;
  } catch {
    return null;
  }
}

export const toArray = <T>(xs: ArrayLike<T> | null | undefined): T[] => (xs ? Array.from(xs) : []);

export function tagOf(el: DNode): string {
  return (el.nodeName || '').toLowerCase();
}

/** Whitespace-normalized text content. */
export function normText(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b\u200c\u200d\u2028\u2029\ufeff]+/g, ' ').trim();
}

export function safeQueryAll(root: DDocument | DElement, sel: string): DElement[] {
  try {
    return toArray(root.querySelectorAll(sel));
  } catch {
    return [];
  }
}

export function safeQuery(root: DDocument | DElement, sel: string): DElement | null {
  try {
    return root.querySelector(sel);
  } catch {
    return null;
  }
}

/** Text of the element minus text inside links, and the link share of the text. */
export function linkDensity(el: DElement): number {
  const total = normText(el.textContent).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of safeQueryAll(el, 'a')) linked += normText(a.textContent).length;
  return Math.min(1, linked / total);
}

/** Element count and deepest nesting under `root` (stops counting at `limit` elements). */
export function shapeOf(root: DNode, limit = 1_000_000): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [DNode, number][] = [[root, 0]];
  while (stack.length && elements < limit) {
    const [n, d] = stack.pop()!;
    if (!isElement(n)) continue;
    elements++;
    if (d > depth) depth = d;
    const kids = n.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === ELEMENT_NODE) stack.push([kids[i], d + 1]);
  }
  return { elements, depth };
}
