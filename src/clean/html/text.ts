/** Turns a DOM subtree into block text: one paragraph, heading or list item per line. */
import { type DNode, isElement, normText, tagOf, TEXT_NODE } from './dom.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'html', 'legend',
]);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'button', 'textarea', 'input']);

export interface Block {
  text: string;
  tag: string;
  /** Share of the block's characters that sit inside links (0..1). */
  linkShare: number;
}

/** Hard cap on nodes visited, so a pathological page cannot stall the pipeline. */
const MAX_NODES = 400_000;

export function blocksOf(root: DNode): Block[] {
  const out: Block[] = [];
  let buf: string[] = [];
  let linked = 0;
  let inLink = 0;
  const tags: string[] = [];
  const flush = () => {
    const text = normText(buf.join(''));
    buf = [];
    const l = linked;
    linked = 0;
    if (text) out.push({ text, tag: tags[tags.length - 1] ?? 'p', linkShare: Math.min(1, l / text.length) });
  };
  type Frame = { node: DNode; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  let visited = 0;
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? '';
      buf.push(t);
      if (inLink) linked += normText(t).length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagOf(node);
    if (exit) {
      if (BLOCK.has(tag)) {
        flush();
        tags.pop();
      } else if (CELL.has(tag)) buf.push(' ');
      else if (tag === 'a') inLink--;
      continue;
    }
    if (++visited > MAX_NODES) break;
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') continue;
    if (BLOCK.has(tag)) {
      flush();
      tags.push(tag);
    }
    if (tag === 'a') inLink++;
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], exit: false });
  }
  flush();
  return out;
}

export function textOf(root: DNode): string {
  return blocksOf(root)
    .map((b) => b.text)
    .join('\n');
}
