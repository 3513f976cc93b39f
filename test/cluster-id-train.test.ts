/**
 * The Indonesian training stream (eval/cluster/id-train.json) must never overlap the Indonesian
 * check, or a fit on it would leak into the held-out numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadIndonesian, loadIndonesianTrain } from '../eval/cluster/indonesian.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const have = existsSync(join(root, '..', 'shared', 'data'));

interface TrainGold {
  events: string[][];
  hardNegatives: string[][];
}

describe.skipIf(!have)('Indonesian training stream', () => {
  const gold = JSON.parse(readFileSync(join(root, 'eval', 'cluster', 'id-train.json'), 'utf8')) as TrainGold;
  const check = loadIndonesian(root);
  const train = loadIndonesianTrain(root);
  const trainKeys = new Set(train.map((d) => d.key));

  it('shares no article with the check, by key or by text', () => {
    const checkKeys = new Set(check.map((d) => d.key));
    const checkHashes = new Set(check.map((d) => d.raw.hash));
    expect(train.filter((d) => checkKeys.has(d.key) || checkHashes.has(d.raw.hash))).toEqual([]);
  });

  it('is IndoSum only and loads every id it names', () => {
    expect(train.every((d) => d.key.startsWith('indosum:'))).toBe(true);
    const named = [...gold.events.flat(), ...gold.hardNegatives.flat()];
    expect(named.filter((k) => !trainKeys.has(k))).toEqual([]);
  });

  it('has disjoint groups of 2 to 6 articles', () => {
    const members = gold.events.flat();
    expect(new Set(members).size).toBe(members.length);
    expect(gold.events.every((ev) => ev.length >= 2 && ev.length <= 6)).toBe(true);
  });

  it('keeps hard-negative pairs in different gold events', () => {
    const label = new Map(train.map((d) => [d.key, d.gold]));
    expect(gold.hardNegatives.filter(([a, b]) => label.get(a) === label.get(b))).toEqual([]);
  });

  it('takes each document once', () => {
    expect(trainKeys.size).toBe(train.length);
  });
});
