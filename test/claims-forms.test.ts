/**
 * Claim forms on sentences written for these tests: Indonesian number formats and words, units,
 * currencies and percentages, what is not a claim (dates, times, years, ordinals, durations,
 * phone numbers, codes), and attribution (report cues, basis cues, quotes), plus English.
 */
import { describe, expect, it } from 'vitest';
import type { CleanArticle, EntityMention } from '../src/model/types.js';
import { packFor } from '../src/lang/index.js';
import { annotateClaims, parseNumeral, parseNumberWords } from '../src/annotate/claims/index.js';
import { numbersFor } from '../src/lang/numbers.js';
import { tokenize } from '../src/annotate/quotes/text.js';

function article(text: string, language: 'id' | 'en' = 'id'): CleanArticle {
  return {
    id: 'atest', hash: 'x', origin: 'test', url: null, title: null, titleSource: null, outlet: null,
    publishedAt: null, publishedAtSource: null, dateline: null, authors: [], credits: [], language,
    text, removed: [],
  };
}
const claims = (text: string, lang: 'id' | 'en' = 'id', entities: EntityMention[] = []) =>
  annotateClaims(article(text, lang), packFor(lang), entities).map((c) => ({ text: c.text, quantity: c.quantity, unit: c.unit, attributedTo: c.attributedTo }));

describe('numbers', () => {
  it('parses Indonesian and English digit formats', () => {
    const id = numbersFor('id');
    const en = numbersFor('en');
    expect(parseNumeral('10.000', id)).toBe(10000);
    expect(parseNumeral('1,5', id)).toBe(1.5);
    expect(parseNumeral('2.500.000', id)).toBe(2500000);
    expect(parseNumeral('16.40', id)).toBeNull();
    expect(parseNumeral('10,000', en)).toBe(10000);
    expect(parseNumeral('2.3', en)).toBe(2.3);
  });

  it('parses number words', () => {
    const id = numbersFor('id');
    const w = (s: string, lex = id) => parseNumberWords(tokenize(s), 0, lex)?.value;
    expect(w('dua puluh lima')).toBe(25);
    expect(w('dua belas')).toBe(12);
    expect(w('seratus dua puluh')).toBe(120);
    expect(w('tiga ratus ribu')).toBe(300000);
    expect(w('setengah juta')).toBe(500000);
    expect(w('sebelas')).toBe(11);
    expect(w('twenty-five', numbersFor('en'))).toBe(25);
    expect(w('two hundred and five', numbersFor('en'))).toBe(205);
  });
});

describe('claims, Indonesian', () => {
  it('a count with its noun and approximator: sekitar 10.000 tentara', () => {
    expect(claims('Negara itu mengirim sekitar 10.000 tentara ke perbatasan.')).toEqual([
      { text: 'sekitar 10.000 tentara', quantity: 10000, unit: 'tentara', attributedTo: null },
    ]);
  });

  it('an approximator after the number: 10.000 lebih tentara', () => {
    expect(claims('Negara itu mengirim 10.000 lebih tentara ke perbatasan.')).toEqual([
      { text: '10.000 lebih tentara', quantity: 10000, unit: 'tentara', attributedTo: null },
    ]);
  });

  it('scale words, currencies, percent and rates', () => {
    const out = claims('Impor mencapai 1,5 juta ton dengan nilai Rp 2,3 triliun, naik 25 persen. Harga minyak 60 dollar AS per barel.');
    expect(out).toEqual([
      { text: '1,5 juta ton', quantity: 1500000, unit: 'ton', attributedTo: null },
      { text: 'Rp 2,3 triliun', quantity: 2300000000000, unit: 'rupiah', attributedTo: null },
      { text: '25 persen', quantity: 25, unit: 'persen', attributedTo: null },
      { text: '60 dollar AS per barel', quantity: 60, unit: 'dolar AS per barel', attributedTo: null },
    ]);
  });

  it('number words: dua puluh lima ribu warga', () => {
    expect(claims('Sebanyak dua puluh lima ribu warga mengungsi.')).toEqual([
      { text: 'dua puluh lima ribu warga', quantity: 25000, unit: 'warga', attributedTo: null },
    ]);
  });

  it('skips dates, times, years, ordinals, durations, ages, phone numbers, codes and list numbers', () => {
    const t = [
      'Rapat digelar Senin (27/10/2025) pukul 16.40 WIB, pada 17 Agustus 2024, dan pada Juni 2014.',
      'Konferensi ke-3 berlangsung selama tiga hari, sejak 1948, dan ia berusia 45 tahun.',
      'Hubungi 081234567890 atau 500-000, bensin RON92, dan SPBU 34-10401.',
      '1. Jalan Merdeka',
      'Salah satu peserta pulang.',
    ].join('\n');
    expect(claims(t)).toEqual([]);
  });
});

describe('claims, Indonesian: what follows the number', () => {
  it('a conjunction after a bare number is no unit: the level of an index is left out', () => {
    const t = 'Indeks turun 12 poin dan ditutup di 4.210,5 sedangkan indeks lain naik 0,3 persen.';
    expect(claims(t).map((c) => [c.quantity, c.unit])).toEqual([
      [12, 'poin'],
      [0.3, 'persen'],
    ]);
  });

  it('`tiga diantaranya` counts nothing new: the noun was before', () => {
    expect(claims('Dari delapan sumur yang dibor, tiga diantaranya kering.').map((c) => [c.quantity, c.unit])).toEqual([[8, 'sumur']]);
  });

  it('a round figure with -an: 380-an juta barel, Rp 7.000-an; a decade is not a claim', () => {
    expect(claims('Stok naik ke level 380-an juta barel, harganya Rp 7.000-an, tertinggi sejak 1980-an.')).toEqual([
      { text: '380-an juta barel', quantity: 380000000, unit: 'barel', attributedTo: null },
      { text: 'Rp 7.000-an', quantity: 7000, unit: 'rupiah', attributedTo: null },
    ]);
  });

  it('ordinals and quarters after a number are not what it counts', () => {
    expect(claims('Pada kuartal tiga pertama tahun ini laba naik, dan dalam tiga kuartal terakhir 12 cabang dibuka.').map((c) => [c.quantity, c.unit])).toEqual([
      [12, 'cabang'],
    ]);
  });

  it('a currency or percent after the number outweighs a word that marks ordinals: turun ke 61 dollar AS', () => {
    expect(claims('Harga turun ke 61,06 dollar AS per barel, sedangkan peserta ke 3 pulang.').map((c) => [c.quantity, c.unit])).toEqual([
      [61.06, 'dolar AS per barel'],
    ]);
  });

  it('a classifier before a name is the unit: 40.000 unit Radio Frequency Identification', () => {
    expect(claims('Sudah terpasang 40.000 unit Radio Frequency Identification dan 5 buah rumah.').map((c) => [c.quantity, c.unit])).toEqual([
      [40000, 'unit'],
      [5, 'rumah'],
    ]);
  });

  it('a range is one claim with its lower bound; listed numbers share the scale and unit of the last', () => {
    const t = 'Ekonomi tumbuh 5,0 - 5,1 persen dan inflasi 3 hingga 4 persen. Kasus baru tercatat 14 dan 15 juta di Eropa dan Asia.';
    expect(claims(t)).toEqual([
      { text: '5,0 - 5,1 persen', quantity: 5, unit: 'persen', attributedTo: null },
      { text: '3 hingga 4 persen', quantity: 3, unit: 'persen', attributedTo: null },
      { text: '14', quantity: 14000000, unit: null, attributedTo: null },
      { text: '15 juta', quantity: 15000000, unit: null, attributedTo: null },
    ]);
  });

  it('the word satu counts before a currency or percent, not as an article', () => {
    expect(claims('Harga emas naik lebih dari satu dollar AS, sedangkan satu hal lain belum jelas.')).toEqual([
      { text: 'lebih dari satu dollar AS', quantity: 1, unit: 'dolar AS', attributedTo: null },
    ]);
  });
});

describe('attribution', () => {
  it('a verb of reckoning credits its subject: X memperhitungkan, …', () => {
    const t = 'Ekonom senior Budi Santoso memperhitungkan, dengan kurs Rp 15.000 per dollar AS, biaya impor naik 8 persen.';
    expect(claims(t).map((c) => [c.quantity, c.attributedTo])).toEqual([
      [15000, 'Budi Santoso'],
      [8, 'Budi Santoso'],
    ]);
  });

  it('a passive report verb credits its named agent: diterangkan oleh X, disampaikan X', () => {
    expect(claims('Namun, diterangkan oleh WHO, kasus baru bertambah 22 persen.')[0].attributedTo).toBe('WHO');
    expect(claims('Data itu disampaikan Koalisi Pemantau Pangan setelah menyurvei 60 pasar.')[0].attributedTo).toBe('Koalisi Pemantau Pangan');
    expect(claims('Rumah itu dijual seharga Rp 2 miliar.')[0].attributedTo).toBeNull();
    expect(claims('Tahun depan diperkirakan Indonesia tumbuh 5 persen.')[0].attributedTo).toBeNull();
    expect(claims('Tahun depan ekonomi tumbuh 5 persen, seperti diperkirakan oleh Bank Dunia.')[0].attributedTo).toBe('Bank Dunia');
  });

  it('a common noun opening the sentence is no source: Acuan pasar … mencatat', () => {
    const t = 'Acuan pasar kopi dunia mencatat harga naik 3 persen. Harga di pasar acuan London juga naik.';
    expect(claims(t)[0].attributedTo).toBeNull();
  });

  it('a sentence that carries on the one before keeps its source; a topic shift does not', () => {
    const t = 'Dinas Pertanian mencatat panen padi mencapai 40.000 ton. Sedangkan panen jagung sebesar 12.000 ton. '
      + 'Bahkan, panen kedelai naik 5 persen.\n\nSementara itu, harga beras turun 3 persen. Dan harga gula naik 2 persen.';
    expect(claims(t).map((c) => [c.quantity, c.attributedTo])).toEqual([
      [40000, 'Dinas Pertanian'],
      [12000, 'Dinas Pertanian'],
      [5, 'Dinas Pertanian'],
      [3, null],
      [2, null],
    ]);
  });

  it('a carried-on sentence after reported speech keeps the speaker', () => {
    const t = 'Rahmat Hidayat mengatakan, investasi tahap awal sebesar Rp 2 triliun. Bahkan, nilainya bisa lebih dari Rp 3 triliun.';
    expect(claims(t).map((c) => [c.quantity, c.attributedTo])).toEqual([
      [2e12, 'Rahmat Hidayat'],
      [3e12, 'Rahmat Hidayat'],
    ]);
  });


  it('a report cue in the same sentence: Menurut laporan X', () => {
    expect(claims('Menurut laporan Antara, sekitar 300 rumah rusak akibat gempa.')).toEqual([
      { text: 'sekitar 300 rumah', quantity: 300, unit: 'rumah', attributedTo: 'Antara' },
    ]);
  });

  it('a basis cue alone keeps its sources as printed; a report in the sentence before wins', () => {
    expect(claims('Sebanyak 400 warga tewas, berdasarkan estimasi dari Jakarta dan Bandung.')[0].attributedTo).toBe('Jakarta dan Bandung');
    const t = 'Menurut laporan Antara, banjir merendam 5.000 rumah. Dari jumlah itu, 120 rumah hanyut, berdasarkan estimasi dari Jakarta dan Bandung.';
    expect(claims(t).map((c) => [c.quantity, c.attributedTo])).toEqual([
      [5000, 'Antara'],
      [120, 'Antara'],
    ]);
  });

  it('the basis of an estimate is kept apart from its reporter, for the report the basis carries on', () => {
    const basis = (t: string, entities: EntityMention[] = []) =>
      annotateClaims(article(t), packFor('id'), entities).map((c) => [c.quantity, c.attributedTo, c.basis ?? null]);
    expect(basis('Sebanyak 400 warga tewas, berdasarkan estimasi dari Jakarta dan Bandung.')).toEqual([[400, 'Jakarta dan Bandung', ['Jakarta', 'Bandung']]]);
    const t = 'Menurut laporan Antara, banjir merendam 5.000 rumah. Dari jumlah itu, 120 rumah hanyut, berdasarkan estimasi dari Jakarta dan Bandung.';
    expect(basis(t)).toEqual([
      [5000, 'Antara', ['Jakarta', 'Bandung']],
      [120, 'Antara', ['Jakarta', 'Bandung']],
    ]);
    // the basis names are the entity mentions inside it when there are any
    const at = (name: string): EntityMention => ({ start: t.indexOf(name), end: t.indexOf(name) + name.length, text: name, type: 'LOCATION', entity: null });
    expect(basis(t, [at('Antara'), at('Jakarta'), at('Bandung')]).map((c) => c[2])).toEqual([['Jakarta', 'Bandung'], ['Jakarta', 'Bandung']]);
    // a next sentence with a reporter of its own starts another report: its basis stays there
    const two = 'Menurut laporan Antara, banjir merendam 5.000 rumah. Kompas melaporkan 120 rumah hanyut, berdasarkan estimasi dari Jakarta.';
    expect(basis(two)).toEqual([
      [5000, 'Antara', null],
      [120, 'Kompas', ['Jakarta']],
    ]);
    // no basis cue: no basis
    expect(basis('Menurut laporan Antara, sekitar 300 rumah rusak akibat gempa.')).toEqual([[300, 'Antara', null]]);
  });

  it('a number inside a quote or reported speech is the speaker’s claim', () => {
    const t = 'Kepala BPBD Rina Marlina mengatakan, 45 sekolah rusak. “Kami butuh 2.000 tenda,” ujarnya.';
    expect(claims(t).map((c) => [c.quantity, c.unit, c.attributedTo])).toEqual([
      [45, 'sekolah', 'Rina Marlina'],
      [2000, 'tenda', 'Rina Marlina'],
    ]);
  });

  it('a source verb: X melaporkan', () => {
    expect(claims('Kompas melaporkan 80 kapal tertahan di pelabuhan.')[0].attributedTo).toBe('Kompas');
  });

  it('uses the entity mention for the source when there is one', () => {
    const t = 'Menurut laporan Antara, sekitar 300 rumah rusak.';
    const s = t.indexOf('Antara');
    const m: EntityMention = { start: s, end: s + 6, text: 'Antara', entity: 'e-antara', type: 'ORGANIZATION' };
    expect(claims(t, 'id', [m])[0].attributedTo).toBe('e-antara');
  });
});

describe('claims, English', () => {
  it('formats, words and attribution', () => {
    const t = 'According to Reuters, about 10,000 soldiers were sent. Prices rose 25% to $2.3 billion. Twenty-five people died on March 3, 2024 at 10:30.';
    expect(claims(t, 'en')).toEqual([
      { text: 'about 10,000 soldiers', quantity: 10000, unit: 'soldiers', attributedTo: 'Reuters' },
      { text: '25%', quantity: 25, unit: 'percent', attributedTo: null },
      { text: '$2.3 billion', quantity: 2300000000, unit: 'dollar', attributedTo: null },
      { text: 'Twenty-five people', quantity: 25, unit: 'people', attributedTo: null },
    ]);
  });

  it('English names and adjectives before the counted noun: 10,000 North Korean soldiers', () => {
    expect(claims('About 10,000 North Korean soldiers were sent.', 'en')).toEqual([
      { text: 'About 10,000 North Korean soldiers', quantity: 10000, unit: 'soldiers', attributedTo: null },
    ]);
  });
});

describe('bounds', () => {
  const bounds = (text: string, lang: 'id' | 'en' = 'id') =>
    annotateClaims(article(text, lang), packFor(lang), []).map((c) => [c.text, c.bound ?? null]);
  it('says whether a number is approximate, a floor or a ceiling', () => {
    expect(bounds('Sekitar 300 rumah terendam dan lebih dari 1.200 warga mengungsi.')).toEqual([
      ['Sekitar 300 rumah', 'about'],
      ['lebih dari 1.200 warga', 'atLeast'],
    ]);
    expect(bounds('Hampir 40 persen lahan rusak, sementara 25 sekolah ditutup.')).toEqual([
      ['Hampir 40 persen', 'atMost'],
      ['25 sekolah', null],
    ]);
    expect(bounds('Polisi menahan 2.000 lebih pendukung klub itu.')).toEqual([['2.000 lebih pendukung', 'atLeast']]);
    expect(bounds('At least 12 ships and nearly 900 sailors were lost.', 'en')).toEqual([
      ['At least 12 ships', 'atLeast'],
      ['nearly 900 sailors', 'atMost'],
    ]);
  });
});
