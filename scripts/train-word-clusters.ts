/**
 * Brown word clusters for the Indonesian entity tagger, from unlabelled text: the IndoSum news
 * articles and the tokens (not the tags) of the three NER corpora's train splits, lower-cased.
 * Writes models/word-clusters-id.tsv.gz (`word<TAB>bit string` lines), which `npm run train:ner`
 * stores in every model. Deterministic.
 *
 *   npx tsx scripts/train-word-clusters.ts [--clusters 256] [--min-count 3] [--data DIR] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { readConll, DATASETS, type DatasetName } from '../src/annotate/entities/conll.js';
import { brownClusters } from '../src/annotate/entities/brown.js';
import { indosumSentences } from './lib/ner-unlabelled.js';
import { root, opt, dataDir } from './lib/ner-cli.js';

const out = resolve(root, opt('out', 'models/word-clusters-id.tsv.gz'));
const clusters = Number(opt('clusters', '256'));
const minCount = Number(opt('min-count', '3'));

const sents = indosumSentences(dataDir);
for (const n of Object.keys(DATASETS) as DatasetName[]) for (const s of readConll(join(dataDir, DATASETS[n].train))) sents.push(s.words);
const lower = sents.map((s) => s.map((w) => w.toLowerCase()));
console.log(`${lower.length} sentences, ${lower.reduce((a, s) => a + s.length, 0)} tokens; C=${clusters}, min count ${minCount}`);
const t0 = Date.now();
const map = brownClusters(lower, {
  clusters,
  minCount,
  progress: (d, v) => console.log(`  ${d}/${v} words, ${((Date.now() - t0) / 1000).toFixed(0)}s`),
});
const lines = [...map].filter(([w]) => !/[\t\n]/.test(w)).map(([w, b]) => `${w}\t${b}`).sort();
writeFileSync(out, gzipSync(lines.join('\n') + '\n', { level: 9 }));
const depth = [...map.values()].reduce((a, b) => a + b.length, 0) / Math.max(1, map.size);
console.log(`wrote ${out}: ${map.size} words, mean depth ${depth.toFixed(1)}, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
