/**
 * Rules from the misses of the blind batches heldout36 and en-heldout26, each with its negative
 * side. Our own sentences, never the batches' text.
 */
import { describe, expect, it } from 'vitest';
import { quoteRules } from './support.js';

type Case = [what: string, text: string, expected: Array<[string, string | null, boolean]>];

const check = (lang: 'id' | 'en') => (_what: string, text: string, expected: Case[2]) => {
  expect(quoteRules(text, lang)).toEqual(expected);
};

describe('a citation opener cites an outlet; the subject after it speaks', () => {
  const cases: Case[] = [
    [
      '`yang bernama NAME itu`: the name the description gives',
      'Perusahaan itu menolak berkomentar. Dilansir Kompas, juru bicara yang bernama Budi Santoso itu mengatakan perusahaan sudah sepakat menjual sahamnya.',
      [['perusahaan sudah sepakat menjual sahamnya', 'Budi Santoso', false]],
    ],
    [
      'without a citation opener too',
      'Perusahaan itu menolak berkomentar. Juru bicara yang bernama Budi Santoso itu mengatakan perusahaan sudah sepakat menjual sahamnya.',
      [['perusahaan sudah sepakat menjual sahamnya', 'Budi Santoso', false]],
    ],
    [
      'a named subject after `Seperti dilansir X,`',
      'Harga minyak naik. Seperti dilansir Kompas, Budi Santoso mengatakan harga akan terus naik pekan depan.',
      [['harga akan terus naik pekan depan', 'Budi Santoso', false]],
    ],
    [
      'the outlet is no speaker when the subject names no one',
      'Harga minyak naik. Dilansir Kompas, para analis mengatakan harga akan terus naik pekan depan.',
      [],
    ],
  ];
  it.each(cases)('%s', check('id'));
});

describe('a description opening a subordinate clause is the person in focus', () => {
  const cases: Case[] = [
    [
      '`usai <description> itu mengungkapkan` + clause',
      'Penyanyi Rina Wulandari mengatakan dia senang. Kabar itu terungkap usai wanita 25 tahun itu mengungkapkan telah melahirkan bayi laki-laki.',
      [['dia senang', 'Rina Wulandari', false], ['telah melahirkan bayi laki-laki', 'Rina Wulandari', false]],
    ],
    [
      'a one-word noun object stays out',
      'Penyanyi Rina Wulandari mengatakan dia senang. Kabar itu terungkap usai wanita 25 tahun itu mengungkapkan kekecewaannya.',
      [['dia senang', 'Rina Wulandari', false]],
    ],
  ];
  it.each(cases)('%s', check('id'));
});

describe('`according to` a possessed role: the name in apposition', () => {
  const cases: Case[] = [
    [
      'her publicist, NAME',
      'The singer has checked into a clinic in Denver, according to her publicist, John Smith.',
      [['The singer has checked into a clinic in Denver', 'John Smith', false]],
    ],
    ['his longtime lawyer NAME', 'The singer died in his sleep, according to his longtime lawyer John Smith.', [['The singer died in his sleep', 'John Smith', false]]],
    ['a possessed document names no one', 'The singer earned a degree in 1961, according to his official biography.', []],
  ];
  it.each(cases)('%s', check('en'));
});

describe('a weak verb before a coordinated pronoun subject and a modal reports a clause', () => {
  const cases: Case[] = [
    [
      '`denied he or any one aide could …`',
      'Tom Hale was questioned about the leak. But he denied he or any one aide could have leaked the memo.',
      [['he or any one aide could have leaked the memo', 'Tom Hale', false]],
    ],
    ['`denied he and his staff had …`', 'Tom Hale was questioned about the leak. He denied he and his staff had known about it.', [['he and his staff had known about it', 'Tom Hale', false]]],
    ['an object pronoun and its people are no clause', 'Tom Hale was questioned about the leak. He praised him and his staff for their work.', []],
  ];
  it.each(cases)('%s', check('en'));
});

describe('a connective closed by a demonstrative (`Sementara itu X …`) puts X in focus', () => {
  const first = 'Kapolres Budi Santoso mengatakan jalan akan ditutup malam ini.\n"Kami siapkan bus untuk warga," katanya.\n';
  const last = '\n"Kapasitas bus terbatas, tidak semua bisa kita layani," katanya.';
  const cases: Case[] = [
    [
      'a new official who urges, after `Sementara itu`, takes the next `katanya`',
      first + 'Sementara itu Kapolda Irjen Agus Salim mengimbau masyarakat berangkat lebih awal.' + last,
      [['jalan akan ditutup malam ini', 'Budi Santoso', false], ['Kami siapkan bus untuk warga', 'Budi Santoso', true], ['Kapasitas bus terbatas, tidak semua bisa kita layani', 'Agus Salim', true]],
    ],
    [
      'a sentence about no one keeps the last speaker',
      first + 'Sementara itu jalur alternatif dibuka sejak sore.' + last,
      [['jalan akan ditutup malam ini', 'Budi Santoso', false], ['Kami siapkan bus untuk warga', 'Budi Santoso', true], ['Kapasitas bus terbatas, tidak semua bisa kita layani', 'Budi Santoso', true]],
    ],
  ];
  it.each(cases)('%s', check('id'));
});

describe("a witness's account cited inside a statement (`berdasarkan keterangan saksi X … menjelaskan`) stays the speaker's", () => {
  it('no statement of its own, and the next `katanya` is still the speaker', () => {
    const t = 'Kapolsek Budi Santoso mengatakan, berdasarkan keterangan saksi Wayan Sudarma satpam Hotel Melati menjelaskan, saat itu saksi mendengar suara benda jatuh.\n"Saksi lalu melapor ke polisi," katanya.';
    expect(quoteRules(t, 'id')).toEqual([
      ['berdasarkan keterangan saksi Wayan Sudarma satpam Hotel Melati menjelaskan, saat itu saksi mendengar suara benda jatuh', 'Budi Santoso', false],
      ['Saksi lalu melapor ke polisi', 'Budi Santoso', true],
    ]);
  });
  it('a subject after the basis phrase and its comma still speaks for itself', () => {
    const t = 'Budi Santoso mengatakan, berdasarkan data dari Bulog, Ani Lestari menuturkan stok beras masih cukup.';
    expect(quoteRules(t, 'id')).toContainEqual(['stok beras masih cukup', 'Ani Lestari', false]);
  });
});

describe('a bare cue stem after a preposition is a noun or an adverb, not a cue', () => {
  const cases: Case[] = [
    ['`dengan nilai …`: a value', 'Perusahaan itu membeli saham dengan nilai mencapai 9 miliar rupiah, yang bakal membuat mereka memegang 14 persen saham.', []],
    ['`dari kisah X,`: a story', 'Film itu diangkat dari kisah Ratna Sari, dari novel karya Budi Santoso yang terbit tahun lalu.', []],
    ['a cue stem after a comma still cues', 'Harga beras, kata Budi Santoso, akan naik bulan depan.', [['akan naik bulan depan', 'Budi Santoso', false]]],
  ];
  it.each(cases)('%s', check('id'));
});

describe('a passive verb with a clitic cues a quote only when its stem opens with a cue verb', () => {
  const cases: Case[] = [
    ['`diberlakukannya "…"`: a term, not a quote (the stem only holds `aku` inside)', 'Polisi menyiapkan bus menyusul diberlakukannya "car free night" di jalur itu.', []],
    ['`yang disebutnya sebagai "…"` still quotes', 'Budi Santoso hadir. Ia menolak rencana yang disebutnya sebagai "proyek mercusuar belaka".', [['proyek mercusuar belaka', 'Budi Santoso', true]]],
  ];
  it.each(cases)('%s', check('id'));
});

describe('a belief is no statement (the gold leaves beliefs out)', () => {
  const cases: Case[] = [
    ['`believes that`', 'The coach spoke after the game. Mark Dawson believes that the team can still win the league.', []],
    ['`believed` + clause', 'The coach spoke after the game. Mark Dawson believed the team could still win the league.', []],
    [
      '`said` before a belief still reports',
      'The coach spoke after the game. Mark Dawson said that the team can still win the league.',
      [['the team can still win the league', 'Mark Dawson', false]],
    ],
  ];
  it.each(cases)('%s', check('en'));
});
