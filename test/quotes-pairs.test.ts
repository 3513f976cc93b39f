/**
 * Quote-mark pairing on what scraped news really holds: invisible format characters around a
 * mark, straight marks opening a handle, a hashtag or an inner mark, a closing mark glued after a
 * sentence used as an opener, and a straight-quoted title inside a straight quote. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quoteRules } from './support.js';
import { packFor } from '../src/lang/index.js';
import { quoteContext } from '../src/annotate/quotes/context.js';
import { type Pair, quotePairs } from '../src/annotate/quotes/pairs.js';
import { paragraphs } from '../src/annotate/quotes/text.js';
import { detokenize } from '../scripts/lib/indosum.js';


/** The quotes found by the hand-written rules alone, as [words, speaker, direct]. */
const rules = (text: string) => quoteRules(text, 'id');

/** The quote marks paired, as the text each pair holds between its marks. */
function paired(text: string): string[] {
  return quotePairs(text, paragraphs(text)).map((p) => text.slice(p.open + p.openLen, p.close));
}

describe('invisible format characters around a quote mark', () => {
  it('a left-to-right mark before the opening mark at a paragraph start', () => {
    const t = 'Polisi berjaga di depan vihara.\n\u200e"Tahun ini kami menurunkan 60 personel gabungan," kata Kapolsek Rudi Hartono.';
    expect(rules(t)).toEqual([['Tahun ini kami menurunkan 60 personel gabungan', 'Rudi Hartono', true]]);
    // The mark stays in the text: offsets point into it unchanged.
    const [p] = quotePairs(t, paragraphs(t));
    expect(t[p.open]).toBe('"');
  });

  it('a zero-width space after the opening mark, a left-to-right mark after the closing one', () => {
    const t = 'Rapat berakhir sore. "\u200bKami belum menerima surat itu sampai hari ini,"\u200e ujar Dewi Lestari.';
    expect(rules(t)).toEqual([['Kami belum menerima surat itu sampai hari ini', 'Dewi Lestari', true]]);
  });

  it('a quote running over paragraphs whose next paragraph opens with a word joiner', () => {
    const t = '"Kami akan menambah jalur bus baru tahun depan.\n\u2060"Semua halte juga akan diperbaiki," kata Andi Wijaya.';
    expect(paired(t)).toEqual(['Kami akan menambah jalur bus baru tahun depan.', 'Semua halte juga akan diperbaiki,']);
  });
});

describe('a straight mark opening before a handle, a hashtag or an inner mark', () => {
  it('before an @handle', () => {
    const t = 'Warganet ramai memuji petugas itu.\n"@DinasPerhubungan terima kasih sudah sigap menolong warga," tulis akun @rinaputri.';
    expect(rules(t)).toEqual([['@DinasPerhubungan terima kasih sudah sigap menolong warga', '@rinaputri', true]]);
  });

  it('before a hashtag', () => {
    const t = 'Dukungan mengalir dari mana-mana. "#BandungBangkit kami tidak akan menyerah pada banjir," kata Rudi Hartono.';
    expect(rules(t)).toEqual([['#BandungBangkit kami tidak akan menyerah pada banjir', 'Rudi Hartono', true]]);
  });

  it("before an inner single mark ('…' and ‘…’)", () => {
    const t = `Menurut dia, pembaruan itu penting. "' Backup ' data harus dilakukan setiap pekan oleh semua kantor," kata Dewi Lestari.`;
    expect(rules(t)).toEqual([["' Backup ' data harus dilakukan setiap pekan oleh semua kantor", 'Dewi Lestari', true]]);
    expect(paired('Ia menambahkan. "‘Backup’ data harus dilakukan setiap pekan," kata Dewi.')).toEqual(['‘Backup’ data harus dilakukan setiap pekan,']);
  });
});

describe('the subject shared by joined verbs after a long fronted phrase', () => {
  it('a fronted phrase of eight words before the name (In his first Twitter post of the week, X … and noted)', () => {
    const t = 'In his first Twitter post of the week, John Miller touched upon the idea of a strike and noted there should be no delay.';
    expect(quoteRules(t, 'en').map((h) => h[1])).toEqual(['John Miller']);
  });
});

describe('a closing mark glued after a sentence end, used as an opener', () => {
  it('… Hartono.”Besok … , ” kata X', () => {
    const t = 'Jadwal itu dibenarkan oleh Kombes Rudi Hartono.”Besok saksi akan hadir memenuhi panggilan penyidik, ” kata Kabag Humas Dewi Lestari.';
    expect(rules(t)).toEqual([['Besok saksi akan hadir memenuhi panggilan penyidik', 'Dewi Lestari', true]]);
  });

  it('a closer after a sentence end still closes an open quote', () => {
    expect(paired('“Kami siap bekerja.”Hari ini semua petugas hadir.')).toEqual(['Kami siap bekerja.']);
  });
});

describe('a straight-quoted title inside a straight quote', () => {
  it('pairs the outer quote that a comma and a cue close', () => {
    const t = '"Anak-anak menonton film "Laskar Pelangi" di sekolah, dan mereka senang sekali," kata Rudi Hartono.';
    expect(rules(t)).toEqual([['Anak-anak menonton film "Laskar Pelangi" di sekolah, dan mereka senang sekali', 'Rudi Hartono', true]]);
  });

  it('two titles inside one quote', () => {
    const t = 'Ia bercerita. "Lagu "Bengawan Solo" dan "Rayuan Pulau Kelapa" selalu kami nyanyikan setiap pagi," ujar Dewi Lestari.';
    expect(rules(t)).toEqual([['Lagu "Bengawan Solo" dan "Rayuan Pulau Kelapa" selalu kami nyanyikan setiap pagi', 'Dewi Lestari', true]]);
  });

  it('only with a cue after the closing mark', () => {
    const t = 'Ia menulis "Kami menonton film "Laskar Pelangi" di sekolah kemarin." Lalu ia pulang.';
    const held = (pairs: Pair[]) => pairs.map((p) => t.slice(p.open + p.openLen, p.close));
    expect(held(quoteContext(t, packFor('id'), []).pairs)).toEqual(['Kami menonton film ']);
    expect(held(quotePairs(t, paragraphs(t), () => true))).toEqual(['Kami menonton film "Laskar Pelangi" di sekolah kemarin.']);
  });
});

describe('the IndoSum detokenizer and invisible characters on a mark token', () => {
  it('a mark token carrying a left-to-right mark opens the quote, and the closing mark hugs it', () => {
    expect(detokenize(['\u200e"', 'Kami', 'siap', ',', '"', 'kata', 'Budi', '.'])).toBe('\u200e"Kami siap," kata Budi.');
    expect(detokenize(['\u200e"Kami', 'siap', ',', '"', 'kata', 'Budi', '.'])).toBe('\u200e"Kami siap," kata Budi.');
  });
});
