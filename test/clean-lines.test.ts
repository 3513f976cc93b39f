/**
 * The line classifier and metadata readers on synthetic articles written for these tests in the
 * house styles of other outlets (Kompas, Detik, Antara, CNN Indonesia, Tempo, Tribun, wire copy in
 * English, Malay): the rules must hold for outlets the seeds do not show.
 */
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../src/clean/index.js';
import { detectLanguage } from '../src/clean/language.js';
import { lexicon } from '../src/clean/lexicon.js';
import { classifyLines } from '../src/clean/lines/classify.js';
import { lineFeatures, PROSE_MIN } from '../src/clean/lines/features.js';
import { leadDateline } from '../src/clean/meta/dateline.js';
import { findDates, toIso } from '../src/clean/meta/published.js';
import { cutTrailing } from '../src/clean/meta/trailing.js';
import { packFor } from '../src/lang/index.js';
import type { RawDoc } from '../src/model/types.js';

const lex = lexicon();

function doc(body: string, extra: Partial<RawDoc> = {}): RawDoc {
  return { hash: 'f'.repeat(64), origin: 'synthetic', format: 'text', container: 'text', encoding: 'utf-8', body, hints: {}, ...extra };
}

// Prose sentences written for these tests (fictional events).
const P1 = 'Pemerintah kota menyiapkan anggaran tambahan untuk memperbaiki jalan yang rusak akibat banjir pada pekan lalu, kata seorang pejabat dinas pekerjaan umum.';
const P2 = 'Menurut dia, perbaikan akan dimulai setelah musim hujan berakhir dan diperkirakan selesai dalam waktu tiga bulan jika cuaca mendukung.';
const P3 = 'Warga yang tinggal di sekitar lokasi berharap pekerjaan itu tidak mengganggu kegiatan mereka sehari-hari, terutama di pagi hari.';
const E1 = 'The city council approved an emergency budget on Tuesday to repair roads that were damaged by the floods, a spokesperson for the council said.';
const E2 = 'The work is expected to begin after the rainy season and to last about three months if the weather allows, according to the plan.';

describe('line features and classification', () => {
  const pack = packFor('id');
  const label = (lines: string[]) => {
    const feats = lineFeatures(lines, pack, lex);
    return { feats, ...classifyLines(feats, lex, new Set(), pack) };
  };

  it('scores prose high and chrome low', () => {
    const { feats } = label([P1, 'BACA JUGA', 'home_banner_top', 'Ikuti kami di Instagram']);
    expect(feats[0].prose).toBeGreaterThanOrEqual(PROSE_MIN);
    for (const f of feats.slice(1)) expect(f.prose).toBeLessThan(PROSE_MIN);
  });

  it('removes cue lines, slugs and banners wherever they stand, keeps subheadings', () => {
    const lines = [
      P1,
      'Baca juga: Lima Cara Menghindari Macet Saat Musim Hujan',
      'IKLAN',
      'sidebar_ads_slot_2',
      'jalan_rusak_akibat_banjir_segera_diperbaiki_pemkot',
      'Anggaran Tambahan',
      P2,
      'Lihat Juga: Video Banjir di Jalan Protokol',
      P3,
      'Simak berita pilihan lainnya di Google News',
      'BERITA TERKAIT',
      'Follow us on Instagram',
    ];
    const { labels } = label(lines);
    const reason = (i: number) => (labels[i].remove ? labels[i].reason : 'kept');
    expect(reason(0)).toBe('kept');
    expect(reason(1)).toBe('related');
    expect(reason(2)).toBe('advertisement');
    expect(reason(3)).toBe('banner');
    expect(reason(4)).toBe('url-slug');
    expect(reason(5)).toBe('kept'); // a subheading between prose paragraphs
    expect(reason(6)).toBe('kept');
    expect(reason(7)).toBe('related');
    expect(reason(8)).toBe('kept');
    expect(reason(9)).toBe('social');
    expect(reason(10)).toBe('related');
    expect(reason(11)).toBe('social');
  });

  it('never removes a prose line that merely starts with a cue word', () => {
    const lines = [
      P1,
      'Ikuti perkembangan harga bahan pokok di pasar tradisional, pemerintah daerah meminta warga tidak panik karena stok beras masih cukup hingga akhir tahun.',
      'Sumber daya manusia di dinas itu juga akan ditambah agar pelayanan kepada warga menjadi lebih cepat dan tidak ada lagi antrean panjang.',
      P2,
    ];
    const { labels } = label(lines);
    expect(labels.every((l) => !l.remove)).toBe(true);
  });

  it('keeps an interview question that starts with a byline label', () => {
    const { labels } = label([P1, 'Reporter: Apa rencana dinas setelah perbaikan jalan selesai?', P2, P3]);
    expect(labels[1].remove).toBe(false);
  });

  it('takes a caption with a photo credit and its repeat, and keeps a sentence ending in a wire credit', () => {
    const cap = 'Petugas membersihkan lumpur di jalan utama kota, Senin (3/2/2025). (ANTARA FOTO/Rina Kusuma)';
    const { labels } = label([cap, cap, 'Judul Berita Yang Ditulis Dengan Huruf Kapital', P1, P2]);
    expect(labels[0]).toMatchObject({ remove: true, reason: 'caption' });
    expect(labels[1]).toMatchObject({ remove: true, reason: 'duplicate' });
    expect(labels[2]).toMatchObject({ remove: true, reason: 'title' });
  });

  it('keeps lists and tables after the last paragraph, drops chrome headings at the very end', () => {
    const lines = [P1, P2, 'HASIL LENGKAP', 'Tim A 2 - 1 Tim B', 'Tim C 0 - 0 Tim D', 'BERITA POPULER', 'ARTIKEL MENARIK'];
    const { labels } = label(lines);
    expect(labels[2].remove).toBe(false);
    expect(labels[3].remove).toBe(false);
    expect(labels[4].remove).toBe(false);
    expect(labels[5].remove).toBe(true);
    expect(labels[6].remove).toBe(true);
  });
});

describe('datelines of other outlets', () => {
  const cases: [string, string | null, string | null][] = [
    ['JAKARTA, KOMPAS.com - ', 'Jakarta', 'KOMPAS.com'],
    ['Jakarta (ANTARA) - ', 'Jakarta', 'ANTARA'],
    ['Jakarta, CNN Indonesia -- ', 'Jakarta', 'CNN Indonesia'],
    ['TEMPO.CO, Jakarta - ', 'Jakarta', 'TEMPO.CO'],
    ['Jakarta - ', 'Jakarta', null],
    ['SURABAYA, Jawapos.com – ', 'Surabaya', 'Jawapos.com'],
    ['Detik.com - ', null, 'Detik.com'],
    ['KUALA LUMPUR: ', 'Kuala Lumpur', null],
    ['NEW YORK, Jan 5 (Reuters) - ', 'New York', 'Reuters'],
  ];
  for (const [prefix, place, outlet] of cases) {
    it(prefix.trim(), () => {
      const dl = leadDateline(prefix + P1, lex);
      expect(dl).not.toBeNull();
      expect(dl!.place).toBe(place);
      expect(dl!.outlet ?? dl!.agency).toBe(outlet);
      expect(dl!.text).toBe(prefix);
    });
  }
  it('is not fooled by a sentence with a dash', () => {
    expect(leadDateline('Presiden Joko Widodo - yang baru tiba dari Bali - langsung memimpin rapat.', lex)).toBeNull();
    expect(leadDateline('Pemerintah, Selasa - Rabu, menggelar rapat.', lex)).toBeNull();
  });
  it('reads a label opening the lead as no place', () => {
    expect(leadDateline('Summary: The council approved the budget after a long night of talks.', lex)).toBeNull();
    expect(leadDateline('UPDATE - Banjir kembali merendam dua kecamatan pada Senin pagi.', lex)).toBeNull();
    expect(leadDateline('Ringkasan: Dewan menyetujui anggaran setelah rapat semalam.', lex)).toBeNull();
  });
});

describe('printed dates', () => {
  const iso = (s: string, off: string | null = '+07:00', monthFirst = false) => {
    const d = findDates(s, monthFirst);
    return d.length ? toIso(d[0], off) : null;
  };
  it('reads Indonesian and English forms with their zones', () => {
    expect(iso('Senin, 27 Okt 2025 14:30 WIB')).toBe('2025-10-27T14:30:00+07:00');
    expect(iso('Kamis, 5 Juni 2025 | 09.15 WITA')).toBe('2025-06-05T09:15:00+08:00');
    expect(iso('Rabu, 01/10/2025 20:05 WIT')).toBe('2025-10-01T20:05:00+09:00');
    expect(iso('Selasa, 28 Oktober 2025 16.40')).toBe('2025-10-28T16:40:00+07:00');
    expect(iso('October 28, 2025 4:40 PM EDT', null)).toBe('2025-10-28T16:40:00-04:00');
    expect(iso('28 Oct 2025, 10:05 GMT+7', null)).toBe('2025-10-28T10:05:00+07:00');
    expect(iso('Tuesday, October 28, 2025', null)).toBe('2025-10-28');
    expect(iso('2025-10-28T09:40:00Z', null)).toBe('2025-10-28T09:40:00+00:00');
    expect(iso('Updated 10:22 AM EDT, Tue October 28, 2025', null, true)).toBe('2025-10-28T10:22:00-04:00');
    expect(iso('Kamis, 19 Jan 2024 - 10:22 WIB')).toBe('2024-01-19T10:22:00+07:00');
    expect(iso('19 Januari 2024, pukul 10.22')).toBe('2024-01-19T10:22:00+07:00');
    expect(iso('Ahad, 3 Ogos 2025 8.05 MYT', null)).toBe('2025-08-03T08:05:00+08:00');
  });
});

describe('trailing markers', () => {
  it('cuts codes, stars and a reporter name after the last sentence', () => {
    expect(cutTrailing('Rapat akan dilanjutkan besok. (ant)', lex)).toMatchObject({ text: 'Rapat akan dilanjutkan besok.', cuts: [{ reason: 'trailing-marker' }] });
    expect(cutTrailing('Rapat akan dilanjutkan besok. (dal/sfr)', lex).cuts[0].reason).toBe('trailing-marker');
    expect(cutTrailing('Rapat akan dilanjutkan besok.***', lex).text).toBe('Rapat akan dilanjutkan besok.');
    expect(cutTrailing('Rapat akan dilanjutkan besok. (Rina Kusuma)', lex).cuts[0]).toMatchObject({ reason: 'byline', name: 'Rina Kusuma' });
    expect(cutTrailing('Rapat akan dilanjutkan besok. (Sumber: Reuters)', lex).cuts[0]).toMatchObject({ reason: 'credit' });
  });
  it('leaves brackets that belong to the sentence', () => {
    expect(cutTrailing('Rapat dipimpin Wali Kota (Wakot) Bandung', lex).cuts).toEqual([]);
    expect(cutTrailing('Kantor berita Korea Selatan (Yonhap)', lex).cuts).toEqual([]);
  });
});

describe('whole articles in other house styles', () => {
  it('Kompas-like: dateline, outlet, Penulis/Editor, related links', () => {
    const a = cleanDoc(
      doc(
        [
          'Jalan Rusak Akibat Banjir Segera Diperbaiki',
          'Kompas.com - 03/02/2025, 14:30 WIB',
          'Penulis: Rina Kusuma | Editor: Budi Santoso',
          `JAKARTA, KOMPAS.com - ${P1}`,
          P2,
          'Baca juga: Banjir Rendam Ratusan Rumah Warga',
          P3,
          'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.',
        ].join('\n'),
      ),
    );
    expect(a.title).toBe('Jalan Rusak Akibat Banjir Segera Diperbaiki');
    expect(a.titleSource).toBe('printed');
    expect(a.outlet).toBe('Kompas.com');
    expect(a.dateline).toBe('Jakarta');
    expect(a.publishedAt).toBe('2025-02-03T14:30:00+07:00');
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.editors).toEqual(['Budi Santoso']);
    expect(a.text.split('\n')).toEqual([P1, P2, P3]);
    expect(a.removed.map((r) => r.reason)).toEqual(['title', 'byline', 'byline', 'dateline', 'related', 'social']);
  });

  it('Detik-like: name - detikNews byline, date line, Jakarta - dateline', () => {
    const a = cleanDoc(
      doc(['Pemkot Siapkan Anggaran Perbaikan Jalan', 'Andi Saputra - detikNews', 'Senin, 03 Feb 2025 14:30 WIB', `Jakarta - ${P1}`, P2, '(asp/dnu)'].join('\n')),
    );
    expect(a.title).toBe('Pemkot Siapkan Anggaran Perbaikan Jalan');
    expect(a.authors).toEqual(['Andi Saputra']);
    expect(a.dateline).toBe('Jakarta');
    expect(a.publishedAt).toBe('2025-02-03T14:30:00+07:00');
    expect(a.text.split('\n')).toEqual([P1, P2]);
    expect(a.removed.at(-1)).toEqual({ text: '(asp/dnu)', reason: 'trailing-marker' });
  });

  it('Antara-like: agency code, Pewarta/Editor lines, derived title', () => {
    const a = cleanDoc(doc([`Bandung (ANTARA) - ${P1}`, `${P2} (ant)`, 'Pewarta: Rina Kusuma', 'Editor: Budi Santoso', 'COPYRIGHT © ANTARA 2025'].join('\n')));
    expect(a.outlet).toBe('ANTARA');
    expect(a.dateline).toBe('Bandung');
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.editors).toEqual(['Budi Santoso']);
    expect(a.titleSource).toBe('derived');
    expect(a.title!.split(' ').length).toBeLessThanOrEqual(14);
    expect(P1.startsWith(a.title!)).toBe(true);
    expect(a.text).toBe([P1, P2].join('\n'));
    expect(a.publishedAt).toBeNull();
  });

  it('CNN Indonesia-like and Tempo-like datelines name the outlet', () => {
    const c = cleanDoc(doc([`Jakarta, CNN Indonesia -- ${P1}`, `${P2} (dal/sfr)`].join('\n')));
    expect(c.outlet).toBe('CNN Indonesia');
    expect(c.dateline).toBe('Jakarta');
    const t = cleanDoc(doc([`TEMPO.CO, Jakarta - ${P1}`, P2].join('\n')));
    expect(t.outlet).toBe('Tempo.co');
    expect(t.dateline).toBe('Jakarta');
  });

  it('Tribun-like: "Laporan wartawan" byline, cited and photo credits', () => {
    const a = cleanDoc(
      doc(
        [
          'Laporan Wartawan Tribunnews.com, Rina Kusuma',
          'Petugas membersihkan lumpur di jalan utama kota. (Tribunnews.com/Budi Santoso)',
          `TRIBUNNEWS.COM, JAKARTA - ${P1}`,
          'Seperti dilansir dari Jakarta Post, anggaran itu diambil dari dana cadangan kota yang belum terpakai tahun ini.',
          'Kantor berita Reuters melaporkan hal serupa terjadi di kota lain yang juga dilanda banjir pada pekan yang sama.',
          P3,
        ].join('\n'),
      ),
    );
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.outlet?.toLowerCase()).toBe('tribunnews.com');
    expect(a.dateline).toBe('Jakarta');
    const cited = a.credits.filter((c) => c.role === 'cited').map((c) => c.name);
    expect(cited).toContain('Jakarta Post');
    expect(cited).toContain('Reuters');
    expect(a.credits.some((c) => c.name.toLowerCase().startsWith('tribunnews'))).toBe(false);
  });

  it('English wire copy: byline, agency dateline, printed time with its zone', () => {
    const a = cleanDoc(doc(['Council approves emergency road budget', 'By Jane Doe and John Roe', 'October 28, 2025 4:40 PM EDT', `WASHINGTON (Reuters) - ${E1}`, E2, 'Reporting by Jane Doe; Editing by Mark Poe'].join('\n')));
    expect(a.language).toBe('en');
    expect(a.title).toBe('Council approves emergency road budget');
    expect(a.dateline).toBe('Washington');
    expect(a.outlet).toBe('Reuters');
    expect(a.publishedAt).toBe('2025-10-28T16:40:00-04:00');
    expect(a.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(a.editors).toEqual(['Mark Poe']);
    expect(a.text).toBe([E1, E2].join('\n'));
  });

  it('site header date at the top is removed and only a fallback', () => {
    const a = cleanDoc(doc(['Monday, February 3, 2025', 'NASIONAL', 'Judul Berita Tentang Perbaikan Jalan Kota', `${P1}`, P2].join('\n')));
    expect(a.removed[0]).toEqual({ text: 'Monday, February 3, 2025', reason: 'site-date' });
    expect(a.publishedAt).toBe('2025-02-03');
    const b = cleanDoc(
      doc(['Monday, February 3, 2025', 'Judul Berita Tentang Perbaikan Jalan Kota', 'Senin, 2 Februari 2025 21:10 WIB', P1, P2].join('\n')),
    );
    expect(b.publishedAt).toBe('2025-02-02T21:10:00+07:00');
  });

  it('a related heading takes its headline list; a caption credit needs no brackets', () => {
    const a = cleanDoc(
      doc(
        [
          'Judul Berita Tentang Perbaikan Jalan Kota',
          'Petugas membersihkan lumpur di jalan utama kota, Senin (3/2/2025). KABAR KOTA FOTO/Rina Kusuma/abc.',
          `Bandung (Kabar Kota) - ${P1}`,
          'Berita Terkait:',
          '- Banjir Rendam Ratusan Rumah Warga',
          '- Dinas Siapkan Pompa Air Tambahan',
          P2,
          P3,
        ].join('\n'),
      ),
    );
    expect(a.text.split('\n')).toEqual([P1, P2, P3]);
    expect(a.removed.filter((r) => r.reason === 'related').length).toBe(3);
    expect(a.credits).toContainEqual({ name: 'Rina Kusuma', role: 'photo' });
    expect(a.outlet).toBe('Kabar Kota');
  });

  it('wire sign-off in brackets gives reporter and editor; a feed title is not the outlet name', () => {
    const a = cleanDoc(
      doc([`JAKARTA, Feb 3 (Kabar Wire) - ${E1}`, E2, '(Reporting by Jane Doe in Jakarta; Editing by Mark Poe)'].join('\n'), {
        hints: { outlet: 'Kabar Wire - Top News' },
      }),
    );
    expect(a.outlet).toBe('Kabar Wire');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.editors).toEqual(['Mark Poe']);
    expect(a.credits).toEqual([]);
    expect(a.text).toBe([E1, E2].join('\n'));
  });

  it('feed hints fill what the text does not print', () => {
    const a = cleanDoc(
      doc([P1, P2].join('\n'), { hints: { title: 'Jalan Kota Diperbaiki - Warta Kota', url: 'https://www.wartakota.example.id/berita/1', publishedAt: '2025-02-03T07:30:00+07:00', author: 'Rina Kusuma' } }),
    );
    expect(a.title).toBe('Jalan Kota Diperbaiki');
    expect(a.publishedAt).toBe('2025-02-03T07:30:00+07:00');
    expect(a.authors).toEqual(['Rina Kusuma']);
    expect(a.url).toBe('https://www.wartakota.example.id/berita/1');
    expect(a.outlet).toBeTruthy();
  });

  it('noClean keeps the text verbatim and still fills metadata', () => {
    const body = ['IKLAN', `Jakarta (ANTARA) - ${P1}`, P2].join('\n');
    const a = cleanDoc(doc(body), { noClean: true });
    expect(a.text).toBe(body);
    expect(a.removed).toEqual([]);
    expect(a.dateline).toBe('Jakarta');
    expect(a.outlet).toBe('ANTARA');
  });
});

describe('language', () => {
  it('tells Indonesian, Malay and English apart', () => {
    expect(detectLanguage([P1, P2, P3].join(' '))).toBe('id');
    expect(detectLanguage(E1 + ' ' + E2)).toBe('en');
    const ms =
      'Kerajaan negeri akan menyalurkan peruntukan tambahan kerana jalan raya rosak selepas banjir minggu lalu. ' +
      'Beliau berkata kerja pembaikan boleh dimulakan selepas musim hujan dan ia dijangka siap dalam tempoh tiga bulan, ' +
      'manakala kos keseluruhan ialah kira-kira lima juta ringgit daripada peruntukan sedia ada.';
    expect(detectLanguage(ms)).toBe('ms');
    expect(detectLanguage('12 34 56')).toBe('und');
  });
  it('opts.lang overrides detection', () => {
    expect(cleanDoc(doc([P1, P2].join('\n')), { lang: 'ms' }).language).toBe('ms');
  });
});
