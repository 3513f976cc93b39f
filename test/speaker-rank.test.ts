import { describe, expect, it } from 'vitest';
import { findQuotes, quoteCandidates } from '../src/annotate/quotes/index.js';
import { best, loadSpeakerModel, trainRanker, type RankInstance } from '../src/annotate/quotes/rank/model.js';
import { packFor } from '../src/lang/index.js';

const id = packFor('id');
const en = packFor('en');

describe('speaker ranker model', () => {
  it('loads the committed model: feature names and weights only, no words of the text', () => {
    const m = loadSpeakerModel();
    expect(m).not.toBeNull();
    const names = Object.keys(m!.weights);
    expect(names.length).toBeGreaterThan(50);
    expect(Object.keys(m!.entityWeights ?? {}).length).toBeGreaterThan(50);
    names.push(...Object.keys(m!.entityWeights ?? {}));
    // Closed classes only: feature kinds, cue kinds, buckets, entity types; never a name.
    const part = /^[a-z][a-zA-Z]*(?:=(?:[a-z][a-zA-Z-]*|[A-Z]+|-|(?:[a-z][a-zA-Z]*:)?(?:<=|>)\d+))?$/;
    for (const f of names) for (const p of f.split('&')) expect(p).toMatch(part);
  });

  it('learns from a tiny synthetic set, and can leave features out', () => {
    const data: RankInstance[] = [];
    for (let i = 0; i < 40; i++) {
      // The right candidate is the one after the cue; `noise` is on either side.
      data.push({ cands: [['null'], ['afterCue', i % 2 ? 'noise' : 'x'], ['beforeCue', i % 2 ? 'x' : 'noise']], gold: [false, true, false] });
    }
    const m = trainRanker(data, { epochs: 10 });
    expect(m.weights.afterCue).toBeGreaterThan(m.weights.beforeCue ?? 0);
    expect(best(m, [['null'], ['beforeCue'], ['afterCue']]).index).toBe(2);
    const without = trainRanker(data, { epochs: 10, drop: (f) => f === 'afterCue' });
    expect(without.weights.afterCue).toBeUndefined();
  });
});

describe('speaker ranker on constructed text', () => {
  const speakerOf = (text: string, pack: typeof id, at: string) => {
    // Margin 0: the model's own best candidate, not the rules' choice kept by the margin.
    const hits = findQuotes(text, pack, [], { rank: true, margin: 0 });
    const h = hits.find((x) => text.slice(x.start, x.end).includes(at));
    expect(h).toBeDefined();
    return h!;
  };

  it('takes the name at the cue after the quote, with reasons', () => {
    const text = 'Banjir melanda tiga desa pada Senin pagi.\n"Kami sudah mengirim perahu dan tenda ke lokasi," kata Budi Santoso, kepala badan penanggulangan bencana daerah.\n';
    const h = speakerOf(text, id, 'perahu');
    expect(h.speakerText).toBe('Budi Santoso');
    expect(h.why?.length).toBeGreaterThan(0);
  });

  it('takes the subject of the verb before an indirect statement, not a place in it', () => {
    const text = 'Harga beras naik lagi pekan ini.\nMenteri Perdagangan Rina Wijaya mengatakan bahwa pasokan dari Surabaya akan tiba pekan depan.\n';
    expect(speakerOf(text, id, 'pasokan').speakerText).toBe('Rina Wijaya');
  });

  it('keeps an English quote with its speaker after the verb', () => {
    const text = 'The bridge reopened on Tuesday after two years of repairs.\n"It was worth the wait," said Helen Carter, who drives across it every day.\n';
    expect(speakerOf(text, en, 'worth').speakerText).toBe('Helen Carter');
  });

  it('offers the rules choice, no one, and the nearby names as candidates, one per person', () => {
    const text = 'Rina Wijaya tiba di Bandung pada Selasa.\n"Kami akan membuka pasar baru," kata Rina.\n';
    const { hits, cands } = quoteCandidates(text, id);
    const k = hits.findIndex((h) => text.slice(h.start, h.end).includes('pasar'));
    const names = cands[k].map((c) => c.who?.text ?? null);
    expect(names).toContain(null);
    // `Rina` and `Rina Wijaya` are one candidate.
    expect(names.filter((n) => n && /Rina/.test(n))).toHaveLength(1);
    expect(cands[k].find((c) => c.feats.includes('rule'))?.who?.text).toMatch(/Rina/);
  });
});
