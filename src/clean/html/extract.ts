import type { RemovedLine } from '../../model/types.js';

/** What the HTML extractor gets out of a page: the article body as text, and page metadata. */
export interface HtmlExtraction {
  title: string | null;
  /** Body text, one paragraph (or heading, list item) per line. */
  text: string;
  meta: {
    author?: string;
    publishedAt?: string;
    siteName?: string;
    lang?: string;
    url?: string;
  };
  /** Blocks dropped from the page that a user may want to audit (captions, related links …). */
  removed: RemovedLine[];
}

/** STUB (owned by the HTML extraction work): Readability on linkedom, improved. */
export function extractHtml(html: string, _opts: { url?: string } = {}): HtmlExtraction {
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
  return { title: null, text, meta: {}, removed: [] };
}
