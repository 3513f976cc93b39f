/**
 * Unlabelled Indonesian text for the entity tagger's word statistics (capitalization, clusters):
 * the IndoSum articles as token lists, read from ../shared/data at training time, never copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sentences (token lists) of the IndoSum news corpus, each article once, in file order. */
export function indosumSentences(dataDir: string): string[][] {
  const dir = join(dataDir, 'corpus/indosum');
  if (!existsSync(dir)) {
    console.warn('indosum not found; training without word statistics');
    return [];
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { id: string; paragraphs: string[][][] };
      if (seen.has(doc.id)) continue;
      seen.add(doc.id);
      for (const para of doc.paragraphs) for (const sent of para) out.push(sent);
    }
  }
  console.log(`indosum: ${seen.size} articles, ${out.length} sentences`);
  return out;
}
