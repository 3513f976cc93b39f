/**
 * Words between the subject of a verb of saying and the verb: time (`pada hari Jumat`, `pada
 * 2015`), a channel with whom the speaker told (`dalam wawancara dengan X`, `kepada X`), adverbs
 * (`always said`). The speaker is the subject before them, never a name inside them.
 */
import { describe, expect, it } from 'vitest';
import { quoteRules } from './support.js';

/** The quotes from the hand-written rules alone, as [words, speaker, direct]. */
const rules = (text: string, lang: 'id' | 'en' = 'id') => quoteRules(text, lang);

describe('time between subject and verb', () => {
  it('pada hari + weekday', () => {
    const t = 'Budi Santoso pada hari Jumat mengatakan bahwa harga beras akan naik bulan depan.';
    expect(rules(t)).toEqual([['harga beras akan naik bulan depan', 'Budi Santoso', false]]);
  });

  it('pada + year, after an adverb and a channel', () => {
    const t = 'Rina Wulandari sendiri dalam wawancara dengan Tempo pada 2019 mengakui bahwa ia sempat ragu untuk pindah.';
    expect(rules(t)).toEqual([['ia sempat ragu untuk pindah', 'Rina Wulandari', false]]);
  });
});

describe('whom the speaker told, named, between subject and verb', () => {
  it('dalam wawancara dengan X: the subject speaks, not X', () => {
    const t = 'Rina Wulandari dalam wawancara dengan majalah Tempo mengakui bahwa ia sempat ragu untuk pindah.';
    expect(rules(t)).toEqual([['ia sempat ragu untuk pindah', 'Rina Wulandari', false]]);
  });

  it('kepada X: the subject speaks, not the outlet', () => {
    const t = 'Joko Prasetyo kepada Kompas.com menceritakan perusahaannya sudah berdiri sejak tahun 2010.';
    expect(rules(t)).toEqual([['perusahaannya sudah berdiri sejak tahun 2010', 'Joko Prasetyo', false]]);
  });

  it('a channel with its place and day', () => {
    const t = 'Ahmad Fauzi dalam konferensi pers di Bandung pada hari Senin mengatakan bahwa jalan itu akan segera diperbaiki.';
    expect(rules(t)).toEqual([['jalan itu akan segera diperbaiki', 'Ahmad Fauzi', false]]);
  });

  it('in an interview with X, in English', () => {
    const t = 'Mary Jones in a telephone interview with Reuters said the company will cut jobs next year.';
    expect(rules(t, 'en')).toEqual([['the company will cut jobs next year', 'Mary Jones', false]]);
  });

  it('a people noun before a place names no one, with or without a channel', () => {
    expect(rules('Tiga dari lima orang Jepang dalam suatu jajak pendapat mengatakan mereka jarang berlibur.')).toEqual([]);
    expect(rules('Seorang pria Kosta Rika mengatakan bahwa hujan turun sepanjang malam.')).toEqual([]);
  });
});

describe('English adverbs and verbs of posting', () => {
  it('an adverb between subject and verb', () => {
    const t = 'Tom Reyes always said he opposed the merger with the rival bakery.';
    expect(rules(t, 'en')).toEqual([['he opposed the merger with the rival bakery', 'Tom Reyes', false]]);
  });

  it('tweeted with a pronoun clause and no complementizer', () => {
    const t = 'Nina Park just tweeted she will be leading the parade next spring.';
    expect(rules(t, 'en')).toEqual([['she will be leading the parade next spring', 'Nina Park', false]]);
  });

  it('a second verb after but shares the subject', () => {
    const t = 'Acme initially suggested that customers reinstall the app to fix the flaw, but admitted the update might slow older phones.';
    expect(rules(t, 'en')).toEqual([
      ['customers reinstall the app to fix the flaw', 'Acme', false],
      ['the update might slow older phones', 'Acme', false],
    ]);
  });

  it('a quoted phrase closed by its comma, then adding and a quote', () => {
    const t = 'Nina Park tweeted that the flood "is a warning for every town," adding "we must act now."';
    expect(rules(t, 'en')).toEqual([
      ['the flood "is a warning for every town', 'Nina Park', false],
      ['we must act now.', 'Nina Park', true],
    ]);
  });
});

describe('told: whom and when, then the clause with no complementizer', () => {
  it('an audience and a time word before the clause', () => {
    const t = 'Sgt. Ana Ruiz told a news conference today a driver fled the scene after the crash.';
    expect(rules(t, 'en')).toEqual([['a driver fled the scene after the crash', 'Ana Ruiz', false]]);
  });

  it('no clause after the audience: nothing is reported', () => {
    expect(rules('Ana Ruiz told reporters about the plan for the new bridge.', 'en')).toEqual([]);
  });
});

describe('a role before the name, then a relative clause between commas', () => {
  it('the name after the role speaks, not the word before the role', () => {
    const t = 'Athletic director Mark Lowe, who joined the school in May, said the stadium will reopen next fall.';
    expect(rules(t, 'en')).toEqual([['the stadium will reopen next fall', 'Mark Lowe', false]]);
  });
});

describe('an unnamed subject before told/said after a quote', () => {
  const text = 'Singer Dana Holt has cancelled her tour.\n"Dana is taking time off to rest with her family," her rep told StarBeat.com.';

  it('her rep told X: no one named, not the outlet', () => {
    expect(rules(text, 'en')).toEqual([['Dana is taking time off to rest with her family', null, true]]);
  });
});

describe('a clause of time with no subject of its own between subject and verb', () => {
  it('saat dikonfirmasi X: the subject speaks, not the agent', () => {
    const t = 'Kepala Dinas Pertanian Sri Lestari saat dihubungi Tribun mengatakan bahwa panen raya akan dimulai pekan depan.';
    expect(rules(t)).toEqual([['panen raya akan dimulai pekan depan', 'Sri Lestari', false]]);
  });

  it('not a clause with its own subject after the subordinator', () => {
    expect(rules('Misalnya saat seseorang mengatakan waktunya makan kepada kucing peliharaan.')).toEqual([]);
  });
});

describe('an apposition between commas before the verb', () => {
  it('an age in brackets after the name', () => {
    const t = 'Rudi Hartono (52), pedagang di Pasar Baru, mengatakan harga cabai naik dua kali lipat.';
    expect(rules(t)).toEqual([['harga cabai naik dua kali lipat', 'Rudi Hartono', false]]);
  });

  it('then whom the speaker told', () => {
    const t = 'Rudi, pedagang di Pasar Baru, kepada Kompas.com mengatakan harga cabai naik dua kali lipat.';
    expect(rules(t)).toEqual([['harga cabai naik dua kali lipat', 'Rudi', false]]);
  });
});

describe('an adjunct after a name opening the clause', () => {
  it('after a meeting with someone named', () => {
    const t = 'Dewi Lestari seusai pertemuan dengan Gubernur Jawa Barat Ridwan Kamil mengatakan bahwa festival itu akan digelar bulan depan.';
    expect(rules(t)).toEqual([['festival itu akan digelar bulan depan', 'Dewi Lestari', false]]);
  });

  it('before a body named in the adjunct, after a fronted phrase', () => {
    const t = 'Pada kesempatan yang sama, Dewi Lestari di hadapan anggota Komisi X DPR mengatakan bahwa festival itu akan digelar bulan depan.';
    expect(rules(t)).toEqual([['festival itu akan digelar bulan depan', 'Dewi Lestari', false]]);
  });
});

