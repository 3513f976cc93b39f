/**
 * Command-line options of the NER scripts (train-ner, eval-ner, train-word-clusters): `--name value`
 * flags, paths resolved from the repo root, per-corpus values written `idner=10,nergrit=8`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const args = process.argv.slice(2);

/** The value after `--name`, or `def`. */
export function opt(name: string, def: string): string {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
}

/** `../shared/data` from the repo root, or `--data DIR`. */
export const dataDir = resolve(root, opt('data', '../shared/data'));

/**
 * An option given for every corpus (`--learner crf`) or per corpus (`--learner nergrit=crf`);
 * corpora not listed, or every corpus when the option is empty, get `fallback`.
 */
export function perCorpusWord(name: string, def: string, fallback: string): (corpus: string) => string {
  const v = opt(name, def);
  if (v && !v.includes('=')) return () => v;
  const m = new Map(v.split(',').map((x) => x.split('=') as [string, string]));
  return (corpus) => m.get(corpus) ?? fallback;
}

/** A numeric option given for every corpus (`--bags 3`) or per corpus (`--bags nergrit=3,nerp=2`), as `perCorpusWord`. */
export function perCorpus(name: string, def: string, fallback: number): (corpus: string) => number {
  const word = perCorpusWord(name, def, String(fallback));
  return (corpus) => Number(word(corpus));
}
