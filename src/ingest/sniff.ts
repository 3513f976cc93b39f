import type { DocFormat } from '../model/types.js';

/**
 * The format of a file, told by its content; the extension only breaks ties, because scrapers
 * save HTML as `.txt` and feeds as `.html` often enough.
 */
export function sniffFormat(head: string, path: string): DocFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  const ext = path.toLowerCase().replace(/\.gz$/, '').split('.').pop() ?? '';

  if (s.startsWith('{') || s.startsWith('[')) {
    if (s.startsWith('[')) return 'json';
    // JSON Lines: a second line that also starts an object.
    const nl = s.indexOf('\n');
    if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
    if (nl > 0 && /^\s*\{/.test(s.slice(nl + 1, nl + 200)) && /\}\s*$/.test(s.slice(0, nl))) return 'jsonl';
    return 'json';
  }
  if (s.startsWith('<')) {
    const probe = s.slice(0, 4096).toLowerCase();
    const afterProlog = probe.replace(/^<\?xml[^>]*>\s*/, '').replace(/^(<!--[\s\S]*?-->\s*)+/, '');
    if (/^<rss[\s>]/.test(afterProlog) || /^<rdf:rdf[\s>]/.test(afterProlog)) return 'rss';
    if (/^<feed[\s>]/.test(afterProlog)) return 'atom';
    if (/<(html|head|body|div|p|article|meta|title|!doctype html)[\s>]/.test(probe)) return 'html';
    if (ext === 'xml' || ext === 'rss' || ext === 'atom') return probe.includes('<entry') ? 'atom' : 'rss';
    return 'html';
  }
  return 'text';
}
