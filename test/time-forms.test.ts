import { describe, expect, it } from 'vitest';
import { annotateTimes, annotateTimesDetailed, eventDates, inferDct, sentenceDate, type TimexSpan } from '../src/annotate/time/index.js';
import { packFor } from '../src/lang/index.js';

/** Finds the time expression whose text is `span` in `text` annotated against `dct`. */
function find(lang: 'id' | 'en', text: string, dct: string | null, span: string): TimexSpan {
  const times = annotateTimesDetailed({ text, language: lang }, { code: lang }, dct);
  const t = times.find((x) => x.text === span);
  if (!t) throw new Error(`no span ${JSON.stringify(span)} in ${JSON.stringify(times.map((x) => [x.text, x.value]))}`);
  return t;
}

// DCT: Tuesday 28 October 2025 (ISO week 44)
const DCT = '2025-10-28T16:40:00+07:00';

type Case = [sentence: string, span: string, type: string, value: string, mod?: string];

const idCases: Case[] = [
  ['Menteri itu tiba di ibu kota, Senin (27/10).', 'Senin (27/10)', 'DATE', '2025-10-27'],
  ['Kapal itu berlabuh Rabu (19/6/2024) di pelabuhan lama.', 'Rabu (19/6/2024)', 'DATE', '2024-06-19'],
  ['Rapat kabinet berlangsung hingga Senin malam (27/10).', 'Senin malam (27/10)', 'TIME', '2025-10-27TNI'],
  ['Gempa terjadi Minggu (28/12/2014) waktu setempat.', 'Minggu (28/12/2014)', 'DATE', '2014-12-28'],
  ['Surat itu bertanggal 27/10/2025 dan ditandatangani wali kota.', '27/10/2025', 'DATE', '2025-10-27'],
  ['Berita ini diperbarui 28 Oktober 2025 16.40 WIB oleh redaksi.', '28 Oktober 2025 16.40 WIB', 'TIME', '2025-10-28T16:40+07:00'],
  ['Hujan deras mengguyur kota kemarin sehingga jalan tergenang.', 'kemarin', 'DATE', '2025-10-27'],
  ['Panitia akan mengumumkan hasilnya lusa.', 'lusa', 'DATE', '2025-10-30'],
  ['Pasar saham dibuka menguat hari ini.', 'hari ini', 'DATE', '2025-10-28'],
  ['Harga cabai naik pekan lalu di banyak daerah.', 'pekan lalu', 'DATE', '2025-W43'],
  ['Inflasi bulan lalu tercatat rendah.', 'bulan lalu', 'DATE', '2025-09'],
  ['Perjanjian itu diteken tahun lalu.', 'tahun lalu', 'DATE', '2024'],
  ['Pemilu daerah digelar tahun depan.', 'tahun depan', 'DATE', '2026'],
  ['Jembatan itu runtuh pada April lalu.', 'April lalu', 'DATE', '2025-04'],
  ['Kenaikan tarif berlaku mulai awal tahun ini.', 'awal tahun ini', 'DATE', '2025', 'START'],
  ['Proyek rampung pertengahan tahun ini.', 'pertengahan tahun ini', 'DATE', '2025', 'MID'],
  ['Target itu dikejar hingga akhir tahun ini.', 'akhir tahun ini', 'DATE', '2025', 'END'],
  ['Kebakaran itu terjadi dua hari lalu di gudang tua.', 'dua hari lalu', 'DATE', '2025-10-26'],
  ['Banjir besar melanda kota itu pada 2022.', '2022', 'DATE', '2022'],
  ['Sekolah tersebut didirikan pada tahun 1948.', 'tahun 1948', 'DATE', '1948'],
  ['Ia pensiun pada hari terakhir tahun 1999.', 'hari terakhir tahun 1999', 'DATE', '1999-12-31'],
  ['Ia kembali ke desanya setelah hampir seperempat abad merantau.', 'hampir seperempat abad', 'DURATION', 'P25Y'],
  ['Dia menjabat selama enam tahun.', 'enam tahun', 'DURATION', 'P6Y'],
  ['Perusahaan itu sudah berdiri dua puluh lima tahun.', 'dua puluh lima tahun', 'DURATION', 'P25Y'],
  ['Festival akan digelar pada 28–29 Oktober mendatang di alun-alun.', '28–29 Oktober mendatang', 'DATE', '2025-10-28/2025-10-29'],
  ['Pajak kendaraan dibayar setiap tahun.', 'setiap tahun', 'SET', 'P1Y'],
  ['Harga minyak saat ini masih rendah.', 'saat ini', 'DATE', 'PRESENT_REF'],
  ['Ia belajar dari kesalahan di masa lalu.', 'masa lalu', 'DATE', 'PAST_REF'],
  ['Kota itu ingin menjadi pusat wisata di masa depan.', 'masa depan', 'DATE', 'FUTURE_REF'],
  ['Kontrak habis pada kuartal III 2026.', 'kuartal III 2026', 'DATE', '2026-Q3'],
  ['Cerita itu berasal dari abad ke-19.', 'abad ke-19', 'DATE', '18'],
  ['Rumah itu dibangun pada tahun 1990-an.', 'tahun 1990-an', 'DATE', '199'],
];

describe('Indonesian time forms (DCT Tuesday 2025-10-28)', () => {
  for (const [sentence, span, type, value, mod] of idCases) {
    it(`${span} -> ${value}`, () => {
      const t = find('id', sentence, DCT, span);
      expect(t.type).toBe(type);
      expect(t.value).toBe(value);
      if (mod) expect(t.mod).toBe(mod);
    });
  }

  it('Oktober mendatang -> the coming October', () => {
    expect(find('id', 'Pameran itu dibuka Oktober mendatang.', '2025-08-01', 'Oktober mendatang').value).toBe('2025-10');
  });

  it('tiga hari sejak Minggu -> P3D and the Sunday before the DCT', () => {
    const s = 'Delegasi itu berkunjung selama tiga hari sejak Minggu.';
    expect(find('id', s, '2025-10-27', 'tiga hari').value).toBe('P3D');
    expect(find('id', s, '2025-10-27', 'Minggu').value).toBe('2025-10-26');
  });

  it('hari itu, sehari sebelumnya, (pada) hari sebelumnya -> against the date talked about', () => {
    const s = 'Banjir melanda desa itu pada Kamis (16/10). Hari itu sekolah diliburkan. Sehari sebelumnya hujan turun deras. Warga sudah diperingatkan pada hari sebelumnya.';
    expect(find('id', s, DCT, 'Hari itu').value).toBe('2025-10-16');
    expect(find('id', s, DCT, 'Sehari sebelumnya').value).toBe('2025-10-15');
    expect(find('id', s, DCT, 'hari sebelumnya').value).toBe('2025-10-15');
  });

  it('September tahun sebelumnya -> against the year talked about', () => {
    const s = 'Kedua menteri bertemu Selasa (16/1/2024). Mereka melanjutkan kesepakatan bulan September tahun sebelumnya.';
    expect(find('id', s, '2024-01-17', 'bulan September tahun sebelumnya').value).toBe('2023-09');
  });

  it('number words', () => {
    expect(find('id', 'Ia dipenjara sebelas tahun.', DCT, 'sebelas tahun').value).toBe('P11Y');
    expect(find('id', 'Antrean mengular tiga belas hari.', DCT, 'tiga belas hari').value).toBe('P13D');
    expect(find('id', 'Desa itu berumur seratus dua puluh tahun.', DCT, 'seratus dua puluh tahun').value).toBe('P120Y');
  });

  it('Minggu lalu (weekday) vs minggu lalu (week)', () => {
    expect(find('id', 'Toko itu tutup minggu lalu.', DCT, 'minggu lalu').value).toBe('2025-W43');
  });
});

const enCases: Case[] = [
  ['The minister arrived on Monday, October 27.', 'Monday, October 27', 'DATE', '2025-10-27'],
  ['The statement was issued October 28, 2025 4:40 p.m. local time.', 'October 28, 2025 4:40 p.m.', 'TIME', '2025-10-28T16:40'],
  ['Shares fell yesterday in early trading.', 'yesterday', 'DATE', '2025-10-27'],
  ['The results come out the day after tomorrow.', 'the day after tomorrow', 'DATE', '2025-10-30'],
  ['Markets opened higher today.', 'today', 'DATE', '2025-10-28'],
  ['Prices rose last week.', 'last week', 'DATE', '2025-W43'],
  ['Inflation was low last month.', 'last month', 'DATE', '2025-09'],
  ['The pact was signed last year.', 'last year', 'DATE', '2024'],
  ['Elections are due next year.', 'next year', 'DATE', '2026'],
  ['The bridge collapsed last April.', 'last April', 'DATE', '2025-04'],
  ['Fares went up early this year.', 'early this year', 'DATE', '2025', 'START'],
  ['The fire broke out two days ago.', 'two days ago', 'DATE', '2025-10-26'],
  ['Floods hit the city in 2022.', '2022', 'DATE', '2022'],
  ['He retired on the last day of 1999.', 'the last day of 1999', 'DATE', '1999-12-31'],
  ['He served for six years.', 'six years', 'DURATION', 'P6Y'],
  ['The firm is twenty-five years old.', 'twenty-five years', 'DURATION', 'P25Y'],
  ['The festival runs October 28-29 in the square.', 'October 28-29', 'DATE', '2025-10-28/2025-10-29'],
  ['Taxes are paid every year.', 'every year', 'SET', 'P1Y'],
  ['Oil is cheap now.', 'now', 'DATE', 'PRESENT_REF'],
  ['Profit rose in the third quarter of 2025.', 'the third quarter of 2025', 'DATE', '2025-Q3'],
  ['Sales surged in the 1990s.', 'the 1990s', 'DATE', '199'],
];

describe('English time forms (DCT Tuesday 2025-10-28)', () => {
  for (const [sentence, span, type, value, mod] of enCases) {
    it(`${span} -> ${value}`, () => {
      const t = find('en', sentence, DCT, span);
      expect(t.type).toBe(type);
      expect(t.value).toBe(value);
      if (mod) expect(t.mod).toBe(mod);
    });
  }
  it('the day before -> against the date talked about', () => {
    const s = 'The talks ended on Thursday, October 16. The day before, the envoy met rebels.';
    expect(find('en', s, DCT, 'The day before').value).toBe('2025-10-15');
  });
  // years and decades said in words (broadcast transcripts)
  const spoken: Case[] = [
    ['The census counted them in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
    ['The mill closed in nineteen seventy-nine after a strike.', 'nineteen seventy-nine', 'DATE', '1979'],
    ['Engineers worried about computers in the year two thousand.', 'the year two thousand', 'DATE', '2000'],
    ['The band was formed in January nineteen ninety-seven.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['Snow closed the pass in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    ['Fashions changed a lot in the nineties.', 'the nineties', 'DATE', '199'],
  ];
  for (const [sentence, span, type, value] of spoken) {
    it(`spoken year: ${span} -> ${value}`, () => {
      const t = find('en', sentence, DCT, span);
      expect(t.type).toBe(type);
      expect(t.value).toBe(value);
    });
  }
  it('nineteen alone stays a number', () => {
    const times = annotateTimesDetailed({ text: 'Nineteen people were hurt.', language: 'en' }, { code: 'en' }, DCT);
    expect(times).toEqual([]);
  });

  // reporting periods of earnings news: the quarter the article reports (last completed: 2025-Q3)
  it("this year's / next year's quarter", () => {
    expect(find('en', "Margins widened in this year's third quarter.", DCT, "this year's third quarter").value).toBe('2025-Q3');
    expect(find('en', "The plant opens in next year's first quarter.", DCT, "next year's first quarter").value).toBe('2026-Q1');
  });
  it('the quarter / a year earlier follow the quarter the article names', () => {
    const s = 'The retailer reported its second-quarter results. Revenue in the quarter reached $3 million, up from $2 million a year earlier.';
    expect(find('en', s, DCT, 'the quarter').value).toBe('2025-Q2');
    expect(find('en', s, DCT, 'a year earlier').value).toBe('2024-Q2');
  });
  it('a compared amount "last year" in a quarterly report is the same quarter a year before', () => {
    const s = 'The insurer posted third-quarter earnings of $24 million, compared with a loss of $3 million last year.';
    expect(find('en', s, DCT, 'last year').value).toBe('2024-Q3');
    expect(find('en', 'The pact was signed last year in Geneva.', DCT, 'last year').value).toBe('2024');
  });
  it('the year-ago quarter, the 2024 quarter', () => {
    expect(find('en', 'Sales trailed the year-ago third quarter.', DCT, 'the year-ago third quarter').value).toBe('2024-Q3');
    expect(find('en', 'Net income topped the 2024 quarter by a wide margin.', DCT, 'the 2024 quarter').value).toBe('2024-Q3');
  });
  it('a year earlier after a year ago counts from the DCT', () => {
    const s = 'Exports were weak a year ago. A year earlier they had boomed.';
    expect(find('en', s, DCT, 'a year ago').value).toBe('2024');
    expect(find('en', s, DCT, 'A year earlier').value).toBe('2024');
  });

  // bare weekdays: the tense of the clause, and named clock times
  it('weekday with noon / midnight', () => {
    expect(find('en', 'The ministers met at noon Thursday.', DCT, 'noon Thursday')).toMatchObject({ type: 'TIME', value: '2025-10-23T12:00' });
    expect(find('en', 'The offer will now expire at midnight Friday.', DCT, 'midnight Friday')).toMatchObject({ type: 'TIME', value: '2025-10-31T24:00' });
  });
  it('a future cue anywhere earlier in the clause makes a weekday future, unless put in the past', () => {
    expect(find('en', 'The peace talks, stalled by the violence of the past month, are set to resume Monday.', DCT, 'Monday').value).toBe('2025-11-03');
    expect(find('en', 'The tender offer, opposed by the board and its advisers, had been due to expire Friday.', DCT, 'Friday').value).toBe('2025-10-24');
  });
  it('a couple of -> 2; the past year -> the year before; the previous Friday -> before the day talked about', () => {
    expect(find('en', 'The plant may close within a couple of years.', DCT, 'a couple of years')).toMatchObject({ type: 'DURATION', value: 'P2Y' });
    expect(find('en', 'Rents doubled over the past year in the capital.', DCT, 'the past year').value).toBe('2024');
    const s = 'Trading resumed on Friday, October 17. The previous Friday, the exchange had closed early.';
    expect(find('en', s, DCT, 'The previous Friday').value).toBe('2025-10-10');
  });
  it('a month range over the new year never ends before it starts', () => {
    expect(find('en', 'The dry spell usually lasts from November to March.', DCT, 'November to March').value).toBe('2025-11/2026-03');
    expect(find('id', 'Musim hujan berlangsung dari November hingga Maret.', DCT, 'November hingga Maret').value).toBe('2025-11/2026-03');
    expect(find('en', 'The strike ran from November to March 2025.', DCT, 'November to March 2025').value).toBe('2024-11/2025-03');
    expect(find('id', 'Proyek itu berjalan Januari sampai Maret 2025.', DCT, 'Januari sampai Maret 2025').value).toBe('2025-01/2025-03');
  });
  it('a day and month with a relative year is one date', () => {
    expect(find('en', 'The ferry sank on November 2 this year.', DCT, 'November 2 this year').value).toBe('2025-11-02');
    expect(find('en', 'The dam burst on 3 March last year.', DCT, '3 March last year').value).toBe('2024-03-03');
    expect(find('en', 'The mill reopened in 2019. On May 4 that year it burned.', DCT, 'May 4 that year').value).toBe('2019-05-04');
    expect(find('id', 'Bendungan itu jebol pada 3 Maret tahun lalu.', DCT, '3 Maret tahun lalu').value).toBe('2024-03-03');
  });
  it('a weekday with a relative week is one date', () => {
    expect(find('en', 'The jury met Tuesday last week.', DCT, 'Tuesday last week').value).toBe('2025-10-21');
    expect(find('en', 'The jury meets Friday next week.', DCT, 'Friday next week').value).toBe('2025-11-07');
    expect(find('id', 'Juri bersidang Jumat minggu ini.', DCT, 'Jumat minggu ini').value).toBe('2025-10-31');
  });
  it('the same quarter / month last year is one period', () => {
    const s = 'The brewer sold more beer in the third quarter than in the same quarter last year.';
    expect(find('en', s, DCT, 'the same quarter last year').value).toBe('2024-Q3');
    expect(find('en', 'Bookings in the same month last year were weak.', DCT, 'the same month last year').value).toBe('2024-10');
    expect(find('id', 'Laba kuartal III melampaui kuartal yang sama tahun lalu.', DCT, 'kuartal yang sama tahun lalu').value).toBe('2024-Q3');
  });
  it('consecutive durations with smaller units are one duration', () => {
    expect(find('en', 'The relay took 4 minutes 48 seconds.', DCT, '4 minutes 48 seconds').value).toBe('PT4M48S');
    expect(find('en', 'He was jailed for two years and three months.', DCT, 'two years and three months').value).toBe('P2Y3M');
    expect(find('en', 'The storm raged for 3 days, 4 hours.', DCT, '3 days, 4 hours').value).toBe('P3DT4H');
    expect(find('id', 'Ia dipenjara dua tahun dan tiga bulan.', DCT, 'dua tahun dan tiga bulan').value).toBe('P2Y3M');
  });
  it('N units before something: not a shift of the date talked about', () => {
    const s = 'The vote was held on Thursday, October 16. The rebels had met ten days before the vote.';
    expect(find('en', s, DCT, 'ten days')).toMatchObject({ type: 'DATE', value: 'XXXX-XX-XX' });
    expect(find('en', 'Parole is reviewed every 90 days before release.', DCT, 'every 90 days')).toMatchObject({ type: 'SET', value: 'P90D' });
    expect(find('en', 'She waited for nine minutes before calling.', DCT, 'nine minutes')).toMatchObject({ type: 'DURATION', value: 'PT9M' });
    expect(find('en', 'The vote was held on Thursday, October 16. Ten days before, the rebels met.', DCT, 'Ten days before').value).toBe('2025-10-06');
  });
  it('years later, the early years: no particular period', () => {
    expect(find('en', 'The pier was rebuilt years later.', DCT, 'years later').value).toBe('FUTURE_REF');
    const times = annotateTimesDetailed({ text: 'In the early years of the republic, roads were poor.', language: 'en' }, { code: 'en' }, DCT);
    expect(times.filter((t) => t.type === 'DATE')).toEqual([]);
  });
  it('no day or month invented from a bare year', () => {
    const s = 'The mine opened in 2010. Ten minutes later the lift failed. A month later it closed. By the end of the week it had reopened.';
    expect(find('en', s, null, 'Ten minutes later').value).toBe('FUTURE_REF');
    expect(find('en', s, null, 'A month later').value).toBe('FUTURE_REF');
    expect(find('en', s, null, 'the end of the week').value).toBe('XXXX-WXX');
    expect(find('id', 'Tambang itu dibuka pada 2010. Sepuluh menit kemudian lift rusak.', null, 'Sepuluh menit kemudian').value).toBe('FUTURE_REF');
  });
  it('no hour above 12 with a.m./p.m.', () => {
    const times = annotateTimesDetailed({ text: 'Scores: 29 pm and 31 am in the table.', language: 'en' }, { code: 'en' }, DCT);
    expect(times.filter((t) => t.type === 'TIME')).toEqual([]);
  });
  it('month with last year after it', () => {
    expect(find('en', 'Prices peaked in June last year.', DCT, 'June last year').value).toBe('2024-06');
  });
});

describe('DCT inference and sentence dates', () => {
  const now = new Date('2026-01-15T00:00:00Z');
  it('weekday + day/month fixes the year', () => {
    expect(inferDct({ text: 'Presiden menerima tamu negara, Senin (27/10). Pertemuan berlangsung tertutup.', language: 'id' }, { code: 'id' }, now)).toBe('2025-10-27');
    expect(inferDct({ text: 'Kedua menteri bertemu Selasa malam (16/1).', language: 'id' }, { code: 'id' }, now)).toBe('2024-01-16');
  });
  it('the stated year when the day falls on that weekday in it, else the most recent such year', () => {
    // 27 October is a Monday in 2008, 2014 and 2025: an article that names 2014 is from 2014
    expect(inferDct({ text: 'Kontrak diteken pada 2014. Proyek dimulai Senin (27/10).', language: 'id' }, { code: 'id' }, now)).toBe('2014-10-27');
    // a year named as history (a law of 2013) does not pull the date back: the latest such Monday
    expect(inferDct({ text: 'Aturan itu tertuang dalam undang-undang tahun 2013. Menteri tiba Senin (27/10).', language: 'id' }, { code: 'id' }, now)).toBe('2025-10-27');
  });
  it('a weekday date not more than a year older than the periods the text talks about', () => {
    // 11 December is a Thursday in 1952, 1958, ... 2008, 2014, 2025: the text talks about the 1990s
    const text = 'The singer, a star of the 1990s, died Thursday, December 11, aged 70. He first recorded in 1955.';
    expect(inferDct({ text, language: 'en' }, { code: 'en' }, now)).toBe('2025-12-11');
    expect(inferDct({ text, language: 'en' }, { code: 'en' }, new Date('2009-06-01T00:00:00Z'))).toBe('2008-12-11');
  });
  it('a dateline at the head wins, even when the body names later years', () => {
    const text = 'Harbour bridge to close for repairs\nPublished: March 4, 2011 at 9:15 AM\nThe old bridge will close on Monday. Work is due to end in 2013, the council said on March 2, 2011.';
    expect(inferDct({ text, language: 'en' }, { code: 'en' }, now)).toBe('2011-03-04');
  });
  it('a body date older than a year the text states is history: give up', () => {
    // an article from (at least) 2019 recalling a birthday
    const text = 'The poet, born on October 3, 1954 in a fishing village, won the national prize in 2019. Her first book appeared in June 1980.';
    expect(inferDct({ text, language: 'en' }, { code: 'en' }, now)).toBeNull();
    expect(inferDct({ text: 'Gedung itu diresmikan pada 17 Agustus 1985 dan dipugar pada tahun 2020.', language: 'id' }, { code: 'id' }, now)).toBeNull();
    // ...or a decade
    expect(inferDct({ text: 'The club was founded on May 2, 1921 and rose to fame in the 1960s.', language: 'en' }, { code: 'en' }, now)).toBeNull();
    // a full date in the latest year stated is kept
    expect(inferDct({ text: 'The poet, born on October 3, 1954, won the national prize on May 9, 2019. The prize was first given in 2019.', language: 'en' }, { code: 'en' }, now)).toBe('2019-05-09');
  });
  it('else the latest explicit date', () => {
    expect(inferDct({ text: 'Rapat pertama pada 3 Maret 2021, rapat kedua 5 Mei 2021.', language: 'id' }, { code: 'id' }, now)).toBe('2021-05-05');
    expect(inferDct({ text: 'Tidak ada tanggal di sini.', language: 'id' }, { code: 'id' }, now)).toBeNull();
  });
  it('sentenceDate / eventDates', () => {
    const text = 'Banjir melanda desa itu pada Kamis (16/10). Sekolah diliburkan.\nWarga mengungsi bulan lalu.';
    const art = { text, publishedAt: '2025-10-28' };
    const times = annotateTimesDetailed({ text, language: 'id' }, { code: 'id' }, art.publishedAt);
    const sents = eventDates(art, times);
    expect(sents.map((s) => [s.date?.value, s.date?.source])).toEqual([
      ['2025-10-16', 'sentence'],
      ['2025-10-16', 'context'],
      ['2025-09', 'sentence'],
    ]);
    expect(sentenceDate(art, [], 0, 10)).toEqual({ value: '2025-10-28', source: 'dct', time: null });
  });
  it('a comparison baseline is a date, but not the date the sentence reports', () => {
    const cases: [lang: 'id' | 'en', text: string, baselines: string[], dated: string | undefined][] = [
      ['id', 'Ekspor sawit naik 12 persen dibanding periode yang sama tahun lalu.', ['tahun lalu'], '2025-10-28'],
      ['id', 'Jumlah penumpang kapal turun ketimbang 2023, kata petugas pelabuhan.', ['2023'], '2025-10-28'],
      ['id', 'Pabrik itu ditutup pada 2023 setelah merugi.', [], '2023'],
      ['en', 'Freight volumes were lower than in 2022 at the northern port.', ['2022'], '2025-10-28'],
      ['en', 'The ferry line was closed in 2022 after years of losses.', [], '2022'],
    ];
    for (const [lang, text, baselines, dated] of cases) {
      const art = { text, language: lang, publishedAt: '2025-10-28' } as Parameters<typeof annotateTimes>[0];
      const times = annotateTimes(art, packFor(lang)!, art.publishedAt);
      expect(times.filter((t) => t.comparison).map((t) => t.text), text).toEqual(baselines);
      expect(sentenceDate(art, times, 0, text.length)?.value, text).toBe(dated);
    }
  });
});

describe('a printed weekday that does not fit the date', () => {
  it('moves no day-and-month a year from the publication date (`Sabtu (21/5)` in copy of Monday 22 May 2017)', () => {
    expect(find('id', 'Laga itu digelar Sabtu (21/5) di Stadion Kanjuruhan.', '2017-05-22', 'Sabtu (21/5)').value).toBe('2017-05-21');
  });
  it('still chooses the year near the anchor when it fits (`Rabu (27/12)` in copy of 2 January 2018)', () => {
    expect(find('id', 'Rapat itu berlangsung Rabu (27/12) di balai kota.', '2018-01-02', 'Rabu (27/12)').value).toBe('2017-12-27');
  });
});
