/**
 * The quote gold set (`gold.json` beside this file; its `note` and README.md say what the offsets
 * point into and which quotes count): one reader for the eval, the ranker's training and the tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface QuoteGoldItem {
  file: string;
  start: number;
  end: number;
  speaker: string | null;
  direct: boolean;
  /** `dev`: used while building the annotator; `heldout*`: annotated before the annotator ran on them (see the README). */
  split?: string;
}

export interface QuoteGold {
  items: QuoteGoldItem[];
  /** Files judged to hold no quotes: scored too, so that their false alarms count. */
  empty?: Array<{ file: string; split: string }>;
}

const GOLD_PATH = resolve(dirname(fileURLToPath(import.meta.url)), 'gold.json');

export function readQuoteGold(): QuoteGold {
  return JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as QuoteGold;
}
