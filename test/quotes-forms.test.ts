/**
 * Quote forms, one at a time, on sentences written for these tests (Indonesian and English):
 * cue after / before the quote, straight and curly marks, split and continued quotes, pronoun and
 * role speakers, indirect speech, `Menurut X`, English `said` / `told` / `according to`, and the
 * preference for entity mentions when the tagger supplies them.
 */
import { describe, expect, it } from 'vitest';
import { quoteRules } from './support.js';
import type { CleanArticle, EntityMention } from '../src/model/types.js';
import { packFor } from '../src/lang/index.js';
import { annotateQuotes, findQuotes } from '../src/annotate/quotes/index.js';

const id = packFor('id');
const en = packFor('en');

function article(text: string, language: 'id' | 'en' = 'id'): CleanArticle {
  return {
    id: 'atest',
    hash: 'x',
    origin: 'test',
    url: null,
    title: null,
    titleSource: null,
    outlet: null,
    publishedAt: null,
    publishedAtSource: null,
    dateline: null,
    authors: [],
    credits: [],
    language,
    text,
    removed: [],
  };
}

/** The quotes as [words, speaker, direct] for compact assertions. */
function q(text: string, lang: 'id' | 'en' = 'id', entities: EntityMention[] = []) {
  return annotateQuotes(article(text, lang), lang === 'id' ? id : en, entities).map((s) => [s.text, s.speaker, s.direct]);
}

/**
 * The same from the hand-written rules alone. For the two sentences below whose point is a rule
 * that the trained ranker (on by default) overrides on these short texts; the ranker is measured
 * on the gold by cross-validation instead (scripts/train-speaker.ts).
 */
const rules = (text: string, lang: 'id' | 'en' = 'id') => quoteRules(text, lang);

describe('direct quotes, Indonesian', () => {
  it('curly quote with the cue after: “…,” ujar X', () => {
    const t = '“Kami akan membangun jembatan baru tahun depan,” ujar Budi Santoso di Bandung.';
    expect(q(t)).toEqual([['Kami akan membangun jembatan baru tahun depan', 'Budi Santoso', true]]);
  });

  it('straight quote with kata, and the span is inside the marks', () => {
    const t = 'Rapat berakhir sore. "Semua pihak sudah sepakat soal anggaran," kata Siti Rahma.';
    const [s] = annotateQuotes(article(t), id, []);
    expect(t.slice(s.start, s.end)).toBe('Semua pihak sudah sepakat soal anggaran');
    expect(s.speaker).toBe('Siti Rahma');
  });

  it('closing marks used as openers (”…,” ujarnya) as some outlets print them', () => {
    const t = 'Direktur Utama PT Sinar Jaya Andi Wijaya mengatakan, produksi naik.\n”Kami menambah dua mesin baru bulan ini,” ujarnya.';
    const out = q(t);
    // Without entity mentions the company may stay in front of the name (`Sinar Jaya Andi Wijaya`).
    const hit = out.find((x) => x[0] === 'Kami menambah dua mesin baru bulan ini');
    expect(hit?.[1]).toContain('Andi Wijaya');
    expect(hit?.[2]).toBe(true);
  });

  it('cue before the quote: Kata X, “…”', () => {
    const t = 'Kata Rina, “Harga cabai turun drastis pekan ini.”';
    expect(q(t)).toEqual([['Harga cabai turun drastis pekan ini.', 'Rina', true]]);
  });

  it('subject and reporting verb before the quote: X mengatakan, “…”', () => {
    const t = 'Joko Susilo mengatakan, “Stok beras aman sampai akhir tahun.”';
    expect(q(t)).toEqual([['Stok beras aman sampai akhir tahun.', 'Joko Susilo', true]]);
  });

  it('a quote split around its cue keeps one speaker for both parts', () => {
    const t = '“Kami sudah bekerja keras,” kata Dewi Lestari. “Hasilnya akan terlihat tahun depan.”';
    expect(q(t)).toEqual([
      ['Kami sudah bekerja keras', 'Dewi Lestari', true],
      ['Hasilnya akan terlihat tahun depan.', 'Dewi Lestari', true],
    ]);
  });

  it('a pronoun speaker (ujarnya, kata dia) resolves to the last person who spoke', () => {
    const t = [
      'Menteri Pertanian Hendra Gunawan mengatakan, panen raya dimulai bulan depan.',
      '“Petani sudah siap dengan benih unggul,” ujarnya.',
      '“Distribusi pupuk juga lancar,” kata dia.',
    ].join('\n');
    const out = q(t);
    expect(out).toContainEqual(['Petani sudah siap dengan benih unggul', 'Hendra Gunawan', true]);
    expect(out).toContainEqual(['Distribusi pupuk juga lancar', 'Hendra Gunawan', true]);
  });

  it('a role speaker (juru bicara …) resolves to the person printed with that role', () => {
    const t = [
      'Juru bicara kepolisian Agus Salim menyatakan bahwa penyelidikan masih berjalan.',
      'Kepala daerah Rudi Hartono juga hadir di lokasi.',
      '“Kami belum menetapkan tersangka,” kata juru bicara kepolisian.',
    ].join('\n');
    expect(q(t)).toContainEqual(['Kami belum menetapkan tersangka', 'Agus Salim', true]);
  });

  it('a partial quote inside a reporting sentence: X menyebut … sebagai “…”', () => {
    const t = 'Dalam pidatonya, Rudi menyebut proyek itu sebagai “langkah besar bagi warga desa.”';
    expect(q(t)).toEqual([['langkah besar bagi warga desa.', 'Rudi', true]]);
  });

  it('one- and two-word scare quotes are not direct quotes', () => {
    const t = 'Kebijakan “reformasi total” itu berlaku tanpa rincian.';
    expect(q(t)).toEqual([]);
    const u = 'Pemerintah menyebut kebijakan itu “reformasi total” tanpa rincian.';
    expect(q(u).filter((x) => x[2])).toEqual([]);
  });

  it('a multi-paragraph quote continues with the same speaker', () => {
    const t = ['Gubernur Maya Sari mengatakan, banjir sudah surut.', '“Warga bisa kembali ke rumah mulai besok pagi.', '“Bantuan logistik tetap kami kirim sampai pekan depan,” ujarnya.'].join('\n');
    const out = q(t);
    expect(out).toContainEqual(['Warga bisa kembali ke rumah mulai besok pagi.', 'Maya Sari', true]);
    expect(out).toContainEqual(['Bantuan logistik tetap kami kirim sampai pekan depan', 'Maya Sari', true]);
  });
});

describe('indirect speech, Indonesian', () => {
  it('X mengatakan, … / Ia menambahkan bahwa …', () => {
    const t = 'Ketua panitia Bambang Irawan mengatakan, acara dimulai pukul delapan. Ia menambahkan bahwa tiket sudah habis terjual.';
    expect(q(t)).toEqual([
      ['acara dimulai pukul delapan', 'Bambang Irawan', false],
      ['tiket sudah habis terjual', 'Bambang Irawan', false],
    ]);
  });

  it('a noun-phrase object: X mengungkapkan penghargaannya …', () => {
    const t = 'Pada pertemuan itu, Hasan mengungkapkan penghargaannya atas bantuan warga desa.';
    expect(q(t)).toEqual([['penghargaannya atas bantuan warga desa', 'Hasan', false]]);
  });

  it('Menurut X, …', () => {
    const t = 'Menurut Sri Wahyuni, harga gula akan stabil hingga Lebaran.';
    expect(q(t)).toEqual([['harga gula akan stabil hingga Lebaran', 'Sri Wahyuni', false]]);
  });

  it('a subject set off by an appositive: X, role, menegaskan …', () => {
    const t = 'Andi Pratama, kepala dinas pendidikan, menegaskan sekolah tetap buka.';
    expect(q(t)).toEqual([['sekolah tetap buka', 'Andi Pratama', false]]);
  });

  it('a cue inside the sentence: Namun, kata X, …', () => {
    const t = 'Namun, kata Lestari, pembangunan jalan tol tertunda karena cuaca.';
    expect(q(t)).toEqual([['pembangunan jalan tol tertunda karena cuaca', 'Lestari', false]]);
  });

  it('verbs that only sometimes report speech need bahwa or a comma', () => {
    expect(q('Wati menyampaikan salam kepada para guru.')).toEqual([]);
    expect(q('Wati menyampaikan bahwa sekolah libur besok.')).toEqual([['sekolah libur besok', 'Wati', false]]);
  });

  it('a passive report cue: …, seperti diumumkan oleh X', () => {
    const t = 'Jadwal penerbangan kembali normal pada Senin, seperti diumumkan oleh Angkasa Pura.';
    expect(q(t)).toEqual([['Jadwal penerbangan kembali normal pada Senin', 'Angkasa Pura', false]]);
  });

  it('a passive cue verb with its agent before the clause: Ditambahkan X, …', () => {
    expect(q('Ditambahkan Hadi, pihaknya akan menambah stok di semua gudang.')).toEqual([
      ['pihaknya akan menambah stok di semua gudang', 'Hadi', false],
    ]);
  });

  it('a role narrowed by lower-case words before the name: menurut pengamat pertanian X', () => {
    const t = 'Menurut pengamat pertanian Dwi Andreas, harga beras naik karena musim kering.';
    expect(q(t)).toEqual([['harga beras naik karena musim kering', 'Dwi Andreas', false]]);
  });

  it('a phrase between the verb and bahwa is not part of the content', () => {
    const t = 'Lembaga Riset Pangan menyatakan, dalam laporan bulanan pada Rabu bahwa stok gula cukup sampai Maret.';
    expect(q(t)).toEqual([['stok gula cukup sampai Maret', 'Lembaga Riset Pangan', false]]);
    expect(q('Anna Lee said on Monday that the plant would reopen.', 'en')).toEqual([['the plant would reopen', 'Anna Lee', false]]);
  });

  it('a common noun with itu/tersebut as speaker stands for the party named before it', () => {
    const t = 'Gabungan Pengusaha Sawit bertemu di Medan pekan lalu. Asosiasi itu menyatakan, ekspor akan turun tahun depan.';
    expect(q(t)).toEqual([['ekspor akan turun tahun depan', 'Gabungan Pengusaha Sawit', false]]);
    const u = 'Larangan itu membuat Malaysia cemas karena menurut negara tetangga itu, harga minyak goreng akan melonjak.';
    expect(q(u)).toEqual([['harga minyak goreng akan melonjak', 'Malaysia', false]]);
    // Without a comma or bahwa after the verb it is not speech.
    expect(q('Pertemuan Jakarta berlangsung singkat. Pertemuan ini menegaskan hubungan kedua negara.')).toEqual([]);
  });

  it('a direct quote attributed by the next sentence: “….” Hal itu dikatakan X', () => {
    const t = '“Harga cabai akan turun bulan depan.” Hal itu dikatakan Kepala Dinas Pertanian Rudi Hartono di Bandung.';
    expect(q(t)).toEqual([['Harga cabai akan turun bulan depan.', 'Rudi Hartono', true]]);
  });
});

describe('English', () => {
  it('"…," he said — pronoun resolved to the last speaker', () => {
    const t = 'Mayor John Carter said the bridge would reopen in May. "We are ahead of schedule," he said.';
    expect(q(t, 'en')).toEqual([
      ['the bridge would reopen in May', 'John Carter', false],
      ['We are ahead of schedule', 'John Carter', true],
    ]);
  });

  it('"…," said X and "…," X said', () => {
    expect(q('"The market is nervous," said Anna Lee.', 'en')).toEqual([['The market is nervous', 'Anna Lee', true]]);
    expect(q('"The market is nervous," Anna Lee said.', 'en')).toEqual([['The market is nervous', 'Anna Lee', true]]);
  });

  it('X told reporters (that) …', () => {
    const t = 'Maria Gomez told reporters that the talks had failed.';
    expect(q(t, 'en')).toEqual([['the talks had failed', 'Maria Gomez', false]]);
  });

  it('a name ending in a lower-case particle before the verb: "…," X al-Y told', () => {
    const t = '"We are not worried," oil minister Omar al-Rashid told reporters.';
    expect(q(t, 'en')).toEqual([['We are not worried', 'Omar al-Rashid', true]]);
  });

  it('According to X, …', () => {
    const t = 'According to Peter Hall, the factory will close next year.';
    expect(q(t, 'en')).toEqual([['the factory will close next year', 'Peter Hall', false]]);
  });
});

describe('speakers from entity mentions', () => {
  it('prefers the mention covering the name, and its canonical id once linking set one', () => {
    const t = '“Kami siap berunding,” kata Menteri Luar Negeri Sugiono.';
    const start = t.indexOf('Sugiono');
    const mention: EntityMention = { start, end: start + 7, text: 'Sugiono', entity: 'e-sugiono', type: 'PERSON' };
    expect(q(t, 'id', [mention])).toEqual([['Kami siap berunding', 'e-sugiono', true]]);
    expect(q(t, 'id', [{ ...mention, entity: null }])).toEqual([['Kami siap berunding', 'Sugiono', true]]);
  });

  it('ignores a mention that crosses the name at the cue or swallowed a cue word', () => {
    const t = 'Delegasi tiba di Arab. Menteri Energi Arab Ali al-Hamid mengatakan, produksi akan naik.';
    const s = t.indexOf('Arab Ali');
    const crossing: EntityMention = { start: s, end: s + 8, text: 'Arab Ali', entity: null, type: 'PERSON' };
    expect(q(t, 'id', [crossing])).toEqual([['produksi akan naik', 'Ali al-Hamid', false]]);
    const u = 'Sepengetahuan Hadi, stok beras masih aman.';
    const swallowed: EntityMention = { start: 0, end: 18, text: 'Sepengetahuan Hadi', entity: null, type: 'PERSON' };
    expect(q(u, 'id', [swallowed])).toEqual([['stok beras masih aman', 'Hadi', false]]);
  });

  it('resolves a pronoun to the nearest person mention when nobody spoke before', () => {
    const t = 'Rapat dipimpin Wakil Ketua DPRD Yusuf Maulana. “Anggaran harus dihemat,” ujarnya.';
    const s = t.indexOf('Yusuf Maulana');
    const m: EntityMention = { start: s, end: s + 13, text: 'Yusuf Maulana', entity: null, type: 'PERSON' };
    expect(q(t, 'id', [m])).toEqual([['Anggaran harus dihemat', 'Yusuf Maulana', true]]);
    const hit = findQuotes(t, id, [m])[0];
    expect(hit.speakerMention).toBe(0);
    expect(hit.via).toBe('pronoun');
  });
});

describe('second round: cue verbs, clause order, appositions, non-speech', () => {
  it('tukas after a direct quote; mencatat and melanjutkan with a comma; membenarkan without one', () => {
    expect(q('"Belum ada keputusan soal itu," tukas Rina Kartika.')).toEqual([['Belum ada keputusan soal itu', 'Rina Kartika', true]]);
    expect(q('Hendra Wijaya mencatat, penjualan mobil listrik naik dua kali lipat.')).toEqual([
      ['penjualan mobil listrik naik dua kali lipat', 'Hendra Wijaya', false],
    ]);
    expect(q('Hendra Wijaya melanjutkan, pabrik baru akan dibangun di Karawang.')).toEqual([
      ['pabrik baru akan dibangun di Karawang', 'Hendra Wijaya', false],
    ]);
    expect(q('Rahmat Hidayat membenarkan jalan tol itu akan dibuka bulan depan.')).toEqual([
      ['jalan tol itu akan dibuka bulan depan', 'Rahmat Hidayat', false],
    ]);
    // Recording a figure with a noun object is not speech.
    expect(q('Perusahaan itu mencatat laba bersih Rp 2 triliun tahun lalu.')).toEqual([]);
  });

  it('kata dia with no comma before it takes the clause after its own comma', () => {
    const t = 'Rapat dipimpin Gubernur Nurul Aini. Dengan jalur baru itu kata dia, waktu tempuh akan berkurang setengah.';
    expect(q(t)).toEqual([['waktu tempuh akan berkurang setengah', 'Nurul Aini', false]]);
    // `kata` as a noun is no cue.
    expect(q('Dengan kata lain, harga beras akan naik tahun depan.')).toEqual([]);
  });

  it('a fronted adverbial before `menurut dia,` is not the statement', () => {
    const t = 'Pameran dibuka Bupati Gilang Ramadhan. Pada dua tahun ke depan, menurut dia, pengunjung akan berlipat.';
    expect(q(t)).toEqual([['pengunjung akan berlipat', 'Gilang Ramadhan', false]]);
    // A statement before `, menurut X.` stays the statement.
    expect(q('Harga cabai akan turun pekan depan, menurut Dedi Kurnia.')).toEqual([['Harga cabai akan turun pekan depan', 'Dedi Kurnia', false]]);
  });

  it('Name Surname, Title of a Place mengatakan: the name, not the place', () => {
    const t = 'Karim Al-Faris, Menteri Energi Kerajaan Oman mengatakan pada Senin bahwa produksi akan dipangkas.';
    expect(q(t)).toEqual([['produksi akan dipangkas', 'Karim Al-Faris', false]]);
    // A place before the comma is no subject.
    // (Without entity mentions the province may stay in front of the name.)
    const [hit] = q('Di Surabaya, Gubernur Jawa Timur Sari Wulandari mengatakan, banjir mulai surut.');
    expect(hit[0]).toBe('banjir mulai surut');
    expect(hit[1]).toContain('Sari Wulandari');
  });

  it('hopes and an unnamed class of people are not attributed speech', () => {
    expect(q('Tono Sugiarto berharap, pembangunan jembatan selesai tahun ini.')).toEqual([]);
    expect(q('Analis mengatakan, harga emas akan terus naik pekan ini.')).toEqual([]);
    expect(q('Para analis mengatakan, harga emas akan terus naik pekan ini.')).toEqual([]);
    expect(q('Analysts said gold prices would keep rising this week.', 'en')).toEqual([]);
  });

  it('a title swallowed into an organisation mention does not hide the person behind it', () => {
    const t = 'Kepala Humas Badan Pangan Sinta Marlina menuturkan, stok aman. “Kami sudah menambah gudang di tiga provinsi,” ujar dia.';
    const s = t.indexOf('Humas');
    const e = t.indexOf(' menuturkan');
    const org: EntityMention = { start: s, end: e, text: t.slice(s, e), entity: null, type: 'ORGANIZATION' };
    const out = q(t, 'id', [org]);
    expect(out.map((x) => x[1])).toEqual([expect.stringContaining('Sinta Marlina'), expect.stringContaining('Sinta Marlina')]);
  });
});

describe('third round: cue positions, passive and verbless attributions, false alarms', () => {
  it('a post-posed `X mengatakan dalam …` takes the clause before, not the tail', () => {
    const t = 'Harga gandum akan naik tajam bulan depan, Bank Nusantara mengatakan dalam catatan pasarnya pada Senin.';
    expect(q(t)).toEqual([['Harga gandum akan naik tajam bulan depan', 'Bank Nusantara', false]]);
  });

  it('`seperti dijelaskan X` after the statement, and at the sentence start', () => {
    const t = 'Pasokan beras di pasar induk cukup untuk tiga bulan, seperti dijelaskan Kepala Dinas Pangan, Rina Hapsari, kepada wartawan.';
    expect(q(t)).toEqual([['Pasokan beras di pasar induk cukup untuk tiga bulan', 'Rina Hapsari', false]]);
    const t2 = 'Seperti dikatakan Rina Hapsari, pasokan beras cukup untuk tiga bulan.';
    expect(q(t2)).toEqual([['pasokan beras cukup untuk tiga bulan', 'Rina Hapsari', false]]);
  });

  it('an agentless `Seperti disampaikan dalam …` goes to the person named before', () => {
    const t = 'Presiden Bagus Santosa berpidato di depan parlemen. Seperti disampaikan dalam pidato itu, pemerintah ingin menghapus subsidi listrik.';
    expect(q(t)).toEqual([['pemerintah ingin menghapus subsidi listrik', 'Bagus Santosa', false]]);
  });

  it('`menurut estimasi … yang dirilis oleh X` names X', () => {
    const t = 'Ekspor kopi naik 12 persen tahun ini, menurut estimasi awal yang dirilis oleh Badan Statistik Nasional.';
    expect(q(t)).toEqual([['Ekspor kopi naik 12 persen tahun ini', 'Badan Statistik Nasional', false]]);
  });

  it('a weak verb takes a clause without `bahwa`, not a noun object', () => {
    expect(q('Kementerian Keuangan mengumumkan penerimaan pajak akan melampaui target.')).toEqual([
      ['penerimaan pajak akan melampaui target', 'Kementerian Keuangan', false],
    ]);
    expect(q('Kementerian Keuangan mengumumkan rencana yang akan dibahas pekan depan.')).toEqual([]);
    expect(q('Norwegia mengisyaratkan kesiapan untuk menambah pasokan gas.')).toEqual([]);
  });

  it('a definite subject with a name inside (`Anggota ASEAN ini`) points back past a dateline', () => {
    const t = 'HANOI, KOMPAS.com - Vietnam mengumumkan ekspor beras turun. Negara ini mulai merasakan dampaknya.\n\nAnggota ASEAN ini menegaskan bahwa harga beras tidak akan dinaikkan.';
    // the rules (the ranker retrained on the gold of 2026-11-22 picks ASEAN here: see eval/quotes/README.md)
    const out = rules(t);
    expect(out.find((x) => x[0] === 'harga beras tidak akan dinaikkan')?.[1]).toBe('Vietnam');
  });

  it('`kata pemerintah X` and a verbless `"…," ekonom X kepada Y`', () => {
    const t = '"Defisit anggaran tahun depan akan lebih kecil," kata pemerintah Malaysia, Kamis.\n\n"Saya kira pertumbuhan akan melambat tahun depan," ekonom senior Hadi Purnomo kepada Reuters.';
    expect(q(t)).toEqual([
      ['Defisit anggaran tahun depan akan lebih kecil', 'Malaysia', true],
      ['Saya kira pertumbuhan akan melambat tahun depan', 'Hadi Purnomo', true],
    ]);
  });

  it('the agent of a relative clause is not the subject (`analis yang disurvei X memprediksi`)', () => {
    expect(q('Sejumlah analis yang disurvei Reuters memprediksi adanya kenaikan suku bunga.')).toEqual([]);
  });

  it('`Ia menambahkan` after `seperti dijelaskan X` goes to X, not the agency before', () => {
    const t = 'Badan Pangan Dunia memperingatkan harga gandum bisa naik.\n\nStok gandum dunia menipis, seperti dijelaskan Kepala Ekonom FAO, Maria Lindqvist, kepada harian Le Monde.\n\nIa menambahkan bahwa panen di Rusia turun tajam tahun ini.';
    const out = q(t);
    expect(out.find((x) => x[0] === 'panen di Rusia turun tajam tahun ini')?.[1]).toBe('Maria Lindqvist');
  });
});

describe('fourth round: titles before names, leading common words, requests and groups', () => {
  /** PERSON mentions for every occurrence of each name (as the entity tagger would give them). */
  const persons = (t: string, ...names: string[]): EntityMention[] =>
    names
      .flatMap((n) => [...t.matchAll(new RegExp(n, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n, entity: null, type: 'PERSON' as const })))
      .sort((a, b) => a.start - b.start);

  it('a sentence-initial common word is not kept in the long form of a name', () => {
    const t = 'Gubernur terpilih Rudi Hartono akan menutup pasar malam itu. Janji Rudi sudah terdengar sejak kampanye. Saat itu Rudi menyebut ada pungutan liar di pasar tersebut.';
    expect(q(t)).toEqual([['ada pungutan liar di pasar tersebut', 'Rudi Hartono', false]]);
  });

  it('`Kapolsek X, Kompol Y` is Y, and so is a later bare `kata Kapolsek`', () => {
    const t = 'Kapolsek Cibeber, Kompol Dedi Kurniawan mengatakan, pelaku sudah diamankan di rumahnya.\n"Petugas menemukan barang bukti di dapur rumah pelaku," kata Kapolsek.';
    expect(q(t)).toEqual([
      ['pelaku sudah diamankan di rumahnya', 'Dedi Kurniawan', false],
      ['Petugas menemukan barang bukti di dapur rumah pelaku', 'Dedi Kurniawan', true],
    ]);
  });

  it('a title broken by lower-case words (`Pelaksana tugas Gubernur X, Name`) goes on to the name', () => {
    const t = '"Bus baru ini akan melayani warga setiap hari," ujar Pelaksana tugas Wali Kota Bogor, Hendra Saputra, di Balai Kota.';
    expect(q(t)).toEqual([['Bus baru ini akan melayani warga setiap hari', 'Hendra Saputra', true]]);
  });

  it('`Pria yang … itu menilai` points back at the person last named', () => {
    const t = 'Politikus Partai Maju, Bambang Sutejo, menilai wajar kritik terhadap menteri itu.\nPria yang juga anggota Komisi II DPR itu menilai dari sisi aturan menteri tersebut sudah melanggar etika.';
    expect(q(t).map((x) => x[1])).toEqual(['Bambang Sutejo', 'Bambang Sutejo']);
  });

  it('`berjanji` with a clause counts; a request after `meminta` does not, a quote after it does', () => {
    expect(q('Wali kota terpilih Sari Dewi berjanji pembangunan pasar bakal dimulai tahun depan.')).toEqual([
      ['pembangunan pasar bakal dimulai tahun depan', 'Sari Dewi', false],
    ]);
    expect(q('Jika belum terbit, Sari Dewi meminta gubernur tidak menandatangani surat itu.')).toEqual([]);
    expect(q('Sari Dewi meminta, "Jangan tandatangani surat itu sebelum diperiksa."')).toEqual([
      ['Jangan tandatangani surat itu sebelum diperiksa.', 'Sari Dewi', true],
    ]);
  });

  it('unnamed groups and bare `Polisi` are not speakers of indirect speech', () => {
    expect(q('Sejumlah LSM kembali mendesak bupati mundur. Mereka menganggap bupati tidak mampu memimpin daerahnya.')).toEqual([]);
    expect(q('Polisi mengungkap sepeda motor curian itu akan dijual ke luar kota.')).toEqual([]);
  });

  it('`malah menyatakan`, `katanya serta menambahkan bahwa`, `menyampaikan surat … bahwa`', () => {
    expect(q('Kantor berita BNA malah menyatakan bahwa program itu sudah memasuki tahap akhir.')).toEqual([
      ['program itu sudah memasuki tahap akhir', 'BNA', false],
    ]);
    const t = 'Kepala Dinas Pangan Rina Hapsari meninjau gudang.\n"Stok beras aman sampai akhir tahun," katanya serta menambahkan bahwa gudang baru akan dibangun tahun depan.';
    expect(q(t).map((x) => [x[0], x[1]])).toEqual([
      ['Stok beras aman sampai akhir tahun', expect.stringContaining('Rina Hapsari')],
      ['gudang baru akan dibangun tahun depan', expect.stringContaining('Rina Hapsari')],
    ]);
    expect(q('Partai Rakyat Maju sudah menyampaikan surat resmi ke Bawaslu bahwa verifikasi di daerah itu menyimpang dari aturan.')).toEqual([
      ['verifikasi di daerah itu menyimpang dari aturan', 'Partai Rakyat Maju', false],
    ]);
  });

  it('with entity mentions, a person named inside the last speaker\'s words does not take over a pronoun', () => {
    const t = 'Soal perawatan, Budi Santoso menyebut biaya itu akan ditanggung oleh Hendrawan. "Jadi kami tinggal memakai bus itu saja," ujar dia.';
    expect(q(t, 'id', persons(t, 'Budi Santoso', 'Hendrawan')).map((x) => x[1])).toEqual(['Budi Santoso', 'Budi Santoso']);
    const t2 = '"Kami ikut keputusan partai," kata Indra Utomo.\nIndra sendiri merasakan gejolak setelah Novanto ditahan. Hal ini, kata dia, dirasakan pengurus di daerah.';
    const out = q(t2, 'id', persons(t2, 'Indra Utomo', 'Indra', 'Novanto').filter((m, i, all) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end)));
    expect(out.map((x) => x[1])).toEqual(['Indra Utomo', 'Indra Utomo']);
  });
});

describe('fifth round: roles with more words, appositions, looser complementizers, nested reports', () => {
  it('a role with more words, then the person after a comma', () => {
    expect(q('"Kerja sama ini memudahkan pembeli di daerah," ujar CEO dan pendiri Tokoriang, Bayu Pramana.')).toEqual([
      ['Kerja sama ini memudahkan pembeli di daerah', 'Bayu Pramana', true],
    ]);
    const t = 'Menurut dokter spesialis anak RSUD Kota Baru, Ratna Kumalasari, demam pada balita bisa disebabkan banyak hal.';
    expect(q(t)).toEqual([['demam pada balita bisa disebabkan banyak hal', 'Ratna Kumalasari', false]]);
  });

  it('an organisation joined by `dan` after a role runs on to the name', () => {
    const out = q('"Semua peserta mengikuti pelatihan," kata Kepala Dinas Perikanan dan Kelautan Kota Tual Herman Salamun.');
    expect(out[0][1]).toEqual(expect.stringContaining('Herman Salamun'));
  });

  it('a lower-case noun before a name (`kata psikolog X`), and a definite description (`tambah pemain … itu`)', () => {
    const t = 'Rasa cemburu yang berlebihan, kata psikolog Dewi Anggraini, adalah tanda hubungan tidak sehat.';
    expect(q(t)).toEqual([['adalah tanda hubungan tidak sehat', 'Dewi Anggraini', false]]);
    const t2 = '"Saya masih menunggu tawaran klub lain," ujar Yohanes Pigai.\n"Nanti satu atau dua hari lagi saya tentukan pilihan," tambah pemain asal Papua itu.';
    expect(q(t2).map((x) => x[1])).toEqual(['Yohanes Pigai', 'Yohanes Pigai']);
    // With mentions, a name the tagger took for a person between the two does not take over a description.
    const t3 = t2.replace('\n"Nanti', '\nMantan pemain Persiwa Wamena itu menunggu. "Nanti');
    const at = (n: string): EntityMention => ({ start: t3.indexOf(n), end: t3.indexOf(n) + n.length, text: n, entity: null, type: 'PERSON' });
    expect(q(t3, 'id', [at('Yohanes Pigai'), at('Persiwa Wamena')]).map((x) => x[1])).toEqual(['Yohanes Pigai', 'Yohanes Pigai']);
  });

  it('`Sang X, yakni Name, …` is Name; `menyangkal kalau`, `bercerita jika`, `menulis dalam … bahwa` count', () => {
    expect(q('Sang vokalis, yakni Arman Maulana, sempat menyangkal kalau penyanyi itu akan bergabung dengan band.')).toEqual([
      ['penyanyi itu akan bergabung dengan band', 'Arman Maulana', false],
    ]);
    expect(q('Arman Maulana bercerita jika lagu baru mereka akan dirilis bulan depan.')).toEqual([
      ['lagu baru mereka akan dirilis bulan depan', 'Arman Maulana', false],
    ]);
    expect(q('Psikolog Dewi Anggraini menulis dalam majalah Sehat bahwa tidur cukup membuat anak lebih tenang.')).toEqual([
      ['tidur cukup membuat anak lebih tenang', expect.stringContaining('Dewi Anggraini'), false],
    ]);
  });

  it('`Dirinya berjanji bakal …` is the person last named; an indirect question is not a statement', () => {
    const t = '"Pelatihan ini penting bagi pengurus masjid," kata Kepala Dinas Pertanian Singkawang Yusuf Hamdan.\nDirinya berjanji bakal terus memberikan pelatihan kepada pengurus masjid.';
    expect(q(t)[1]).toEqual(['bakal terus memberikan pelatihan kepada pengurus masjid', expect.stringContaining('Yusuf Hamdan'), false]);
    expect(q('Setelah banyak spekulasi beredar, akhirnya majalah Irama membeberkan siapa yang akan menjadi tamu band itu.')).toEqual([]);
  });

  it('a report opening the content of another (`Erick menyampaikan, KM mengaku …`) is the outer speaker\'s', () => {
    expect(q('Rudi Hartono menyampaikan, tersangka mengaku sudah setahun memakai narkoba.')).toEqual([
      ['tersangka mengaku sudah setahun memakai narkoba', 'Rudi Hartono', false],
    ]);
    expect(q('Rudi Hartono menyampaikan, Budi mengaku sudah setahun memakai narkoba.')).toEqual([
      ['Budi mengaku sudah setahun memakai narkoba', 'Rudi Hartono', false],
    ]);
  });

  it('a passive `disebut X` with no commas, followed by a clause, spans the sentence', () => {
    const t = 'Fitur belanja itu disebut Talbot bisa memangkas waktu pembayaran.';
    expect(q(t)).toEqual([[t.slice(0, -1), 'Talbot', false]]);
    expect(q('Kawasan itu disebut Kampung Pelangi oleh warga.')).toEqual([]);
  });

  it('a spaced hyphen inside a given name, and a person mention over a place inside the name', () => {
    const t = '"Selamat menikmati festival ini," kata Duta Besar Korea Selatan Kim Min - ho saat membuka acara.';
    expect(q(t)[0][1]).toEqual(expect.stringContaining('Kim Min - ho'));
    const s = t.indexOf('Korea Selatan');
    const p = t.indexOf('Kim Min - ho');
    const ents: EntityMention[] = [
      { start: s, end: s + 13, text: 'Korea Selatan', entity: null, type: 'LOCATION' },
      { start: p, end: p + 12, text: 'Kim Min - ho', entity: null, type: 'PERSON' },
    ];
    expect(q(t, 'id', ents)[0][1]).toBe('Kim Min - ho');
  });
});

describe('sixth round: salience, relative clauses, abbreviations, handles', () => {
  const person = (t: string, name: string): EntityMention => {
    const s = t.indexOf(name);
    return { start: s, end: s + name.length, text: name, entity: null, type: 'PERSON' };
  };

  it('`mencontohkan,` and `menceritakan,` + clause report; with a noun object they do not', () => {
    expect(q('Ekonom Rina Hapsari menilai harga beras akan naik. Dia mencontohkan, harga gabah di Karawang sudah naik sepuluh persen.')[1]).toEqual([
      'harga gabah di Karawang sudah naik sepuluh persen',
      expect.stringContaining('Rina Hapsari'),
      false,
    ]);
    expect(q('Kepada petugas, Joko Susilo menceritakan, ia berangkat dari rumah sejak subuh.')).toEqual([
      ['ia berangkat dari rumah sejak subuh', 'Joko Susilo', false],
    ]);
    expect(q('Seorang tetangga menulis surat dan menceritakan kebaikan Joko Susilo kepada wali kota.')).toEqual([]);
  });

  it('`memastikan` reports a clause, not a result secured in a match', () => {
    expect(q('Andi Pratama membela diri. Dirinya memastikan telah mengantongi izin resmi sejak tahun lalu.')).toEqual([
      ['telah mengantongi izin resmi sejak tahun lalu', 'Andi Pratama', false],
    ]);
    expect(q('Pebalap Spanyol itu kembali tampil cepat. Marc Lopez kemudian memastikan balapan ini menjadi miliknya setelah menyalip di tikungan akhir.')).toEqual([]);
  });

  it('an agentless `Ditegaskan, …` is the person who spoke last', () => {
    const t = '"Kami tetap menghormati proses hukum di negara itu," kata Kepala Biro Humas Kejaksaan, Dedi Kurnia.\nDitegaskan, eksekusi akan dilakukan sesuai perintah undang-undang.';
    expect(q(t)[1]).toEqual(['eksekusi akan dilakukan sesuai perintah undang-undang', 'Dedi Kurnia', false]);
  });

  it('a name before a relative clause is the subject, not a name inside the clause', () => {
    expect(q('Bima Saputra yang ditunjuk sebagai kapten saat menghadapi Persija mengaku tetap optimistis timnya bisa bangkit.')).toEqual([
      ['tetap optimistis timnya bisa bangkit', 'Bima Saputra', false],
    ]);
  });

  it('a pronoun after a sentence about a person who replies, or who spoke before, is that person', () => {
    const t =
      '"Klien kami belum menerima surat apa pun," ujar Hendra Wijaya, kuasa hukum Tono.\nPernyataan Hendra Wijaya dibantah Sari Oktaviani. Pengacara yang pernah membela artis Lina Marlina tersebut menegaskan surat itu sudah dikirim sejak pekan lalu.';
    expect(q(t)[1]).toEqual(['surat itu sudah dikirim sejak pekan lalu', 'Sari Oktaviani', false]);
    const u = `${t}\nDiserang Sari, Hendra Wijaya membela diri. Dirinya memastikan belum pernah menerima surat itu.`;
    expect(q(u)[2]).toEqual(['belum pernah menerima surat itu', 'Hendra Wijaya', false]);
  });

  it('someone only talked about in between does not take the last speaker\'s pronoun', () => {
    const t =
      '"Eksekusi Maria Lestari ditunda sampai ada putusan," kata Kepala Biro Humas Kejaksaan, Dedi Kurnia.\nSedianya Maria Lestari masuk dalam daftar eksekusi tahun lalu. Ia mengaku belum menerima kabar terbaru dari pengadilan.';
    expect(rules(t)[1]).toEqual(['belum menerima kabar terbaru dari pengadilan', 'Dedi Kurnia', false]);
  });

  it('a first `ujar dia` with no speaker before is the person the opening sentence is about', () => {
    const t = 'Jakarta (ANTARA News) - Pelukis Rina Wulandari untuk pertama kalinya memamerkan lukisan di atas kain batik.\n"Ini pertama kali saya melukis di atas kain, rasanya sangat berbeda," ujar dia di Jakarta.';
    expect(q(t)[0][1]).toEqual(expect.stringContaining('Rina Wulandari'));
  });

  it('the last speaker outranks people only listed since, even paragraphs later', () => {
    const t =
      '"Saya ingin pameran ini jujur," kata Rina Wulandari.\nPameran itu dibuka pada Senin.\nLukisan itu berisi banyak warna cerah.\nKaryanya memuat tokoh seperti Gus Dur dan Bung Karno.\n"Kritik itu penting untuk saling mengingatkan," kata dia.';
    const ents = [person(t, 'Rina Wulandari'), person(t, 'Gus Dur'), person(t, 'Bung Karno')];
    expect(q(t, 'id', ents)[1][1]).toBe('Rina Wulandari');
  });

  it('a name after its organisation and a comma, then where it spoke, is the subject', () => {
    expect(q('Kepala Biro Humas Kejaksaan, Dedi Kurnia di Jakarta, Senin, menyatakan pihaknya menghormati proses hukum.')).toEqual([
      ['pihaknya menghormati proses hukum', 'Dedi Kurnia', false],
    ]);
  });

  it('`menurut laporan X` between the commas of a short subject spans the sentence', () => {
    const t = 'Kejadian itu, menurut laporan Tribunnews, berawal ketika petugas sedang berjaga di pos.';
    expect(q(t)).toEqual([[t.slice(0, -1), 'Tribunnews', false]]);
  });

  it('comments quoted from social-media accounts go to the handle', () => {
    const t = 'Foto itu mendapat banyak komentar:\n"Kelihatannya enak sekali, jadi lapar," ujar akun @budi_s\n"Cantik dan pintar masak," puji akun @rina.w';
    expect(q(t).map((x) => x[1])).toEqual(['@budi_s', '@rina.w']);
  });

  it('a title abbreviation stands for the person printed with the full title', () => {
    const t =
      'Menteri Hukum dan HAM Yasa Lubis menyatakan bahwa eksekusi masih menunggu putusan pengadilan.\n"Ya kita tunggu dulu hasilnya," kata Menkumham saat ditemui di Jakarta.';
    expect(q(t)[1][1]).toBe('Yasa Lubis');
    const u =
      'Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan, Dedi Kurnia menyatakan pihaknya menghormati proses hukum.\nRapat itu berlangsung tertutup.\nWartawan menunggu di luar gedung.\n"Kami menunggu putusan itu," kata Kapuspenkum.';
    expect(q(u)[1][1]).toBe('Dedi Kurnia');
    const w = 'Menteri Luar Negeri Ani Lestari tiba di Yangon pada Senin.\nPertemuan itu berlangsung tertutup.\nWartawan menunggu di luar gedung.\n"Kami mendukung dialog," kata Menlu.';
    expect(q(w)[0][1]).toBe('Ani Lestari');
  });

  it('a description after a fronted adverbial, or a title with a demonstrative, is the person last named', () => {
    const t = '"Saya sudah siap bertanding lagi," kata Dewi Anggraini.\nPekan lalu, petenis 25 tahun ini bahkan mengakui bahwa lututnya belum pulih.';
    expect(q(t)[1]).toEqual(['lututnya belum pulih', 'Dewi Anggraini', false]);
    const u = '"Kami belum memutuskan siapa pendampingnya," kata Bambang Sutrisno.\nMantan Menteri Perhubungan dan Pariwisata itu mengaku belum memikirkan juru bicara.';
    expect(q(u)[1]).toEqual(['belum memikirkan juru bicara', 'Bambang Sutrisno', false]);
  });

  it('`kata General Manager Org, Name` is the person after the comma', () => {
    const t = '"Pelabuhan ini juga melayani kapal penumpang," kata General Manager Pelindo Cabang Cirebon, Agus Salim, seperti dikutip situs perusahaan.';
    expect(q(t)[0][1]).toBe('Agus Salim');
  });

  it('a quote after a sentence about a person named with a role word is that person\'s, when new to the text', () => {
    const t =
      '"Saya akan memberikan segalanya untuk klub ini," kata Rudi Hartono.\nSebelumnya, pemilik klub Bima Wicaksono memberikan pujian kepada Rudi atas penampilannya.\n"Dia pemain yang sangat penting bagi kami di sini," ucapnya.';
    expect(q(t)[1][1]).toBe('Bima Wicaksono');
  });

  it('a mixed-case dateline before the subject is no speaker', () => {
    expect(q('Jakarta, Kantor Berita Nusa - - Studio Garuda resmi mengungkapkan kisah film terbarunya yang bertajuk Langit Jingga.')).toEqual([]);
  });

  it('a verb after the speaker of a direct quote says how they spoke (`ujar X membenarkan kabar itu`)', () => {
    const t = '"Ya benar, itu rancangan saya dan saya senang sekali," ujar Rina Wulandari membenarkan kabar itu saat dihubungi, Senin.';
    expect(q(t)).toEqual([['Ya benar, itu rancangan saya dan saya senang sekali', 'Rina Wulandari', true]]);
  });

  it('`menyebut X sebagai …` names; with `bahwa` it reports', () => {
    expect(q('Ani Lestari menyebut lawatannya ke tiga negara itu sebagai diplomasi kemanusiaan.')).toEqual([]);
    expect(q('Ani Lestari menyebut bahwa lawatannya akan berlanjut sebagai bagian dari diplomasi kemanusiaan.')).toHaveLength(1);
  });
});

describe('seventh round (heldout9, en-heldout)', () => {
  it('a titled name outranks one capitalized common word opening the sentence', () => {
    const t = 'Pelaksanaan tugas Bupati Sleman Budi Santosa di Sleman, Rabu, menyebutkan, lahan seluas 20 hektare sudah disiapkan.';
    expect(q(t)[0][1]).toBe('Budi Santosa');
  });

  it('`kata Ketua Tim … tersebut, Name` is the person after the comma', () => {
    const t = '"Kami memakai bahan lokal yang mudah didapat," kata Ketua Tim peneliti pangan tersebut, Rani Kusuma di Bandung, Senin.';
    expect(q(t)[0][1]).toBe('Rani Kusuma');
  });

  it('a comma-less embedded cue with an auxiliary after the speaker spans the sentence', () => {
    const t = '"Kami siap membangun jalan baru," kata Hendra Wijaya.\nPihak pengembang lanjut Hendra telah menyetujui rencana itu sejak bulan lalu.';
    expect(q(t)[1]).toEqual(['Pihak pengembang lanjut Hendra telah menyetujui rencana itu sejak bulan lalu', 'Hendra Wijaya', false]);
  });

  it('a pronoun after a sentence about a new person with an apposition is that person', () => {
    const t =
      '"Makan sayur itu penting," jelas Maya Putri, seorang ahli gizi.\nDodi Pratama, pendiri dan CEO Sehatku, mencoba pola makan itu selama sebulan. Dia mengatakan bahwa tubuhnya terasa lebih segar.';
    expect(q(t)[1][1]).toBe('Dodi Pratama');
  });

  it('a verb in a time clause, a name in a document title and a causative are no statements', () => {
    expect(q('Namun saat dia menambahkan garam ke dalam masakan, rasanya berubah total.')).toEqual([]);
    expect(q('Peraturan Daerah Nomor 5 Tahun 2019 tentang Ketertiban Umum di Kota Baru menyebutkan bahwa pedagang dilarang berjualan di trotoar.')).toEqual([]);
    expect(q('Video yang viral itu membuat warganet menduga bahwa pasangan itu sudah menikah.')).toEqual([]);
  });

  it('English: a company name with `Co.`/`Inc.`, `The company said it`, and `it said`', () => {
    const t =
      'Acme Widgets Co. said it raised its stake in Foo Corp. to 9% of the shares.\n\nThe company said it now holds about 2 million shares.\n\nThe plant will open in Ohio next spring, it said.';
    const r = q(t, 'en');
    expect(r.map((x) => x[1])).toEqual(['Acme Widgets Co', 'Acme Widgets Co', 'Acme Widgets Co']);
  });

  it('English: `Sun`-like names opening a company name keep their first word', () => {
    const t = 'Mon Electronics Inc., recovering from a loss, said it earned $3 million in the quarter.';
    expect(q(t, 'en')[0][1]).toBe('Mon Electronics Inc');
  });

  it('English: `Name, Org\'s title, said` is the name; `The Organization of X said` is one name', () => {
    expect(q('Karen Hill, Acme\'s president and chief executive, said Acme viewed the bid as a positive move.', 'en')[0][1]).toBe('Karen Hill');
    expect(q('LAGOS (AP)_ The Organization of West African Ports said Friday it would study the delays.', 'en')[0][1]).toBe('Organization of West African Ports');
  });

  it('English: `, saying he …` reports for the sentence\'s subject, past a possessive', () => {
    const t = "Maria's older brother, Tom Baker, is fighting to keep the farm, saying he can run it better than anyone.";
    expect(q(t, 'en')).toEqual([['he can run it better than anyone', 'Tom Baker', false]]);
  });

  it('English: `affirmed`, `vowed to`; an `it` no speaker stands behind is dropped', () => {
    expect(q('Acme Widgets affirmed it does not plan to buy the rival maker.', 'en')).toHaveLength(1);
    expect(q('Governor Ann Lee on Monday vowed to rebuild every school destroyed by the flood.', 'en')[0][1]).toBe('Ann Lee');
    expect(q('A resolution was adopted on Monday.\n\nIt stresses that every nation must act against the smugglers now.', 'en')).toEqual([]);
  });
});

describe('cueless quotes ranked among candidates; descriptions at the cue', () => {
  it('a quote paragraph with no cue takes the speaker of the cued quote right after it', () => {
    const t =
      'Raka Pratama mengakui bahwa lomba tahun ini berat.\nJadwal lomba sudah diumumkan panitia pekan lalu.\nSaat ini tim Raka ada di urutan ketiga klasemen.\n"Semua tim punya peluang yang sama untuk menang tahun ini."\n"Kami tetap fokus pada latihan setiap hari," kata Raka.';
    expect(q(t).map((x) => x[1])).toEqual(['Raka Pratama', 'Raka Pratama', 'Raka Pratama']);
  });

  it('a cueless quote after a sentence about a new person is that person\'s', () => {
    const t =
      'Festival itu dibuka pada Sabtu. Dewi Anggraini, penulis naskah film itu, mengaku senang dengan sambutan penonton. "Saya tidak menyangka ruangan akan penuh sampai ke belakang."';
    const r = q(t);
    expect(r[r.length - 1]).toEqual(['Saya tidak menyangka ruangan akan penuh sampai ke belakang.', 'Dewi Anggraini', true]);
  });

  it('a word of its own in the cue slot after `,"` is a verb of speech', () => {
    const t = 'Namun, pelatih Bima Sakti belum bisa memainkan Andi.\n"Andi mungkin belum bisa bermain di laga besok," buka Bima seperti dikutip dari laman klub.';
    expect(q(t)[0][1]).toBe('Bima Sakti');
  });

  it('`sambung pelatih asal X` is the coach named before, not the place', () => {
    const t =
      'Laga uji coba digelar Sabtu. Kali ini pelatih Bima Sakti akan mencoba banyak pemain.\n"Hari ini kami punya dua puluh pemain yang siap tampil," sambung pelatih asal Jepang.';
    expect(q(t)[0][1]).toBe('Bima Sakti');
  });

  it('a long description, then a titled name: the name', () => {
    const t = '"Makan terlalu cepat saat berbuka bisa membuat perut terasa perih," kata dokter spesialis gizi dari RS Sehat / Klinik Prima Dr. dr. Lestari Wulandari dalam keterangannya.';
    expect(q(t)[0][1]).toBe('Lestari Wulandari');
  });

  it('a name after `lebih … dari` is compared, not placed: a pronoun can still stand for it', () => {
    const t =
      '"Kami sudah siap menikah tahun ini," kata Sinta di Jakarta.\n"Tidak ada yang perlu ditunggu lagi," ujarnya lagi.\nRaka berusia 24 tahun, lebih tua dua tahun dari Sinta.';
    expect(q(t).map((x) => x[1])).toEqual(['Sinta', 'Sinta']);
  });

  it('curly quotes mis-decoded as windows-1252 (`â€œ…â€\\x9d`) are quote marks', () => {
    const t = 'Fajar Nugraha menuturkan, \u00e2\u20ac\u0153Kami menggarap film ini selama dua tahun penuh.\u00e2\u20ac\u009d';
    expect(q(t)).toEqual([['Kami menggarap film ini selama dua tahun penuh.', 'Fajar Nugraha', true]]);
  });
});

describe('agentless passive cues with a clitic', () => {
  it('`Dikatakannya, …` and `Ditambahkannya, …` are the person last named', () => {
    const t =
      'Kepala Dinas Pasar Kota Bogor, Hendra Wijaya menegaskan akan menertibkan pedagang liar.\nDikatakannya, petugas dinas sudah bertemu para pedagang pada pekan lalu.\nDitambahkannya, penertiban akan dimulai setelah hari raya.';
    expect(q(t).map((x) => x[1])).toEqual(['Hendra Wijaya', 'Hendra Wijaya', 'Hendra Wijaya']);
  });
});

describe('ninth round: modifiers before the verb, post-posed attributions, glued sentences', () => {
  it('adverbs and a manner phrase between subject and verb (`bahkan tanpa ragu menyebut bahwa`)', () => {
    const t = 'Wakil Ketua DPRD Budi Santoso bahkan tanpa ragu menyebut bahwa anggaran itu terlalu besar.';
    expect(q(t)).toEqual([['anggaran itu terlalu besar', 'Budi Santoso', false]]);
  });

  it('a channel between subject and verb (`dalam siaran pers menuturkan`)', () => {
    const t = 'Ketua panitia Rina Marlina dalam siaran pers menuturkan panitia sudah menyiapkan tiga ribu kursi.';
    expect(q(t)).toEqual([['panitia sudah menyiapkan tiga ribu kursi', 'Rina Marlina', false]]);
  });

  it('post-posed `…, demikian keterangan X kepada Y` and `demikian laporan X`', () => {
    const t =
      'Pasokan cabai dari Garut turun karena hujan deras, demikian keterangan Kepala Dinas Pertanian Sugeng Raharjo kepada wartawan, Selasa.\nSebuah survei menyebutkan, warga kota lebih sering naik ojek daripada bus, demikian laporan Lembaga Riset Nusantara.';
    expect(q(t).map((x) => x[1])).toEqual(['Sugeng Raharjo', 'Lembaga Riset Nusantara']);
  });

  it('a statement quoted with `demikian bunyi keterangan resmi <body>`, then `pernyataan itu` is the same body', () => {
    const t =
      '"Karena listrik padam, semua kereta berhenti sementara," demikian bunyi keterangan resmi operator jalur kereta Whoosh.\nDikutip dari Reuters, pernyataan itu juga menyebutkan bahwa "tidak ada penumpang yang terluka".';
    expect(q(t).map((x) => x[1])).toEqual(['Whoosh', 'Whoosh']);
  });

  it('`Menurut <description> <clause>` without a comma, and `Di mata <description>`', () => {
    const t =
      'Jakarta, CNN Indonesia - - Pelari Kenya, Daniel Kiprop mengeluhkan lintasan. Menurut pelari asal Kenya tersebut lintasan yang dipakai panitia terlalu licin saat hujan.\n"Kami butuh lintasan yang lebih kering dan rata untuk berlari cepat," kata Kiprop.\nDi mata pelari berusia 28 tersebut dalam dua tahun terakhir lintasan di kota ini makin licin.';
    const got = q(t);
    expect(got.map((x) => x[2])).toEqual([false, true, false]);
    for (const x of got) expect(x[1]).toMatch(/Kiprop$/);
  });

  it('`Pria berusia 40 tahun itu mengatakan, …` is the person last named', () => {
    const t = '"Latihan pagi itu penting bagi kami semua," kata Joko Susilo.\nPria berusia 40 tahun itu mengatakan, latihan pagi membuat timnya lebih bugar.';
    expect(q(t).map((x) => x[1])).toEqual(['Joko Susilo', 'Joko Susilo']);
  });

  it('a place after `di` before the verb is no speaker (`sejumlah bank di Asia melaporkan bahwa`)', () => {
    const t = 'Pada pekan yang sama, sejumlah bank di Asia melaporkan bahwa sistem mereka diserang oleh peretas.';
    expect(q(t)).toEqual([]);
  });

  it('a two-word term in quotes before a clause about a thing is no quote', () => {
    const t = 'Dalam skenario "banjir besar", studi ini memperkirakan dua ribu rumah terendam.';
    expect(q(t)).toEqual([]);
  });

  it('a direct quote with an inner `?` gives no extra indirect item', () => {
    const t = '"Umurnya baru 21, tapi siapa yang tahu kedewasaannya? Di usia ini banyak yang sudah bekerja keras sejak lama, "kata Rudi menuturkan.';
    expect(q(t).map((x) => [x[1], x[2]])).toEqual([['Rudi', true]]);
  });

  it('a sentence glued to a closing mark is a sentence of its own (`nantinya.”Name, …`)', () => {
    const t =
      'Ketua panitia Sinta Dewi menuturkan film ini siap tayang akhir tahun. \u00e2\u20ac\u0153Kami sudah bekerja keras hampir setahun untuk film ini.\u00e2\u20ac\u009dAnton Wijaya, penata kamera dan editor mengaku senang dengan hasil syutingnya.';
    expect(q(t).map((x) => [x[1], x[2]])).toEqual([
      ['Sinta Dewi', false],
      ['Sinta Dewi', true],
      ['Anton Wijaya', false],
    ]);
  });

  it('a pronoun after a sentence about an award (`… Anugerah Pers 2018`) is still the speaker', () => {
    const t =
      '"Kami akan terus bekerja untuk warga," kata Bupati Rahmat Hidayat.\nKemarin, bupati itu menerima\npenghargaan Anugerah Kinerja Daerah 2018 di Bandung. Dengan penghargaan tersebut, ia pun mengaku mendapat semangat baru untuk bekerja.';
    expect(q(t).map((x) => x[1])).toEqual(['Rahmat Hidayat', 'Rahmat Hidayat']);
  });
});

describe('tenth round: appositions after kin nouns, fronted channels, long titles, descriptions, documents', () => {
  it('`tulis putrinya, Name dalam …`: the name apposed to a kin noun after the cue', () => {
    const t = '"Ayah pergi dengan tenang setelah lama sakit," tulis putrinya, Rina Dewi dalam blog keluarga.';
    expect(q(t)).toEqual([['Ayah pergi dengan tenang setelah lama sakit', 'Rina Dewi', true]]);
  });

  it('a two-word caption with its writer and a weak verb after it (`"…," sesederhana itu X menuliskan …`)', () => {
    const t = 'Rina Kartika akhirnya memamerkan foto putranya.\n"Bayi Kecil," sesederhana itu Rina menuliskan keterangan fotonya.';
    expect(q(t)).toEqual([['Bayi Kecil', 'Rina Kartika', true]]);
    // A term in quotes with no one writing it stays out.
    expect(q('Film "Bayi Kecil" tayang pekan depan di bioskop.')).toEqual([]);
  });

  it('`Di Twitter X menulis, "…"`: the channel opening the sentence is not part of the name', () => {
    const t = 'Rina Kartika baru saja melahirkan.\nDi Twitter Rina menulis, "Terima kasih atas semua doa kalian untuk kami! " demikian Rina menerangkan.';
    expect(q(t).map((x) => x[1])).toEqual(['Rina Kartika']);
    const t2 = 'Lewat Instagram Rina Kartika mengaku, dirinya sudah lama ingin pensiun dari dunia hiburan.';
    expect(q(t2).map((x) => x[1])).toEqual(['Rina Kartika']);
  });

  it('`menyerukan bahwa …` states something; `menyerukan` + noun or `agar` does not', () => {
    const t = 'Calon Wakil Gubernur Budi Santoso menyerukan bahwa makna kemerdekaan bukan milik golongan tertentu.';
    expect(q(t)).toEqual([['makna kemerdekaan bukan milik golongan tertentu', 'Budi Santoso', false]]);
    expect(q('Budi Santoso menyerukan penolakan terhadap rencana pembangunan pabrik itu.')).toEqual([]);
    expect(q('Budi Santoso menyerukan agar warga tetap tenang menghadapi banjir.')).toEqual([]);
  });

  it('a title whose unit is joined by `dan`, then the person (`kata Koordinator Divisi A dan B Org Name`)', () => {
    const t = '"Hasil penyelidikan menunjukkan ada pelanggaran pidana," kata Koordinator Divisi Hukum dan Penindakan Pelanggaran Bawaslu DKI Jakarta Muhammad Jufri. Warga Jakarta Timur menunggu.';
    expect(q(t).map((x) => x[1])).toEqual(['Muhammad Jufri']);
  });

  it('a long run after a title ends in the person (`kata Kepala Bidang Humas Polda Metro Jaya Argo Yuwono`)', () => {
    const t = '"Kami sudah memeriksa lima saksi dalam kasus ini," kata Kepala Bidang Humas Polda Metro Jaya Argo Yuwono. Polda Metro Jaya menahan dua orang.';
    expect(q(t).map((x) => x[1])).toEqual(['Argo Yuwono']);
  });

  it('before anyone has spoken, a pronoun cue is the person the sentence before is about', () => {
    const t = 'Budiman kerap dikabarkan akan pindah klub. Apalagi, Budiman sendiri tidak menutup kemungkinan mencari klub baru.\n"Saya tidak bisa menutup segala kemungkinan, termasuk bermain di luar negeri," tuturnya.';
    expect(q(t).map((x) => x[1])).toEqual(['Budiman']);
  });

  it('a web site or a named outlet reporting with a clause (`Situs X memberitakan bahwa …`)', () => {
    const t = 'Situs Marca memberitakan bahwa klub itu bersedia menaikkan gaji sang pemain.';
    expect(q(t).map((x) => [x[0], x[2]])).toEqual([['klub itu bersedia menaikkan gaji sang pemain', false]]);
    expect(q(t)[0][1]).toContain('Marca');
    // A report with a noun object stays out.
    expect(q('Situs Marca memberitakan kepindahan sang pemain ke Madrid.')).toEqual([]);
  });

  it('`…, Name yang … tahun mengungkap bahwa`: the name heading a relative clause that opens the clause', () => {
    const t = 'Kabarnya, dalam sebuah acara bernama KomikFest 2017, Budi yang tahun ini berusia 80 tahun mengungkap bahwa Andi adalah penggemar berat komik. Ia juga menuturkan bahwa aktor itu ingin memerankan dirinya dalam film.';
    expect(q(t).map((x) => x[1])).toEqual(['Budi', 'Budi']);
  });

  it('a relative clause inside a prepositional phrase is not the subject (`dalam pidato atas nama Raja X yang …`)', () => {
    const t = 'Menteri Luar Negeri Ahmad Yani, dalam pidato atas nama Raja Hasan yang sedang sakit pada Selasa mengatakan, harga minyak akan segera pulih.';
    expect(q(t).map((x) => x[1])).toEqual(['Ahmad Yani']);
  });

  it('a description printed again names the person it named the first time', () => {
    const t =
      '"Saya senang bisa kembali ke peringkat lima besar," ucap Wulandari.\nSetiawati mengakhiri perjalanan di semifinal. Petenis 27 tahun ini sebelumnya absen selama enam bulan.\nAkibat insiden itu, tangan kiri Setiawati yang merupakan pegangan raketnya, mengalami cedera.\nPekan lalu, petenis 27 tahun ini bahkan mengakui bahwa tangan kirinya belum kembali normal.';
    expect(q(t).map((x) => x[1])).toEqual(['Wulandari', 'Setiawati']);
  });

  it('a description as the subject right after a sentence about a person is that person, not the last speaker', () => {
    const t =
      'Legenda klub Anton Wijaya menyebut Budi Hartono tidak akan bisa menolak tawaran itu.\nBudi sendiri masih diam terhadap semua rumor tersebut. Pemain 26 tahun ini malah mengaku bahagia berada di Jakarta.';
    expect(q(t).map((x) => x[1])).toEqual(['Anton Wijaya', 'Budi Hartono']);
  });

  it('a cited article speaks for its site (`artikel dari x.com menjelaskan bahwa`, `jelas artikel ini`)', () => {
    const t =
      'Lansiran artikel dari sehatmagazine.com menjelaskan bahwa inti dari diet ini adalah makan rendah karbohidrat.\n"Pola makan seperti ini sangat membantu," kata dokter Budi Santoso.\n"Pola makan diet ini adalah tujuh puluh persen lemak dan sisanya protein," jelas artikel ini.';
    expect(q(t).map((x) => x[1])).toEqual(['sehatmagazine.com', 'Budi Santoso', 'sehatmagazine.com']);
  });

  it('`Pihaknya menjanjikan bahwa …` is the side the sentence before is about; with no one named, no quote', () => {
    const t = 'Hingga saat ini, Pertamina mengklaim masih melakukan uji coba. Pihaknya menjanjikan bahwa sistem tersebut bisa terpasang tanpa gangguan.';
    expect(q(t).map((x) => x[1])).toEqual(['Pertamina', 'Pertamina']);
    expect(q('Sejumlah warga datang ke balai desa. Pihaknya menyatakan bahwa jalan desa rusak parah sejak tahun lalu.')).toEqual([]);
  });

  it('a long title run before the verb ends in the person; a first name printed alone later stays in it', () => {
    const t =
      'Kepala Balai Taman Nasional Merapi Budi Kurniawan memprediksi jumlah pendaki Gunung Merapi tahun ini naik.\n"Kami sudah menyiapkan jalur baru," ujar Budi.';
    expect(q(t).map((x) => x[1])).toEqual(['Budi Kurniawan', 'Budi Kurniawan']);
  });

  it('a role, its unit and the unit\'s acronym in brackets, then the person', () => {
    const t = '"Jumlah pendaki naik tahun ini," kata Kepala Balai Taman Nasional Merapi (BTNM) Budi Kurniawan.';
    expect(q(t).map((x) => x[1])).toEqual(['Budi Kurniawan']);
  });

  it('an acronym printed before a name (`membacakan BAP Anton`) is not its long form', () => {
    const t =
      '"Saya hanya disuruh mengambil berkas itu," kata saksi Anton Taufik.\nJaksa lalu membacakan BAP Anton. Anton kembali menerangkan bahwa berkas itu diserahkan ke pengacara.';
    expect(q(t).map((x) => x[1])).toEqual(['Anton Taufik', 'Anton Taufik']);
  });

  it('a name in a pair after a preposition (`dari Anies - Sandi`) is still a person', () => {
    const t =
      'Boy dipilih sebagai tim sukses dari Rudi - Sandi. Rudi menegaskan harus ada pendekatan berbeda soal penggusuran. Penggusuran jangan mengabaikan nasib warga.\n"Pendekatan harus berbeda dan manusiawi," katanya.';
    expect(q(t).map((x) => x[1])).toEqual(['Rudi', 'Rudi']);
  });

  it('a unit\'s number inside a title run (`kata Senior Manajer Humas KAI Daop 1 Name`)', () => {
    const t = '"Kereta tambahan berangkat dari Stasiun Gambir," kata Senior Manajer Humas KAI Daop 1 Edy Kuswoyo dalam keterangannya.';
    expect(q(t).map((x) => x[1])).toEqual(['Edy Kuswoyo']);
  });

  it('a ministry\'s name joined by `dan` before the person, and the short name later', () => {
    const t =
      'Menteri Pendidikan dan Kebudayaan Muhadjir Effendy meninjau sekolah itu.\n"Guru harus terus belajar," ujar Muhadjir.';
    expect(q(t).map((x) => x[1])).toEqual(['Muhadjir Effendy']);
  });

  it('a body named with `dan` and its acronym in brackets speaks under the acronym', () => {
    const t = 'Jakarta - Kementerian Energi dan Sumber Daya Mineral (ESDM) menampik bahwa kebijakan ekspor itu merugikan industri.';
    expect(q(t).map((x) => x[1])).toEqual(['ESDM']);
  });

  it('`Pria yang … di Losail mengatakan, "…"`: a person noun heading the relative clause points back', () => {
    const t =
      '"Balapan ini berat sekali," ujar Jorge Lorenzo.\nNamun, Lorenzo tak mempermasalahkan start. Pria yang tahun lalu berhasil juara di Losail mengatakan, "Start itu sangat bagus bagi saya."';
    expect(q(t).map((x) => x[1])).toEqual(['Jorge Lorenzo', 'Jorge Lorenzo']);
  });

  it('a word before a short name that is printed in another name is no part of its long form', () => {
    const t =
      '"Film ini dibuat dengan serius," kata sutradara Hanung Bramantyo.\nMelalui akun Instagram Hanung membalas kritik itu. Akun Instagram Resmi film itu diam.\nHanung menegaskan, film tersebut tidak menyinggung siapa pun.';
    expect(q(t).map((x) => x[1])).toEqual(['Hanung Bramantyo', 'Hanung Bramantyo']);
  });

  it('a role\'s unit joined by `dan`, with its acronym in brackets, then the ministry and the person', () => {
    const t =
      '"Insentif akan diberikan agar industrinya tumbuh," kata Dirjen Industri Mesin Alat Transportasi dan Elektronika (Ilmate) Kementerian Perindustrian I Gusti Putu Suryawirawan saat dihubungi.';
    expect(q(t)[0][1]).toContain('Putu Suryawirawan');
  });

  it('an initial inside a long titled name stays with it (`Presiden IOI, I Made Dana M. Tangkas`)', () => {
    const t = 'Dalam diskusi itu, Presiden IOI, I Made Dana M. Tangkas mengatakan, pihaknya siap membantu industri.';
    expect(q(t)[0][1]).toContain('M. Tangkas');
  });

  it('a sentence about a title joined by `dan` to another is about the person ending it', () => {
    const t =
      '"Kota harus ramah bagi semua warga," kata Rina Kartika.\nKetua Komunitas Kota Hijau dan mantan anggota Dewan Kota Bandung Siti Rahayu adalah sosok yang memprakarsai gerakan itu.\nDia mengatakan bahwa dirinya terkejut ketika pertama kali menyampaikan ide itu.';
    expect(q(t).map((x) => x[1])).toEqual(['Rina Kartika', expect.stringContaining('Siti Rahayu')]);
  });

  it('`Menurut <document> yang disusun oleh X, …` is X', () => {
    const t = 'Menurut Indeks Ketahanan Pangan yang disusun oleh Lembaga Riset Nusantara, Indonesia berada di peringkat 60 dari 113 negara.';
    expect(q(t).map((x) => x[1])).toEqual(['Lembaga Riset Nusantara']);
  });

  it('a common word left before a month at a sentence start (`Awal Januari lalu, …`) is no one to point back to', () => {
    const t =
      '"Kami masih punya peluang juara," kata Budi Santoso.\nAwal Januari lalu, timnya kalah dua kali berturut-turut. Ia mengatakan, kekalahan itu menjadi pelajaran bagi tim.';
    expect(q(t).map((x) => x[1])).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  it('a place or body after `dari` is no long form of a first name printed later', () => {
    const t =
      'Pengamat politik dari Universitas Gadjah Mada, Mada Sukmajati menilai pelaporan itu berlebihan.\n"Risiko itu bisa saja terjadi," kata Mada.';
    expect(q(t).map((x) => x[1])).toEqual(['Mada Sukmajati', 'Mada Sukmajati']);
  });

  it('a common word and a time phrase opening the sentence, then the name before an apposition', () => {
    const t = 'Seminggu yang lalu Mahmoud Sadeghi, anggota parlemen, mengatakan jumlah tahanan mencapai tiga ribu orang.';
    expect(q(t).map((x) => x[1])).toEqual(['Mahmoud Sadeghi']);
    // A noun phrase the name only qualifies is not that name.
    const t2 = 'Acuan pasar minyak Amerika, Rabu (10/12/2014), mengatakan harga minyak turun empat persen pada hari itu.';
    expect(q(t2).map((x) => x[1])).not.toContain('Amerika');
  });

  it('two capitals inside a name are initials unless printed on their own (`Ridha DM Wirakusumah`, `MA`)', () => {
    const t = 'Direktur Utama Bank Permata Ridha DM Wirakusumah menjelaskan, pihaknya terus tumbuh tahun ini.';
    expect(q(t).map((x) => x[1])).toEqual(['Ridha DM Wirakusumah']);
    const t2 = '"Surat keputusannya sudah ada," kata Ketua Muda Pengawasan MA Sunarto saat konferensi pers. MA juga telah memberhentikan hakim itu.';
    expect(q(t2).map((x) => x[1])).toEqual(['Sunarto']);
  });

  it('a title and body at the cue (`CEO Org mengatakan`) is the person printed after the same title and body elsewhere', () => {
    const t =
      'CEO Sinar Media Works mengatakan, platform belanja itu adalah upaya mengubah bisnis perusahaan.\n"Aplikasi kami akan menjadi layanan belanja," kata CEO Sinar Media Works Anton Wijaya.';
    expect(q(t).map((x) => x[1])).toEqual(['Anton Wijaya', 'Anton Wijaya']);
    // No full form anywhere: the body stays the speaker.
    expect(q('CEO Sinar Media Works mengatakan, platform belanja itu adalah upaya mengubah bisnis perusahaan.')[0][1]).toBe('Sinar Media Works');
  });
});

describe('eleventh round (en-heldout2): English sentence ends, organisations, conjoined and post-posed cues', () => {
  it('a sentence ends before `` (TimeML quote marks), so a post-posed cue with a dotted title closes its own sentence', () => {
    const t =
      "The lab reopened on Monday. Mark Lane led a short tour of two plants described as ``unsafe'' by the regulators, U.N. spokesman Paul Dorsey said. ``All plants passed the checks and the staff helped us,'' Dorsey said.";
    expect(q(t, 'en')).toEqual([
      ["Mark Lane led a short tour of two plants described as ``unsafe'' by the regulators", 'Paul Dorsey', false],
      ['All plants passed the checks and the staff helped us', 'Paul Dorsey', true],
    ]);
  });

  it('a month abbreviation before a day ends no sentence; a cue closing its paragraph with a colon reports the next one', () => {
    const t = 'The Daily Planet said in an editorial on Tuesday, Nov. 3:\n\nThe closing of the harbor is a blow to the fishermen of the town. They deserve better.';
    expect(q(t, 'en')).toEqual([['The closing of the harbor is a blow to the fishermen of the town', 'Daily Planet', false]]);
  });

  it('`alleged` reports a claim; a bare day before `that` is no content', () => {
    expect(q('Ruritania alleged the envoy was a spy whose staff was too large.', 'en')).toEqual([['the envoy was a spy whose staff was too large', 'Ruritania', false]]);
    expect(q('Lumex Corp. confirmed Friday that it would close two plants.', 'en')).toEqual([['it would close two plants', 'Lumex Corp', false]]);
  });

  it('a verb after `and` / `but` shares the subject opening the sentence', () => {
    expect(q('The United Provinces had moved ships into the bay and said it would strike unless the talks resumed.', 'en')).toEqual([
      ['it would strike unless the talks resumed', 'United Provinces', false],
    ]);
    const t = 'The official Ruritanian Press Agency, which gives the daily list, did not mention Novak by name, but said Friday that the team made three visits.';
    expect(q(t, 'en')).toEqual([['the team made three visits', 'Ruritanian Press Agency', false]]);
  });

  it('`, and added …` after a first statement is a second statement of the same speaker', () => {
    const t = "Lumex said the new offering won't cover the cost of the plant, and added it will need to seek more financing at a later date.";
    expect(q(t, 'en')).toEqual([
      ["the new offering won't cover the cost of the plant", 'Lumex', false],
      ['it will need to seek more financing at a later date', 'Lumex', false],
    ]);
  });

  it('`the agency` is the name headed by `Agency`, over the last party; `the company` is the first company when no party spoke', () => {
    const t =
      'Ruritania alleged the envoy was a spy. The official Ruritanian Press Agency did not name him. Two other teams visited five sites, the agency reported.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Ruritania', 'Ruritanian Press Agency']);
    expect(q('Lumex Corp. has agreed to buy a plant near Leeds. The company said it will pay cash for the site.', 'en')).toEqual([
      ['it will pay cash for the site', 'Lumex Corp', false],
    ]);
  });

  it('a pronoun after the statement, with no one before it, is the person the statement names', () => {
    const t = 'Tired of waiting, Czech astronaut Karel Novak is leaving for Canada to start a new career, he said Saturday.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Karel Novak']);
  });

  it('bare `Police` names no one; `announced` + a noun object is no statement', () => {
    expect(q('Police confirmed Friday that the body found near the road belonged to a local farmer.', 'en')).toEqual([]);
    expect(q('Meanwhile, secretary of state Jane Morrow and defense secretary Bill Cole announced plans to travel to the heartland next week.', 'en')).toEqual([]);
  });

  it('an indefinite description is the person named with its role after it, or no one', () => {
    const t =
      "The inspectors visited nine sites, spokesman Paul Dorsey said. An Iraqi official, speaking on condition of anonymity, said the team would not visit the palaces. The official said these sites could only be visited by diplomats. A Pentagon spokesman said Thursday that the troops will stay. ``We are going to keep our forces in the region,'' said spokesman Kenneth Bacon.";
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Paul Dorsey', 'Kenneth Bacon', 'Kenneth Bacon']);
  });

  it('a relative described first (`The grandmother of X`) is the one named later with that noun', () => {
    const t = "The grandmother of Tom Baker said she is willing to go to Paris. The boy's grandmother, Marta, told reporters that she was ready to travel.";
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Marta', 'Marta']);
  });

  it('a name printed with a possessive after a preposition keeps its first word (`with MGM Grand\'s offering`)', () => {
    const t = "The sale comes with Orbix Grand's planned offering of shares. Orbix Grand said the offering won't cover the cost of the resort.";
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Orbix Grand']);
  });

  it('`according to the prospectus` / `the filing`: the company that spoke last, or the story\'s first company', () => {
    expect(q('Lumex Corp. has agreed to buy a plant. The plant will bring the total output to 20 tons, according to the prospectus.', 'en')).toEqual([
      ['The plant will bring the total output to 20 tons', 'Lumex Corp', false],
    ]);
    const t = 'Lumex Corp. said it holds 20 shares. According to the filing, Lumex acquired 30 shares from Octel last year.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Lumex Corp', 'Lumex Corp']);
  });

  it('a pronoun after `but` / `when` inside its sentence is the subject opening that sentence', () => {
    expect(q('Denise Clark declined to discuss the charges, but she said that a case like this would take years.', 'en').map((x) => x[1])).toEqual(['Denise Clark']);
    const t = 'Judge Alan Reed wrote the dissent. The Justice Department won the case. The department retreated from its position when it argued that the rule was wrong.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Justice Department']);
  });

  it('`the Cuban government maintains`: a body named by the capitals before its noun', () => {
    expect(q('Exiles in Miami say the boy is safe, while the Cuban government maintains the boy is being kept from his father.', 'en')).toEqual([
      ['the boy is being kept from his father', 'Cuban government', false],
    ]);
  });

  it('a short calendar form printed elsewhere as a name\'s first word is a name (`Sun, a maker …` after `Sun Microsystems`)', () => {
    const t = 'Sun Microsystems Inc. said it earned $5 million. Sun, a maker of computer workstations, reported sales of $538.5 million for the quarter.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Sun Microsystems Inc', 'Sun Microsystems Inc']);
  });

  it('a verb after a class of people (`senior officials say`) is no cue inserted into a clause', () => {
    const t = 'The buildup continues apace and senior officials say Ruritania\'s president Karel Novak can expect strikes to continue well into the future.';
    expect(q(t, 'en')).toEqual([]);
  });
});

describe('heldout13 round: descriptions, parties, statements', () => {
  it('a person noun heading a description with a work\'s name, an age or a relative clause points back', () => {
    const t = 'Maya Lestari tampil di Bandung. "Kami siap tampil lagi tahun ini," kata Maya. Pelantun Senja Di Kota itu menilai penonton Bandung paling ramai.';
    expect(q(t)[1]).toEqual(['penonton Bandung paling ramai', 'Maya Lestari', false]);
    const t2 = 'Desainer Rina Wulandari tampil di Jakarta. "Kuncinya adalah warna cerah," kata Rina. Penata busana berusia 30 tahun itu mengatakan warna biru cocok untuk pesta malam. Soal bahan, penata busana yang sudah berkarir selama lima tahun itu mengatakan semua tergantung pada selera.';
    expect(q(t2).slice(1).map((x) => x[1])).toEqual(['Rina Wulandari', 'Rina Wulandari']);
  });

  it('a capitalized title word alone as the subject (`Ratu melanjutkan, …`) is the person printed with it', () => {
    const t = '"Kami sudah siap," ujar Sekretaris Jenderal Ratu Sari Dewi di Jakarta, Selasa.\nRatu melanjutkan, panitia sudah melaporkan semuanya melalui surat resmi kepada federasi.';
    expect(q(t)[1]).toEqual(['panitia sudah melaporkan semuanya melalui surat resmi kepada federasi', 'Sari Dewi', false]);
  });

  it('`Perusahaan (itu) mengaku akan …`: a party noun opening the sentence is the party that spoke last', () => {
    const base = 'Hari ini Kirana Tbk meluncurkan layanan baru. Menurut Kirana Tbk, pangsa pasarnya mencapai 40 persen. ';
    expect(q(`${base}Perusahaan juga mengaku akan berinvestasi di layanan pembayaran.`)[1]).toEqual(['akan berinvestasi di layanan pembayaran', 'Kirana Tbk', false]);
    expect(q(`${base}Perusahaan itu mengatakan akan membuka kantor di Medan.`)[1]).toEqual(['akan membuka kantor di Medan', 'Kirana Tbk', false]);
  });

  it('a weak verb then an active verb is a subjectless clause (`mengumumkan mendapatkan …`), not `mengumumkan menteri …`', () => {
    expect(q('Pada Senin, Kirana mengumumkan mendapatkan dana segar dari dua investor asal Jepang.')).toEqual([
      ['mendapatkan dana segar dari dua investor asal Jepang', 'Kirana', false],
    ]);
    expect(q('Pada Senin, Presiden Joko Susilo mengumumkan menteri baru di Istana.')).toEqual([]);
  });

  it('`"…," tutup X`: closing words are a cue', () => {
    expect(q('"Kami akan terus mengawasi semua penerbangan," tutup Budi Santoso.')).toEqual([['Kami akan terus mengawasi semua penerbangan', 'Budi Santoso', true]]);
  });

  it('`Dalam keterangan lain disebutkan …` is the last speaker\'s statement; `Di sana disebutkan bahwa …` is not', () => {
    const t = '"Semua barang harus diperiksa dengan ketat," kata Budi Santoso.\nDalam keterangan lain disebutkan laptop dan barang lainnya harus dikeluarkan dari tas.';
    expect(q(t)[1]).toEqual(['laptop dan barang lainnya harus dikeluarkan dari tas', 'Budi Santoso', false]);
    expect(q('Surat itu dibagikan kepada orang tua. Di sana disebutkan bahwa semua siswa harus hadir pukul tujuh.')).toEqual([]);
  });

  it('`Menurut rekomendasi dari X, …`: a recommendation is its author\'s', () => {
    expect(q('Menurut rekomendasi dari Asosiasi Jantung Nusantara, orang dewasa harus berjalan kaki setiap hari.')).toEqual([
      ['orang dewasa harus berjalan kaki setiap hari', 'Asosiasi Jantung Nusantara', false],
    ]);
  });

  it('`Name asal Place yang … mengatakan`: the place of origin is no speaker', () => {
    expect(q('Penata rias Dewi Lestari asal Bandung yang pernah bekerja di Paris mengatakan semua warna cocok untuk pesta malam.')).toEqual([
      ['semua warna cocok untuk pesta malam', 'Dewi Lestari', false],
    ]);
  });
});

describe('heldout14 round: refusals, requests, questions, descriptions and unnamed people', () => {
  it('`menolak mengatakan …` states nothing, and a speech verb after a weak verb opens no clause of its own', () => {
    expect(q('Meski begitu, Budi Santoso menolak mengatakan timnya sebagai calon juara musim ini.')).toEqual([]);
    expect(q('Andi Wijaya tidak mau menyebutkan jumlah uang yang diterima klubnya dari sponsor.')).toEqual([]);
    expect(q('Andi Wijaya mengatakan jumlah penonton naik dua kali lipat pada musim ini.')).toEqual([
      ['jumlah penonton naik dua kali lipat pada musim ini', 'Andi Wijaya', false],
    ]);
  });

  it('`mengingatkan agar …` asks for an act; `mengingatkan bahwa …` states', () => {
    expect(q('Sebelum laga, Budi Santoso mengingatkan agar para pemain tetap tenang menghadapi tekanan suporter.')).toEqual([]);
    expect(q('Sebelum laga, Budi Santoso mengingatkan bahwa para pemain harus tetap tenang menghadapi tekanan.')).toEqual([
      ['para pemain harus tetap tenang menghadapi tekanan', 'Budi Santoso', false],
    ]);
  });

  it('`memastikan, apakah …` is a question even after a comma', () => {
    expect(q('Dewi Lestari berharap ada studi lanjutan. Termasuk memastikan, apakah semua jenis teh punya manfaat yang sama bagi tubuh.')).toEqual([]);
  });

  it('English: `whether` opens a question after a comma too; `declined to say that …` states nothing', () => {
    expect(q('John Smith told reporters, whether the company would cut jobs was still open.', 'en')).toEqual([]);
    expect(q('John Smith declined to say that the company would cut jobs next year.', 'en')).toEqual([]);
    expect(q('John Smith said that the company would cut jobs next year.', 'en')).toEqual([['the company would cut jobs next year', 'John Smith', false]]);
  });

  it('`mengonfirmasi bahwa …` / `mengkonfirmasi bahwa …` reports; `mengonfirmasi kabar itu` does not', () => {
    expect(q('Pihak Band Nusantara juga telah mengkonfirmasi bahwa mereka sudah menerima undangan dari panitia.')).toEqual([
      ['mereka sudah menerima undangan dari panitia', 'Band Nusantara', false],
    ]);
    expect(q('Rina Kusuma mengonfirmasi kabar itu kepada wartawan di Bandung.')).toEqual([]);
  });

  it('before anyone has spoken, `ujar eks pelatih … itu` is the person printed with that noun', () => {
    const t = 'Tim itu finis di posisi ketujuh musim ini. Hasil tersebut tidak memuaskan pelatih Budi Santoso.\n"Kami gagal mencapai target, dan saya kecewa," ujar eks pelatih tim nasional itu di Jakarta.';
    expect(q(t)).toEqual([['Kami gagal mencapai target, dan saya kecewa', 'Budi Santoso', true]]);
  });

  it('`tulis penggemar dengan nama akun @x itu`: a few words, then the handle', () => {
    expect(q('"Aku harap kalian segera datang ke Jakarta," tulis penggemar dengan nama akun @rina_k itu.')).toEqual([
      ['Aku harap kalian segera datang ke Jakarta', '@rina_k', true],
    ]);
  });

  it('a long run with no title before it is a body\'s whole name (`kata Lembaga Pemantau HAM Merdeka`)', () => {
    expect(q('Pasukan Rakyat telah menguasai kota pelabuhan itu sepenuhnya, kata Lembaga Pemantau HAM Merdeka, Selasa.')).toEqual([
      ['Pasukan Rakyat telah menguasai kota pelabuhan itu sepenuhnya', 'Lembaga Pemantau HAM Merdeka', false],
    ]);
  });

  it('`seorang komandan PRM` is one unnamed person; `Salah satu legenda Arsenal Name` is Name', () => {
    expect(q('Namun seorang komandan PRM menyebutkan tidak ada lagi pemberontak yang tersisa di kota itu.')).toEqual([]);
    const legend = q('Salah satu legenda Persija Andi Wijaya menyebut klub itu tidak akan mampu menahan pemain terbaiknya.');
    expect(legend.map(([w]) => w)).toEqual(['klub itu tidak akan mampu menahan pemain terbaiknya']);
    expect(String(legend[0][1])).toMatch(/Andi Wijaya$/);
  });

  it('`Juru bicara PRM menyebutkan …` with no one named in that role is no speaker', () => {
    const base = 'Pasukan Rakyat Merdeka (PRM) sudah mengepung kota itu sejak Juni.\n';
    expect(q(`${base}Juru bicara PRM menyebutkan mereka telah menduduki kantong terakhir pemberontak.`)).toEqual([]);
    const named = q(`Juru bicara PRM Budi Santoso kemarin tiba di kota itu. ${base}Juru bicara PRM menyebutkan mereka telah menduduki kantong terakhir pemberontak.`);
    expect(named.length).toBe(1);
  });
});

describe('en-heldout3 round: described parties, placed companies, statements, unnamed classes', () => {
  it('`The British engineering group said` / `The computer maker said` is the party spoken of last', () => {
    expect(q('Acme Widgets Corp. said its profit rose 20% in the second quarter.\n\nThe British engineering group said sales grew to 10 million pounds from 8 million pounds.', 'en')).toEqual([
      ['its profit rose 20% in the second quarter', 'Acme Widgets Corp', false],
      ['sales grew to 10 million pounds from 8 million pounds', 'Acme Widgets Corp', false],
    ]);
    expect(q('Bolt Motors Inc. said profit fell.\n\nThe truck maker said net rose to $5 million from $3 million.', 'en')[1]).toEqual([
      'net rose to $5 million from $3 million', 'Bolt Motors Inc', false,
    ]);
  });

  it('`The company said` + any clause after `said`, even one opening with `the` or `Mr.`', () => {
    const t = 'Bolt Motors Inc. said profit fell.\n\nAnalysts said Mr. Harlow wants a bigger role. They expect him to cut jobs.\n\nThe company said Mr. Harlow will lead the review.';
    expect(q(t, 'en')).toContainEqual(['Mr. Harlow will lead the review', 'Bolt Motors Inc', false]);
    expect(q('Bolt Motors Inc. said profit fell.\n\nThe company said the plant will close.', 'en')).toContainEqual(['the plant will close', 'Bolt Motors Inc', false]);
  });

  it('`Orbit Systems Inc., Tulsa, Okla., said`: the company, not where it is based', () => {
    expect(q('Orbit Systems Inc., Tulsa, Okla., said it sold 3 million shares to a buyer for $5 a share.', 'en')).toEqual([
      ['it sold 3 million shares to a buyer for $5 a share', 'Orbit Systems Inc', false],
    ]);
  });

  it('`the statement said` is the author of `A statement by X` printed before', () => {
    const t = 'A statement by the Interior Ministry called the fire tragic.\n\n';
    expect(q(`${t}"The government mourns those who died in this terrible fire," the statement said.`, 'en')).toEqual([
      ['The government mourns those who died in this terrible fire', 'Interior Ministry', true],
    ]);
    expect(q(`${t}The statement said the government mourns those who died in the fire.`, 'en')).toEqual([
      ['the government mourns those who died in the fire', 'Interior Ministry', false],
    ]);
  });

  it('a post-posed subject counts a many-word name once', () => {
    expect(q('As far as could be determined, no tourists had been hurt in the fire, the newly formed Coastal Affairs Department said.', 'en')).toEqual([
      ['As far as could be determined, no tourists had been hurt in the fire', 'Coastal Affairs Department', false],
    ]);
  });

  it('`"…," X told a local radio station.` has no indirect content', () => {
    expect(q('"We will not help anyone," Smith told a local radio station. "They can go elsewhere."', 'en')).toEqual([
      ['We will not help anyone', 'Smith', true],
      ['They can go elsewhere.', 'Smith', true],
    ]);
  });

  it('a colon before leftover markup (`March 3: &QL;`) still reports the next paragraph', () => {
    expect(q('The Daily Planet says in an editorial on Friday, March 3: &QL;\n\nThe city council made a sound choice Tuesday in voting to keep the library open late.', 'en')).toEqual([
      ['The city council made a sound choice Tuesday in voting to keep the library open late', 'Daily Planet', false],
    ]);
  });

  it('`He said …, adding: "…"`: the clause is the verb\'s, the quote the participle\'s', () => {
    const t = 'Mr. Hale said the plant will open in June.\n\nHe said the new unit could supply a third of the power, adding: "We expect to win more contracts."';
    expect(q(t, 'en')).toEqual([
      ['the plant will open in June', 'Hale', false],
      ['the new unit could supply a third of the power', 'Hale', false],
      ['We expect to win more contracts.', 'Hale', true],
    ]);
  });

  it('`…, saying they … when "the firm is on a roll."` is one indirect statement of the subject', () => {
    const t = 'Bolt Inc. said profit fell.\n\nMr. Dunmore declined to explain the moves, saying they are meant only to help shareholders when "the firm is on a roll." He added, "This has nothing to do with the takeover talk at all."';
    expect(q(t, 'en')).toEqual([
      ['profit fell', 'Bolt Inc', false],
      ['they are meant only to help shareholders when "the firm is on a roll."', 'Dunmore', false],
      ['This has nothing to do with the takeover talk at all.', 'Dunmore', true],
    ]);
  });

  it('unnamed people: `But an FAA spokeswoman`, `Asked …, a … spokesman said:`, `officials of X`, `officials in and around X`', () => {
    expect(q('But an FAA spokeswoman said the agency would review the airline\'s license.', 'en')).toEqual([]);
    // A direct quote of an unnamed speaker is kept with no speaker (the text does not say who).
    expect(q('Asked to comment on the ruling, a Treasury Department spokesman said:\n\n"Certainly it changes things. How much is hard to say at this point."', 'en')).toEqual([
      ['Certainly it changes things. How much is hard to say at this point.', null, true],
    ]);
    expect(q('Officials of the Federal Aviation Administration said they did not plan to ground the planes.', 'en')).toEqual([]);
    expect(q('Elected officials in and around Denver warned state officials Monday that they should expect little help.', 'en')).toEqual([]);
  });

  it('`according to a memo distributed by the firm\'s owner, X,` is X', () => {
    expect(q('Sales were flat at 3 million dollars last year, according to a memorandum distributed by Bolt\'s owner, Harlow Holdings Ltd., to lenders last month.', 'en')).toEqual([
      ['Sales were flat at 3 million dollars last year', 'Harlow Holdings Ltd', false],
    ]);
  });

  it('`X, the city manager, made it clear that …`', () => {
    expect(q('The plan will anger parents, but Carla Smith, the city manager, made it clear that the budget would not grow this year.', 'en')).toEqual([
      ['the budget would not grow this year', 'Carla Smith', false],
    ]);
  });
});

describe('fifteenth round (heldout15 causes)', () => {
  it('`ujar Ketua X yang juga mantan Menteri Y Name`: the name ending the second role', () => {
    expect(q('"Kita harus bekerja lebih keras tahun ini," ujar Ketua Yayasan Cahaya Nusantara yang juga mantan Menteri Sosial Budi Hartono dalam acara itu.')).toEqual([
      ['Kita harus bekerja lebih keras tahun ini', 'Budi Hartono', true],
    ]);
  });

  it('post-posed `… demikian dikatakan X` with no comma before it', () => {
    expect(q('Dirilis pekan lalu, ponsel baru Nokia rupanya sudah terjual habis di banyak toko demikian dikatakan Budi Santoso, Direktur PT Nokia Indonesia.')).toEqual([
      ['Dirilis pekan lalu, ponsel baru Nokia rupanya sudah terjual habis di banyak toko', 'Budi Santoso', false],
    ]);
  });

  it('`…, seperti (yang) dikonfirmasi oleh situs resmi X` is X', () => {
    expect(q('Bek senior itu menjalani operasi lutut, seperti yang dikonfirmasi oleh situs resmi Persija, Jumat (7 / 4).')).toEqual([
      ['Bek senior itu menjalani operasi lutut', 'Persija', false],
    ]);
  });

  it('`X juga telah resmi mengumumkan bahwa …`, and `tulis pernyataan resmi X` still names X', () => {
    expect(q('Persija juga telah resmi mengumumkan bahwa Budi menandatangani kontrak berdurasi dua tahun.')).toEqual([
      ['Budi menandatangani kontrak berdurasi dua tahun', 'Persija', false],
    ]);
    expect(q('"Selama masa penyembuhan, Budi tidak akan bermain untuk tim," tulis pernyataan resmi Persija.')).toEqual([
      ['Selama masa penyembuhan, Budi tidak akan bermain untuk tim', 'Persija', true],
    ]);
  });

  it('a weak verb before `<noun> ini <ber-/di- verb>` reports a clause; before a preposition it does not', () => {
    expect(q('Ketua ACN, Maria Lopez, yang merupakan istri mantan Duta Besar Chile, menyampaikan kegiatan ini bertujuan menggalang dana untuk sekolah.')).toEqual([
      ['kegiatan ini bertujuan menggalang dana untuk sekolah', 'Maria Lopez', false],
    ]);
    expect(q('Budi Santoso menyampaikan kritik itu terhadap pemerintah daerah.')).toEqual([]);
    expect(q('Budi Santoso mengumumkan hasil itu menjelang pemilu.')).toEqual([]);
  });

  it('`begitu cuitan pemilik akun @x`, a right-to-left mark before the handle, and `begitu postingannya` after `diposting pemilik akun @x`', () => {
    expect(q('Banyak warganet berkomentar.\n“ Timnas kita main bagus banget malam ini guys ” begitu cuitan pemilik akun @budi_bola.')).toEqual([
      ['Timnas kita main bagus banget malam ini guys', '@budi_bola', true],
    ]);
    expect(q('Banyak warganet berkomentar.\n“ Timnas kita main bagus banget malam ini, ” begitu cuitan pemilik akun\u200f @budi_bola.')).toEqual([
      ['Timnas kita main bagus banget malam ini', '@budi_bola', true],
    ]);
    expect(q('Banyak warganet berkomentar soal laga itu. Cuitan serupa diposting pemilik akun @budi_bola. “ Timnas kita main bagus banget malam ini, ” begitu postingannya.')).toEqual([
      ['Timnas kita main bagus banget malam ini', '@budi_bola', true],
    ]);
  });

  it('a straight mark opening a word inside a curly quote opens an inner quote, not the close', () => {
    const r = q('Cuitan serupa diposting pemilik akun @budi_bola. “ Timnas kita main bagus, terus pelatih bilang "ayo, kalian pasti bisa kan? ”, ” begitu postingannya.');
    expect(r).toHaveLength(1);
    expect(r[0][0]).toMatch(/^Timnas kita main bagus, terus pelatih bilang "ayo, kalian pasti bisa kan\?/);
    expect(r[0].slice(1)).toEqual(['@budi_bola', true]);
  });
});

describe('en-heldout4 round: unnamed officials, datelines, appositions, conjoined verbs, possessive parties', () => {
  it('`…, an official from the agency said on Tuesday.` names no one, nor do `He added that` and `…, the official added.` after it', () => {
    const t = 'LISBON, May 4 (Xinhua) --\n\nThe Bank of Portugal will cut its key rate next month, an official from the bank said on Tuesday.\n\nHe added that the cut would be small and would come before the summer.\n\nThe lower rate will help exporters sell more goods abroad this year, the official added.';
    expect(q(t, 'en')).toEqual([]);
  });

  it('`"…," said a Foreign Ministry spokesman` and the quote continuing it are no one\'s; `He said` then finds the person the sentence before is about', () => {
    const t =
      'Col. Ivan Petrov said he plans to reopen the mountain road within a month. The Foreign Ministry said it had warned the villagers about the floods. ``It is a hard winter for everyone in the valley,\'\' said a Foreign Ministry spokesman, speaking on condition of anonymity. ``We will keep helping them as long as we can.\'\' Petrov, who had led the rescue teams in the north before moving to the capital after the election last spring, seemed sure the road would hold. He said he had ordered new trucks from the army depot.';
    expect(q(t, 'en')).toEqual([
      ['he plans to reopen the mountain road within a month', 'Ivan Petrov', false],
      ['it had warned the villagers about the floods', 'Ministry', false],
      ['It is a hard winter for everyone in the valley', null, true],
      ['We will keep helping them as long as we can.', null, true],
      ["he had ordered new trucks from the army depot", "Ivan Petrov", false],
    ]);
  });

  it('a dateline in capitals with an apostrophe is no speaker', () => {
    const t = "D'ARVILLE, France (AP)_ The head of a local farmers' union said Monday the harvest was the worst in decades.";
    expect(q(t, 'en').map((x) => x[1])).not.toContain("D'ARVILLE");
  });

  it('`Gen. X, a loyalist of …, said in an interview with The Y at his camp that …`', () => {
    expect(q('Gen. Mark Tolley, a loyalist of the deposed governor, said in an interview with The Daily Planet at his mountain camp that he hopes to finish the survey within two weeks.', 'en')).toEqual([
      ['he hopes to finish the survey within two weeks', 'Mark Tolley', false],
    ]);
  });

  it('`revealed that` reports a clause; `revealed` + a noun does not', () => {
    expect(q('Maria Vance revealed that the plant would close next year.', 'en')).toEqual([['the plant would close next year', 'Maria Vance', false]]);
    expect(q('Maria Vance revealed a new logo for the firm on Monday.', 'en')).toEqual([]);
  });

  it('`Org officials declined to comment, and said …` names no one', () => {
    expect(q('Bolt Motors Inc. said profit fell.\n\nAcme officials declined to comment, and said they had not seen the lawsuit filed by Bolt Motors.', 'en')).toEqual([
      ['profit fell', 'Bolt Motors Inc', false],
    ]);
  });

  it('`Canada\'s largest grocery operator said` is the party spoken of last', () => {
    expect(q('Maple Foods Co. said sales rose in the fall.\n\nCanada\'s largest grocery operator said the new stores will open in March next year.', 'en')[1]).toEqual([
      'the new stores will open in March next year', 'Maple Foods Co', false,
    ]);
  });

  it('a verb after `and has` / `but` shares the subject: a name, a pronoun, or the name after a fronted phrase', () => {
    expect(q('Acme Corp. has since cut its staff, and has said it is not looking for a buyer.', 'en')).toEqual([['it is not looking for a buyer', 'Acme Corp', false]]);
    expect(q('In its annual report, Acme Corp. lists the two forecasts but says it sees the lower one as more likely.', 'en')).toEqual([
      ['it sees the lower one as more likely', 'Acme Corp', false],
    ]);
    expect(q('Mark Tolley said prices had peaked. He sold the house to three buyers and said he would double his money.', 'en')).toContainEqual([
      'he would double his money', 'Mark Tolley', false,
    ]);
  });

  it("wire copy opening a quote with '' as well as closing with it", () => {
    const t = "In Denver, the coach, Sam Ortiz, denied that he would resign. ''That was never part of my plan,'' he said. ''I am staying right here.''\n\nThe club said nothing.";
    expect(q(t, 'en')).toEqual([
      ['he would resign', 'Sam Ortiz', false],
      ['That was never part of my plan', 'Sam Ortiz', true],
      ['I am staying right here.', 'Sam Ortiz', true],
    ]);
  });
});

describe('seventeenth round (heldout16)', () => {
  it('`X, kepada para wartawan mengatakan bahwa …`: the audience between subject and verb', () => {
    expect(q('Menteri Luar Negeri Malaysia, Anifah Aman, kepada para wartawan mengatakan bahwa kapal itu sudah meninggalkan perairan mereka.')).toEqual([
      ['kapal itu sudah meninggalkan perairan mereka', 'Anifah Aman', false],
    ]);
    expect(q('Anifah Aman kepada wartawan menegaskan bahwa kapal itu sudah pergi.')).toEqual([['kapal itu sudah pergi', 'Anifah Aman', false]]);
  });

  it('`menginformasikan bahwa …` reports a clause; with a noun object it does not', () => {
    expect(q('Badan Pengawas Obat dan Makanan (BPOM) menginformasikan bahwa produk itu akan ditarik dari pasar pekan depan.')).toEqual([
      ['produk itu akan ditarik dari pasar pekan depan', 'BPOM', false],
    ]);
    expect(q('Petugas Budi Santoso menginformasikan jadwal kereta kepada penumpang.')).toEqual([]);
  });

  it('after a weak verb, a noun with a relative clause then an auxiliary is a clause', () => {
    expect(q('Budi Santoso mengisyaratkan persiapan yang dijalani timnya sejauh ini sudah berjalan baik.')).toEqual([
      ['persiapan yang dijalani timnya sejauh ini sudah berjalan baik', 'Budi Santoso', false],
    ]);
    expect(q('Budi Santoso mengisyaratkan rencana yang disusun timnya untuk musim depan.')).toEqual([]);
  });

  it('`menyebut X dengan singkatan "…"` names, it does not state', () => {
    expect(q('Budi Santoso kerap menyebut band itu dengan singkatan "BB."')).toEqual([]);
  });

  it('a pronoun after `Name active-verb … ini` or a long fronted phrase is that name', () => {
    expect(q('Budi Santoso mempromosikan band itu kepada para hadirin. Dia mengaku sudah memutar lagu band itu di kantornya sejak tahun lalu.')).toEqual([
      ['sudah memutar lagu band itu di kantornya sejak tahun lalu', 'Budi Santoso', false],
    ]);
    const text =
      'Menteri Kesehatan dan Pangan, Budi Santoso, adalah penggemar musik jazz. Di tengah diskusi "Musik untuk Semua" di Gedung Kesenian Jakarta, Selasa (29 / 8), Rina Wati mempromosikan band ini kepada para hadirin. Dia mengaku sudah memutar lagu band itu di kantornya sejak tahun lalu.';
    expect(q(text)).toEqual([['sudah memutar lagu band itu di kantornya sejak tahun lalu', 'Rina Wati', false]]);
  });

  it('the last of a list of names (`A, B dan C mengaku …`) is no single speaker', () => {
    expect(q('Rina, Dodi dan Sari mengaku sudah siap tampil di panggung besar itu.')).toEqual([]);
    expect(q('Dodi dan Sari mengaku sudah siap tampil.')).toEqual([['sudah siap tampil', 'Sari', false]]);
  });

  it('a cue with a person noun and a long relative clause closed by a demonstrative is the last speaker', () => {
    const text =
      'Sementara Yandi, yang jarang bermain di klubnya, menjelaskan bahwa komunikasi dengan klub itu sudah lama. "Saya dari dulu melihat klub ini punya pemain muda yang berbakat," pungkas pemain yang pernah berlatih bersama SAD dan pernah membela Brisbane Roar tersebut.';
    expect(q(text)).toEqual([
      ['komunikasi dengan klub itu sudah lama', 'Yandi', false],
      ['Saya dari dulu melihat klub ini punya pemain muda yang berbakat', 'Yandi', true],
    ]);
  });

  it('`, diperkirakan X,` inside a sentence: the passive of a reporting verb with a named agent', () => {
    expect(q('Adapun penjualan pada kuartal kedua, diperkirakan Budi Santoso, akan naik sekitar sepuluh persen dari tahun lalu.')).toEqual([
      ['akan naik sekitar sepuluh persen dari tahun lalu', 'Budi Santoso', false],
    ]);
    expect(q('Diperkirakan, harga rata-rata per liter akan naik tahun depan.')).toEqual([]);
    expect(q('Di bawah skenario itu, diperkirakan 30 juta orang akan pindah pada tahun 2050.')).toEqual([]);
  });
});

describe('English forms of the en-heldout5 round', () => {
  it('a plural noun before an auxiliary (`reports have said`) is no verb, and `Instead,` is no name', () => {
    expect(q('Newspaper reports have said the mayor was ill. Tom Reed said the plan would work.', 'en')).toEqual([
      ['the plan would work', 'Tom Reed', false],
    ]);
    const t = 'Sara Lind said she left early. Instead, she turned to her brother and told him about the plan. She said she had no regrets.';
    expect(q(t, 'en')).toEqual([
      ['she left early', 'Sara Lind', false],
      ['she had no regrets', 'Sara Lind', false],
    ]);
  });

  it('`denied` needs a clause; a noun object is no statement', () => {
    expect(q('Sara Lind denied accusations made by her neighbour.', 'en')).toEqual([]);
    expect(q('Sara Lind denied that she had taken the money.', 'en')).toEqual([['she had taken the money', 'Sara Lind', false]]);
  });

  it('after a title, a verb cueing a quote; a comma after it opens an adjunct, not a statement', () => {
    expect(q('Tom Lee stayed. "Ann felt less useful," Mr. Lee said, given the decision to sell the unit.', 'en')).toEqual([
      ['Ann felt less useful', 'Tom Lee', true],
    ]);
    expect(q('"We will grow next year," Ann Smith added, referring to the new plant.', 'en')).toEqual([['We will grow next year', 'Ann Smith', true]]);
  });

  it('`"…," Name, a role of a body, said`: the name before the apposition', () => {
    expect(q('"We will build the road next year," John Smith, a spokesman for the city of New York, said of the plan.', 'en')).toEqual([
      ['We will build the road next year', 'John Smith', true],
    ]);
  });

  it('a place in a fronted phrase (`In Amherst, residents said`) does not speak', () => {
    expect(q('In Amherst, residents said they hoped the man was caught.', 'en')).toEqual([]);
    expect(q('In Amherst, residents decried the attack and said they hoped the man was caught.', 'en')).toEqual([]);
  });

  it('a described party with joined or hyphenated modifiers (`The steel-products and chemicals company said`)', () => {
    expect(q('Delta Steel Corp. posted a gain. The steel-products and chemicals company said net rose to $12 million.', 'en')).toEqual([
      ['net rose to $12 million', 'Delta Steel Corp', false],
    ]);
  });

  it('`Name of the Body said`: the person, not the body', () => {
    expect(q('Paul Reyes of the Chamber of Commerce said the plan was good.', 'en')).toEqual([['the plan was good', 'Paul Reyes', false]]);
  });
});

describe('nineteenth round (null speakers; heldout17 causes)', () => {
  it('a direct quote whose speaker the text does not name is kept, with no speaker', () => {
    const t = 'Api cepat membesar karena angin kencang. "Kami langsung lari keluar rumah membawa anak-anak," kata seorang warga.';
    expect(q(t)).toEqual([['Kami langsung lari keluar rumah membawa anak-anak', null, true]]);
  });

  it('`"…," demikian ia menyebut <noun>`: the cue verb names the speaker; its noun object is no statement', () => {
    const t =
      'Rina Wulandari mengatakan lagu itu belum selesai. "Semua orang berubah setelah tahun itu, dan kita semua ikut berubah," demikian ia menyebut nama-nama pelaku kekerasan di kampus.';
    expect(q(t)).toEqual([
      ['lagu itu belum selesai', 'Rina Wulandari', false],
      ['Semua orang berubah setelah tahun itu, dan kita semua ikut berubah', 'Rina Wulandari', true],
    ]);
  });

  it('`mengakui X sebagai Y` recognises a status; `mengakui` + a clause still states', () => {
    expect(q('Presiden Joko Widodo secara resmi mengakui Kosovo sebagai negara merdeka.')).toEqual([]);
    expect(q('Budi Santoso mengakui timnya kalah karena lelah.')).toEqual([['timnya kalah karena lelah', 'Budi Santoso', false]]);
  });

  it('after a weak verb, a negation before a stem with a clitic (`belum adanya …`) is a noun phrase, not a clause', () => {
    expect(q('Desainer Rina Wulandari menyayangkan belum adanya tempat bagi perajin muda di kota itu.')).toEqual([]);
    expect(q('Pelatih Budi Santoso menyayangkan timnya belum bisa tampil di final.')).toEqual([['timnya belum bisa tampil di final', 'Budi Santoso', false]]);
  });

  it('a person noun whose relative clause holds a comma (`Aktor yang lahir di X, <date> itu`) points back', () => {
    const t = '"Saya sudah siap untuk musim depan," kata Budi Santoso di Bandung. Aktor yang lahir di Surabaya, 3 Maret 1985 itu menegaskan bahwa latihan bukan untuk diet.';
    expect(q(t).map((x) => x[1])).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  it('a subject owned by a name (`Masa depan X di Y masih …`) puts that name in focus for the description after it', () => {
    const t =
      'Pelatih tim, Budi Santoso, mengatakan timnya siap. "Kami akan bermain menyerang," kata Budi. Masa depan Andi Pratama di Persib masih menjadi tanda tanya. Pemain 24 tahun itu sebelumnya mengatakan akan kembali bulan depan.';
    expect(q(t).map((x) => x[1])).toEqual(['Budi Santoso', 'Budi Santoso', 'Andi Pratama']);
  });

  it('`X, Name, menyebutnya "…".`: a post-posed verb with a quoted object reports nothing before it', () => {
    const t =
      '"Kami masih mencari penyerang," kata pelatih Andi Wijaya. Masih ada satu nama lain yang belum diungkap. Direktur klub itu, Budi Santoso, menyebutnya "Pemain Rahasia". Kontrak itu akan selesai bulan depan, kata Budi.';
    expect(q(t)).toEqual([
      ['Kami masih mencari penyerang', 'Andi Wijaya', true],
      ['Kontrak itu akan selesai bulan depan', 'Budi Santoso', false],
    ]);
  });
});

describe('nineteenth round (en-heldout6 causes)', () => {
  it('`disclosed` needs a clause; a time adverb may stand between the verb and `that`', () => {
    expect(q('Milton Corp. disclosed in May that it was approached by a rival for a possible merger.', 'en')).toEqual([
      ['it was approached by a rival for a possible merger', 'Milton Corp', false],
    ]);
    expect(q('The company discloses the forecasts in its annual report.', 'en')).toEqual([]);
    expect(q('Acme Corp. announced earlier this month that it was exploring the sale of its paper unit.', 'en')).toEqual([
      ['it was exploring the sale of its paper unit', 'Acme Corp', false],
    ]);
  });

  it('a post-posed subject after its article or title, then a tail of place, time or channel, reports the clause before it', () => {
    expect(q('The bank will cut its key rate next month, the Central Bank said in a news release.', 'en')).toEqual([
      ['The bank will cut its key rate next month', 'Central Bank', false],
    ]);
    expect(q('The reform will change the region for a decade, Portuguese Prime Minister Carlos Silva said here Friday.', 'en')).toEqual([
      ['The reform will change the region for a decade', 'Carlos Silva', false],
    ]);
  });

  it('`People` opening a sentence is a class, no speaker', () => {
    expect(q('People have predicted his defeat many times, and rivals have tried to hasten it.', 'en')).toEqual([]);
  });

  it('`The paper quoted <role> Name as saying …` is that person\'s statement', () => {
    expect(q('The Daily Star quoted port official Mark Tully as saying the ship had left the harbor without a permit.', 'en')).toEqual([
      ['the ship had left the harbor without a permit', 'Mark Tully', false],
    ]);
  });

  it('`The Cape Argus newspaper reported`: a name before a party noun is the party', () => {
    expect(q('The Cape Argus newspaper reported today that a man was arrested in the city.', 'en')).toEqual([
      ['a man was arrested in the city', 'Cape Argus', false],
    ]);
  });

  it('`Name, the <role> … in City, State, and …, said`: an apposition with commas of its own', () => {
    expect(q('Doctor Mary Kline, the head of surgery at Mercy Hospital in Albany, New York, and former president of the board, said the new system works well.', 'en').map((x) => x[1])).toEqual([
      'Doctor Mary Kline',
    ]);
    expect(q('Hewlett-Packard, a Palo Alto, Calif., computer company, said it would cut prices.', 'en')).toEqual([['it would cut prices', 'Hewlett-Packard', false]]);
    // A fronted place is no subject.
    expect(q('In Miami, the boy\'s great-uncle, Lazaro Perez, denied that he would leave the country.', 'en').map((x) => x[1])).toEqual(['Lazaro Perez']);
  });

  it('a quote mixed into a clause that a post-posed cue closes is one indirect statement of that speaker', () => {
    const t =
      "Another man has been arrested in the case, police said today.\n\n``I can confirm that an individual was arrested and the FBI was involved'' in making the arrest, police spokesman Capt. Rod Beer said.";
    expect(q(t, 'en')).toEqual([
      ["``I can confirm that an individual was arrested and the FBI was involved'' in making the arrest", 'Rod Beer', false],
    ]);
  });

  it('`…, the filing said.`: a post-posed message speaks for its issuer', () => {
    const t = 'Acme Corp. said it holds 5% of the shares. Acme has made "no detailed plans," but it has held talks with other holders, the filing said.';
    expect(q(t, 'en')).toEqual([
      ['it holds 5% of the shares', 'Acme Corp', false],
      ['Acme has made "no detailed plans," but it has held talks with other holders', 'Acme Corp', false],
    ]);
  });
});

describe('twentieth round (heldout18 causes: roles, places, descriptions, studies)', () => {
  it('a single name after a title ending a role is the person, though printed alone elsewhere', () => {
    const t =
      '"Kami menahan tiga orang di sebuah gudang," kata Kepala Satreskrim Polres Bogor AKP Hartono di Bogor.\nMenurut Hartono, barang bukti sudah disita.\nJika terbukti, lanjut Hartono, para pelaku bisa dihukum berat.';
    expect(q(t)[0]).toEqual(['Kami menahan tiga orang di sebuah gudang', 'Hartono', true]);
  });

  it('`mengetakan`, a common misspelling, reports speech like `mengatakan`', () => {
    expect(q('Rudi Hartanto mengetakan, timnya sudah siap bertanding pekan depan.')).toEqual([
      ['timnya sudah siap bertanding pekan depan', 'Rudi Hartanto', false],
    ]);
  });

  it('`Name di Kota, Provinsi, Hari, mengatakan`: the region after the place is not the subject', () => {
    const out = q('Anggota Dewan Pengurus PSSI Rina Wulandari di Medan, Sumatera Utara, Senin, mengatakan, liga putri akan bergulir tahun depan.');
    expect(out.map((x) => x[1])).toEqual([expect.stringContaining('Rina Wulandari')]);
    // A place fronted at the sentence start is no such place: the name after it speaks.
    expect(q('Di Jakarta, Menteri Pemuda Budi Santoso, mengatakan, liga putri akan bergulir tahun depan.').map((x) => x[1])).toEqual([
      expect.stringContaining('Budi Santoso'),
    ]);
  });

  it('`Menurut <long description> itu, …` after a dateline and an apposed name is that person', () => {
    const t =
      'KABAR.COM - Pebalap asal Spanyol, Marco Antonio Ruiz, membidik target menjadi juara dunia pada 2019\nMenurut peraih medali emas Olimpiade Tokyo 2020 itu, untuk menjadi juara yang dibutuhkan adalah ketenangan.';
    expect(q(t)).toEqual([['untuk menjadi juara yang dibutuhkan adalah ketenangan', 'Marco Antonio Ruiz', false]]);
  });

  it('`kata <description of seven words> tersebut` after the quote stands for the person spoken of', () => {
    const t =
      '"Saya senang sekali bisa bermain di depan publik sendiri," kata Marco Ruiz.\n"Dukungan mereka membuat saya lebih percaya diri saat bertanding," kata pebalap penghuni peringkat kedua klasemen dunia tersebut.';
    expect(q(t).map((x) => x[1])).toEqual(['Marco Ruiz', 'Marco Ruiz']);
  });

  it('`Sebenarnya kata X, …`: a cue inside the sentence after a capitalized common word', () => {
    expect(q('Sebenarnya kata Budi, pemerintah sudah menyiapkan dana untuk proyek itu.')).toEqual([
      ['pemerintah sudah menyiapkan dana untuk proyek itu', 'Budi', false],
    ]);
    expect(q('Budi kata Andi, pemerintah sudah menyiapkan dana untuk proyek itu.')).toEqual([]);
  });

  it('a title in quote marks opening a paragraph, the sentence going on in lower case, is no quote', () => {
    const t = '"Kami tertawa bersama setiap hari di lokasi syuting," kata Rina Wulandari.\n"Kisah Cinta di Ujung Senja" diangkat dari novel karya penulis asal Bandung.';
    expect(q(t)).toEqual([['Kami tertawa bersama setiap hari di lokasi syuting', 'Rina Wulandari', true]]);
    // A closed quote with its own punctuation stays a quote.
    expect(q('"Kami tertawa bersama setiap hari," kata Rina Wulandari.\n"Saya senang sekali bisa bermain di film ini," ungkapnya.')).toHaveLength(2);
  });

  it('`Bintang serial drama "…" itu mengatakan`: a description holding a title points back at the person', () => {
    const t = 'Aktor Budi Santoso membintangi film baru.\nBintang serial drama "Cinta di Ujung Senja" itu mengatakan sangat menyukai peran barunya sebagai dokter.';
    expect(q(t)).toEqual([['sangat menyukai peran barunya sebagai dokter', 'Budi Santoso', false]]);
  });

  it('a direct quote cued by a named body\'s study is that body\'s; an unnamed study\'s has no speaker', () => {
    const named =
      '"Kami meneliti kebiasaan tidur ribuan pekerja selama dua tahun," ungkap penelitian dari Universitas Gadjah Mada ini.\n"Tidur kurang dari enam jam membuat orang mudah sakit."';
    expect(q(named).map((x) => x[1])).toEqual(['Universitas Gadjah Mada', 'Universitas Gadjah Mada']);
    const unnamed = 'Budi Santoso sering begadang.\n"Kami meneliti kebiasaan tidur ribuan pekerja selama dua tahun," terang penelitian ini.';
    expect(q(unnamed)).toEqual([['Kami meneliti kebiasaan tidur ribuan pekerja selama dua tahun', null, true]]);
  });

  it('what a study found, indirectly, is no one\'s statement; a survey\'s and a named researcher\'s are', () => {
    expect(q('Menurut penelitian yang dilakukan tim Universitas Airlangga, orang yang kurang tidur lebih mudah marah.')).toEqual([]);
    expect(q('Sebuah penelitian yang dilansir dari sehatku.com menyebutkan bahwa kopi bisa mengurangi rasa kantuk.')).toEqual([]);
    expect(q('Peneliti mencontohkan, anak mulai mengenali emosi sejak usia empat tahun.')).toEqual([]);
    expect(q('Harga beras naik pekan ini, menurut survei Reuters terhadap para pedagang.').map((x) => x[1])).toEqual(['Reuters']);
    expect(q('Menurut peneliti Marco Rossi, MD, direktur klinik gizi di Roma, keju mengandung banyak kalsium.').map((x) => x[1])).toEqual([
      'Marco Rossi',
    ]);
  });

  it('`menegaskan kembali …`: the adverb of the verb is not the start of what was said', () => {
    expect(q('Presiden Budi Santoso menegaskan kembali dukungannya terhadap rencana pembangunan bendungan itu.')).toEqual([
      ['dukungannya terhadap rencana pembangunan bendungan itu', 'Budi Santoso', false],
    ]);
  });
});

describe('twentieth round (en-heldout7 causes: parties, unnamed speakers, appositions)', () => {
  it('a class of people is no subject of a conjoined verb (`Investigators would not … but said`)', () => {
    expect(q('Investigators would not reveal the evidence against the man but said the search of his car was a major step.', 'en')).toEqual([]);
  });

  it('`The Gazette newspaper said`: one capitalized word before a party noun names it, not a nationality', () => {
    const t = 'The Gazette newspaper said Sunday that the talks had failed. The newspaper, quoting ``secret reports,\'\' said Egypt had signaled its interest in new talks last week. Two aides left for Europe on Sunday, the newspaper said.';
    expect(q(t, 'en')).toEqual([
      ['the talks had failed', 'Gazette', false],
      ['Egypt had signaled its interest in new talks last week', 'Gazette', false],
      ['Two aides left for Europe on Sunday', 'Gazette', false],
    ]);
    expect(q('The Dutch newspaper said the talks had failed.', 'en')).toEqual([]);
  });

  it('`…, saying at the time he was …`: a time phrase between the participle and its clause', () => {
    const t = 'Defense Minister John Carter was the first official to mention the plan in a speech last month, saying at the time he was ready to pull troops out of the valley.';
    expect(q(t, 'en')).toEqual([['he was ready to pull troops out of the valley', 'John Carter', false]]);
  });

  it('`"…," a guard, speaking on condition of anonymity, said`: an unnamed speaker past an aside', () => {
    const t = 'The men fled in a van, police said. "They were in a hurry," a guard, speaking on condition of anonymity, said of the men. "They left the money behind."';
    expect(q(t, 'en')).toEqual([
      ['They were in a hurry', null, true],
      ['They left the money behind.', null, true],
    ]);
  });

  it('`X\'s stepmother, who …, said: "…"`: described by kin only, no one named', () => {
    const t = "Police sought Hall on Monday. Hall's stepmother, who married Hall's father in 1990, said Thursday from her home in Dallas: ``I want him to come home and tell the truth about all of it.''";
    expect(rules(t, 'en').map((x) => x[1])).toEqual([null]);
  });

  it('`the airline announced`: with no company named with a suffix, the name opening the story', () => {
    const t =
      'SYDNEY (AP)_ Zephyr Air will add flights to India by June. Zephyr plans daily flights between Perth and Delhi, the airline announced Friday. In a joint statement with the minister, it said two new flights would start in March.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Zephyr Air', 'Zephyr Air']);
  });

  it('a short name stands for the company\'s registered name (suffix) over a unit\'s', () => {
    const t = 'Harwell PLC will split off its chemicals unit. The unit, Harwell Chemicals, makes paint. Harwell said the move will let both businesses grow.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Harwell PLC']);
  });

  it('a person named with a role is no party for `the company said`', () => {
    const t =
      'Harwell PLC said it will split in two. Harwell is giving holders "more choice," said Julia Marsh, an analyst at Grant Securities.\n\nIn a statement, the company said: "Both parts will grow faster on their own."';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Harwell PLC', 'Julia Marsh', 'Harwell PLC']);
  });

  it('a cue inside a sentence needs its speaker right after it (`would not say directly whether X has …`)', () => {
    const t = '"I am glad that he likes our firm," he said. Mr. Kent would not say directly whether Mr. Wayne has disclosed possible terms for his planned bid.';
    expect(q(t, 'en').filter((x) => !x[2])).toEqual([]);
  });
});

describe('audit of unannotated articles (generalisation)', () => {
  it('`said Mr. X`, `said Hewlett-Packard\'s Mr. X`: the name after an abbreviated title and a possessive organisation', () => {
    const t =
      '"Sales will slow," said Dana Wills, a trader at Korbin Corp. "Costs will climb," said Tom Reyes, who runs the desk.\n\n"We are careful," said Ms. Wills. "Margins are thin," said Korbin\'s Mr. Reyes.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Dana Wills', 'Tom Reyes', 'Dana Wills', 'Tom Reyes']);
  });

  it('a sentence adverb or a common word opening the sentence is no speaker', () => {
    const en1 = 'Similarly, the dairy board\'s chairman, Omar Lind, who farms near Ely, said that milk prices would hold. Lawyers for the growers said they would appeal. Two lawyers declined to comment.';
    expect(q(en1, 'en').map((x) => x[1])).toEqual(['Omar Lind']);
    const id1 =
      'Bagaimanapun, para peneliti dalam laporannya mengatakan kopi itu aman. Hasil kajian dari tim itu menyatakan bahwa kadar gulanya rendah. Tim memeriksa hasil uji sebanyak tiga kali.';
    expect(q(id1)).toEqual([]);
  });

  it('a name is not widened by a sentence\'s first word the text prints in lower case (`Satelit Dirga`)', () => {
    const t =
      'Satelit Dirga 2 rusak sejak Jumat. Dirga kini memindahkan layanan ke satelit lain. Dirga berkata pemulihan layanan sudah selesai.';
    expect(q(t).map((x) => x[1])).toEqual(['Dirga']);
  });
  it('`the company said` in a round-up: the party the sentence, or the one before, opens with', () => {
    const t =
      'Norvik Corp. said it will buy back shares. "We see value here," said Paul Gant, an analyst at Brill amp Co.\n\nTalbot Mining fell 2 to 14. The company said its second-half output will be lower. Orrin Foods rose 3 after the snack maker said it will raise prices.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Norvik Corp', 'Paul Gant', 'Talbot Mining', 'Orrin Foods']);
  });
  it('a pronoun after a sentence about a person who spoke before is that person (`X, 59,` is a person even `at X`)', () => {
    const t =
      'Fans rushed at Carl Mendez as he left the court. Carl Mendez, 61, said he would keep playing.\n\n"He is tired," said Ruth Hale, his coach.\n\nWhether Mendez\'s knee will hold remains unclear, but at the press conference, Mendez brimmed with confidence. The knee, he said, is fine.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Carl Mendez', 'Ruth Hale', 'Mendez']);
  });

  it('a pronoun after a sentence whose subject delivers a talk (`X dalam kesempatan itu menyampaikan materi`) is that subject', () => {
    const t =
      'Hadir sebagai pembicara Rudi Hartono dan Sinta Dewi.\nBambang Irawan, Kepala Dinas Koperasi, mengatakan, pelatihan diikuti 80 peserta.\n"Pelatihan ini penting bagi UMKM," ujar Bambang.\nSementara Sinta Dewi dalam kesempatan itu menyampaikan materi tentang pemasaran daring.\nDalam paparannya ia menjelaskan, bahwa toko daring harus dikelola setiap hari.';
    expect(q(t).map((x) => x[1])).toEqual(['Bambang Irawan', 'Bambang Irawan', 'Sinta Dewi']);
  });
  it('`Name, Title Organisation, mengatakan`: the name before the title\'s apposition', () => {
    const t = 'Dewi Lestari, Kepala Dinas Perikanan, mengatakan, panen udang naik dua kali lipat. Rahmat Hidayat, CEO Samudra Digital, menyatakan bahwa aplikasinya sudah diunduh sejuta kali.';
    expect(q(t).map((x) => x[1])).toEqual(['Dewi Lestari', 'Rahmat Hidayat']);
  });
  it('`he said` is no company the text prints with a suffix, and after `said a spokesman` it is that unnamed one', () => {
    const t =
      '"Delays are normal," said Adam Berg, director of Lorimer-Vance Inc.\'s chip unit. Lorimer announced last week that it would ship a new server. "This changes nothing for us," he said.\n\nKestrel Systems Corp. said the flaw will not delay its machines. "We are on schedule," said a Kestrel spokesman. "A switch is not an option," he said.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Adam Berg', 'Lorimer', 'Adam Berg', 'Kestrel Systems Corp', null, null]);
  });
  it('a short fronted phrase or a subject with an aside before `verb he …` is no statement', () => {
    const id1 = 'Dalam rapat itu, Andi Saputra menyatakan mendukung. Andi menegaskan, anggaran desa harus dinaikkan.';
    expect(q(id1).map((x) => [x[0], x[1]])).toEqual([['anggaran desa harus dinaikkan', 'Andi Saputra']]);
    const en1 = 'His lawyer, however, insists he will keep fighting the charges in court. The coach, Ray Dunn, who trained him for years, said he had never seen such talent.';
    expect(q(en1, 'en').filter((x) => /^His lawyer|^The coach/.test(String(x[0])))).toEqual([]);
  });

  it('`emphasized that`, `conceded`, `countered that`, `mengisahkan,` report a clause', () => {
    const t = 'Mr. Holt conceded the plan had failed. The Treasury Department has emphasized that the fees will stay low. Ms. Lane countered that prices would rise.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Holt', 'Treasury Department', 'Lane']);
    expect(q('Rina mengisahkan, usahanya dimulai dari sebuah garasi kecil.').map((x) => x[1])).toEqual(['Rina']);
  });
  it('`Menurut X, <person noun> …, <clause>`: the statement starts after the apposition', () => {
    const t = 'Menurut Sari Wulan, pemerhati kuliner di Bandung, harga cabai naik karena musim hujan.';
    expect(q(t)).toEqual([['harga cabai naik karena musim hujan', 'Sari Wulan', false]]);
  });
  it('quote paragraphs after `X lalu menulis permintaan maaf …` are X\'s, not the last speaker\'s', () => {
    const t =
      'Kepala Dinas Pariwisata Joko Susilo mengatakan, festival itu batal karena cuaca buruk.\n"Kami sudah berusaha, tetapi hujan terus turun sejak pagi," ujar Joko.\nPanitia Lentera Fest lalu menulis permintaan maaf kepada para penonton di akun resminya.\n"Kami memohon maaf sebesar-besarnya atas batalnya acara malam ini kepada semua penonton.\n"Tiket yang sudah dibeli akan dikembalikan penuh dalam tujuh hari kerja."';
    expect(q(t).map((x) => x[1])).toEqual(['Joko Susilo', 'Joko Susilo', 'Panitia Lentera Fest', 'Panitia Lentera Fest']);
  });
});

describe('twentieth round: who is in focus, listeners, places and relative clauses', () => {
  it('a passive verb of saying with its agent a role, the person in apposition at the sentence end: that person speaks next', () => {
    const t =
      'Grup itu tampil di Jakarta pada Sabtu malam. Vokalis utama, Taemin, mengatakan senang bisa kembali ke Indonesia.\n' +
      'Janji serupa disampaikan anggota lainnya, Jonghyun. Dia mengatakan akan membawa lagu baru pada konser berikutnya.\n' +
      'Pemblokiran situs itu dibenarkan oleh Kepala Humas Kementerian, Noor Hadi.\n"Ya, sudah kami blokir sejak awal bulan," kata dia saat dihubungi.';
    expect(q(t).map((x) => x[1])).toEqual(['Taemin', 'Jonghyun', 'Noor Hadi']);
  });

  it('a person printed before is in focus again as the subject of a verb of saying (`Minho juga mengiyakan …. Dia mengungkapkan …`)', () => {
    const t =
      'Minho dan Taemin tiba di Jakarta pada Jumat. Taemin mengatakan konser itu sangat berkesan.\n' +
      'Sang gitaris, Minho, juga mengiyakan pernyataan rekannya. Dia mengungkapkan bahwa penonton malam itu luar biasa.';
    expect(q(t).map((x) => x[1])).toEqual(['Taemin', 'Minho']);
  });

  it('`told` + its listener ending the sentence: the clause before is what was said, not the listener', () => {
    const t =
      'The mayor and the contractor met again on Friday to settle the cost of the new bridge, Hanley told a local radio station.\n\n' +
      "''We will open it in May,'' Hanley told dozens of residents gathered outside the town hall.\n\n" +
      'Hanley told the council on Monday that the bridge would cost less than planned.';
    expect(q(t, 'en')).toEqual([
      ['The mayor and the contractor met again on Friday to settle the cost of the new bridge', 'Hanley', false],
      ['We will open it in May', 'Hanley', true],
      ['the bridge would cost less than planned', 'Hanley', false],
    ]);
  });

  it('a place after a preposition qualifies the subject and does not speak (`relatives in Denver …, saying`, `Reports in Peru said`)', () => {
    const t =
      "The girl's relatives in Denver have fought to keep her, saying they could give her a better home.\n\nReports in Peru said the shipment left the port on a Tuesday night.\n\nMedia reports in Nepal have said the engine parts were carried by truck across the border.";
    expect(q(t, 'en')).toEqual([]);
  });

  it('a name with a relative clause of saying (`…, Suparman yang mengatakan …`) is the speaker', () => {
    const t =
      'Hal itu dibahas dalam rapat evaluasi, Kepala Bandara Sentani, Suparman yang mengatakan akan segera memperbaiki mesin pemindai di terminal.\n"Kami menggunakan empat mesin pemindai," kata dia.';
    expect(q(t).map((x) => x[1])).toEqual(['Suparman', 'Suparman']);
  });
});

describe('seasons and holidays are dates, not people', () => {
  it('`bulan suci Ramadhan` is no speaker, with or without the entity tagger', async () => {
    const { annotateEntities } = await import('../src/annotate/entities/index.js');
    const t =
      'Penyanyi Aura Kasih mengatakan rajin membaca kitab suci selama bulan puasa.\n' +
      'Nikmatnya bulan suci Ramadhan juga dimanfaatkan Aura untuk mengurangi kegiatan. Ia mengaku tak ingin staminanya terkuras saat sedang puasa.\n' +
      '"Makanya aku kurangi jadwal manggung," ujarnya.';
    const mentions = annotateEntities(article(t), id);
    expect(mentions.map((m) => m.text)).not.toContain('Ramadhan');
    expect(q(t).map((x) => x[1])).toEqual(['Aura Kasih', 'Aura Kasih', 'Aura Kasih']);
  });
});

describe('a nationality before a role is no name', () => {
  it('`said Cuban journalist Luis Baez`-like: the person after the nationality and the role', () => {
    const t =
      "``The storm is the worst the island has seen in forty years,'' said Haitian journalist Marc Duval, who has covered the coast for a decade.\n\n``We will rebuild the school before the rains,'' said British engineer Anne Hollis.";
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Marc Duval', 'Anne Hollis']);
  });
});

describe('a bare person noun before a place describes, it does not name', () => {
  it('`ujar pria Kosta Rika yang …` is the person in focus after a fronted clause opening with a verb', () => {
    const t =
      'Menjawab kabar soal masa depannya di klub, Rudi Hartono akhirnya angkat bicara.\n"Saya akan berjuang sampai akhir untuk tetap bermain di sini," ujar pria Kosta Rika yang sebelumnya bermain untuk klub kecil di Spanyol.';
    expect(q(t).map((x) => x[1])).toEqual(['Rudi Hartono']);
  });
});

describe('academic titles and degrees', () => {
  it('a title inside a run after `dari` names the person after it; a degree glued by dots ends a name', () => {
    const t =
      'SEMARANG - Guru Besar Bahasa Indonesia dari Universitas Negeri Semarang Profesor Fathur Rokhman mengatakan bahwa perbedaan istilah tidak menjadi masalah.\n' +
      '"Yang penting istilah harus digunakan secara konsisten," kata Prof. Dr. Fathur Rokhman M.Hum. menjawab pertanyaan wartawan.';
    expect(q(t).map((x) => x[1])).toEqual(['Fathur Rokhman', 'Fathur Rokhman']);
  });

  it('a company suffix in capitals (`S.A.`) is no degree', () => {
    const t = 'Institut Merieux S.A., which offered C$37 a share for the firm, said it would extend its bid to Nov. 6.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Institut Merieux S.A']);
  });
});

describe('a day and a prepositional tail after the verb', () => {
  it('`…, Fiji said Friday in response to …`: the clause before is the statement, not the tail', () => {
    const t =
      'The island nation had every right to protect its fishing fleet from the raids, Fiji said Friday in response to the seizure of two boats off its coast.\n\nForeign Minister Jale Baba said Friday that the talks would resume next week.';
    expect(q(t, 'en')).toEqual([
      ['The island nation had every right to protect its fishing fleet from the raids', 'Fiji', false],
      ['the talks would resume next week', 'Jale Baba', false],
    ]);
  });
});

describe('`according to X, <apposition>.` after a long clause', () => {
  it('the clause before is the statement, not the apposition after the source', () => {
    const t = "Earlier, an affiliate of Harbor Capital disclosed a stake of less than 5% in the mill, according to Daniel M. Reyes, the mill's treasurer.";
    expect(q(t, 'en')).toEqual([['Earlier, an affiliate of Harbor Capital disclosed a stake of less than 5% in the mill', 'Daniel M. Reyes', false]]);
  });
});

describe('the passive of quoting', () => {
  it('`"…," X was quoted as saying by Y` and `X was quoted as saying that …`: X speaks; the agent is no content', () => {
    const t =
      "The two leaders met for three hours. ``We have covered the entire list of questions,'' Yeltsin was quoted as saying by the ITAR-Tass news agency.\n\nKuchma was quoted as saying that the treaty would be ratified soon.";
    expect(q(t, 'en')).toEqual([
      ['We have covered the entire list of questions', 'Yeltsin', true],
      ['the treaty would be ratified soon', 'Kuchma', false],
    ]);
  });
});

describe('a role and its body closed by a demonstrative', () => {
  it('`kata Guru Besar … Fakultas Bahasa dan Seni X itu` is the person named before, not the body; `menjamin bahwa` states', () => {
    const t =
      'Guru Besar Bahasa Indonesia dari Universitas Negeri Semarang Profesor Fathur Rokhman mengatakan bahwa perbedaan istilah tidak menjadi masalah.\n' +
      '"Biarlah masyarakat bebas memilih," kata Guru Besar Bidang Sosiolinguistik Fakultas Bahasa dan Seni Unnes itu.\n' +
      'Namun Twitter menjamin bahwa pengalaman di linimasa tidak akan berubah.';
    expect(q(t).map((x) => x[1])).toEqual(['Fathur Rokhman', 'Fathur Rokhman', 'Twitter']);
  });
});

describe("someone's spokesperson", () => {
  it("`Reese's spokeswoman said …`, `the minister's spokesman said …`: an unnamed spokesperson, not the possessor", () => {
    const t =
      "Foreign Minister Don Reese said the strikes were justified.\n\nReese's spokeswoman said the United States had shared its evidence.\n\nThe minister's spokesman said the talks would go on.";
    expect(q(t, 'en')).toEqual([['the strikes were justified', 'Don Reese', false]]);
  });
});

describe('audit 8: English subjects and pronouns', () => {
  it('a pronoun after a sentence about a new person takes that person: an apposition with a comma in a firm name, an auxiliary after an age, a fronted `While …` clause', () => {
    const t =
      '"Prices will rise," said Anna Berg. But Tom Walsh, an economist with Hill, Reed amp Co., considers the plan weak. "Who will pay for it?" he asked.\n\n' +
      'Not all residents agree. Lucia de Soto, 33, was born in Lima. "I think he should stay," she said.\n\n' +
      'While the visit was unrelated to the merger talks, Delta Chairman Roger Lamb answered questions over lunch. He said the firm would not be sold.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Anna Berg', 'Tom Walsh', 'Lucia de Soto', 'Roger Lamb']);
  });

  it('`he said` does not stand for a country printed as `the Soviet Union said`', () => {
    const t = '"The war is over," said Jan Berg. In another move, the Soviet Union said that it had sent an envoy. "No one should doubt our resolve," he said.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Jan Berg', 'Soviet Union', 'Jan Berg']);
  });

  it('`Late Monday, …` and `Contrary to other reports, …` open sentences: no speaker; the unnamed officials and police are no one', () => {
    const t =
      '"The talks failed," said Peter Hall.\n\nLate Monday, U.S. State Department officials said that the visas had been approved for the family.\n\n' +
      'Contrary to other reports, Kenyan police said Monday that a suspect had not admitted any role.';
    expect(q(t, 'en')).toEqual([['The talks failed', 'Peter Hall', true]]);
  });

  it('`one U.S. crew chief said` and `according to a U.S. official who …` are unnamed, not the last named holder of a role', () => {
    const t =
      '"They fled," said Gen. Mark Dunn, the commander. "They do not want to fight us," one U.S. crew chief said. In the north, the rebels have mined the roads, according to a U.S. official who spoke on condition of anonymity.';
    expect(q(t, 'en')).toEqual([
      ['They fled', 'Mark Dunn', true],
      ['They do not want to fight us', null, true],
    ]);
  });

  it('a cue verb opening the sentence before a long title or an apposition: `Replied X deputy spokesman Name, "…"`, `Says Name, role …: "…"`', () => {
    const t =
      'He called the troops occupiers. Replied State Department deputy spokesman Richard Lane, "We have not read the statement in full."\n\n' +
      'Says Michael Ford, chief economist of Delta Bank and head of its fund unit in New York: "It is a time bomb waiting to go off."';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Richard Lane', 'Michael Ford']);
  });

  it('`The Communist Party daily Pravda … said`: the publication speaks, not the party that owns it', () => {
    const t = '"The war is over," said Jan Berg. The Communist Party daily Pravda praised the army and said the country had won.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Jan Berg', 'Pravda']);
  });

  it('`he joked`, `assured them that`, `has pointed out that`, `speculated that` report', () => {
    const t =
      'Patting the children, Fidel Lara assured them that their trip was a very important mission. "Not even the army can stop these kids," he joked.\n\n' +
      'In its letters, Delta Corp. has pointed out that its offer would keep the plant open.\n\n' +
      'Mr. Hale of Reed Bank speculated that the rival might file a suit against the bank.';
    expect(q(t, 'en')).toEqual([
      ['their trip was a very important mission', 'Fidel Lara', false],
      ['Not even the army can stop these kids', 'Fidel Lara', true],
      ['its offer would keep the plant open', 'Delta Corp', false],
      ['the rival might file a suit against the bank', 'Hale', false],
    ]);
  });
});

describe('audit 8: Indonesian', () => {
  it('`kata Manajer X, Name` is the person after the comma', () => {
    const t = '"Setiap hari ada sepuluh orang yang datang ke kantor," kata Manajer Posko Sukamaju, Rina Lestari.';
    expect(q(t).map((x) => x[1])).toEqual(['Rina Lestari']);
  });

  it('`Bagi X, …` puts X in focus for the next `katanya`', () => {
    const t =
      '"Program ini bagus sekali," kata Akifah. "Porsi terbesar adalah masalah kesehatan," kata Rina. Bagi Akifah, program itu memberikan tiga manfaat. "Banyak warga yang belum masuk data," katanya.';
    expect(q(t).map((x) => x[1])).toEqual(['Akifah', 'Rina', 'Akifah']);
  });

  it('a subject described with `tersebut` keeps the person the sentence before was about', () => {
    const t =
      '"Doa saja," ujar Mikha. "Selamat ulang tahun sahabatku," tulis Rio pada foto itu. Mikha enggan berkomentar lagi. "Terima kasih semuanya," ujarnya. ' +
      'Sementara itu, senada dengan Mikha, Rio juga masih malu-malu membahas hubungannya. Saat ditemui wartawan pekan lalu, bintang film laga tersebut malah tertawa. "Siapa bilang saya memilih dia? Saya masih mencari," ungkapnya.';
    // the rules (the ranker retrained on the gold of 2026-11-22 gives the third to Rio: see eval/quotes/README.md)
    expect(rules(t).map((x) => x[1])).toEqual(['Mikha', 'Rio', 'Mikha', 'Rio']);
  });

  it('`Lebih lanjut X mengatakan …`, `X menyebut siapa pun dapat …`, `…, dikatakannya, …` report', () => {
    const t =
      '"Ada sepuluh orang tiap hari," kata Rina Lestari. Pengaduan yang masuk melalui surat, dikatakannya, jauh lebih banyak lagi.\n' +
      'Lebih lanjut Erick mengatakan pencairan dana sejauh ini sudah cukup signifikan.\n' +
      'Namun, Sudirman menyebut siapa pun dapat memberikan masukan kepada tim.';
    expect(q(t)).toEqual([
      ['Ada sepuluh orang tiap hari', 'Rina Lestari', true],
      ['Pengaduan yang masuk melalui surat, dikatakannya, jauh lebih banyak lagi', 'Rina Lestari', false],
      ['pencairan dana sejauh ini sudah cukup signifikan', 'Erick', false],
      ['siapa pun dapat memberikan masukan kepada tim', 'Sudirman', false],
    ]);
  });

  it('`Menurut <description> itu, Name di Place, Day, …` is the person named; `menurut kami` is no one', () => {
    const t =
      'Menurut dosen pembimbing kedua mahasiswa yang merancang taman itu, Budi Santoso di Malang, Senin, taman ini tidak hanya berfungsi sebagai tempat bermain.\n' +
      'Walau kami tidak setuju, karena menurut kami hari terburuk Moyes adalah ketika dia pindah ke klub lain, kami mengerti.';
    expect(q(t)).toEqual([['taman ini tidak hanya berfungsi sebagai tempat bermain', 'Budi Santoso', false]]);
  });
});

describe('audit 8: English groups, unnamed speakers and non-cues', () => {
  it('a name printed after a title only a person bears (`King Omar`) is a person for a later `he`, whatever preposition it follows elsewhere', () => {
    const t =
      "Ruritania's Ali Omar closed the border on Sunday. King Omar of Qadir flew to Washington on Monday.\n\nJohn Prest, a shipping writer, said there was no traffic in the port.\n\n" +
      'Reed pressed for talks in his meeting with Omar on Tuesday. "It is our only port," Omar said. He also said of the trade: "There are no ships at the moment."';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['John Prest', 'Omar', 'Omar']);
  });

  it('`Cuban Americans said`, `X\'s Miami relatives …, saying`, `lawyers for the family …, saying` report for no one named', () => {
    const t =
      '"They must go," said Ana Ruiz.\n\nOver and over, Cuban Americans said that outsiders could not understand them.\n\n' +
      "Elian's Miami relatives are fighting to keep the boy, saying they can give him a better life.\n\n" +
      'Over the weekend, lawyers for the family raised accusations that Juan Lopez had lied to his son, saying he had told the boy a story.';
    expect(q(t, 'en')).toEqual([['They must go', 'Ana Ruiz', true]]);
  });

  it('`…, said a spokesman, who …` and `The ambassador to Greece said … "…"` name no one; `warned about`, `continued to call` report nothing', () => {
    const t =
      'Spokesman Yuri Petrov said the first group was ready. Conditions in the city appear to be getting worse, said a spokesman, who by custom was not identified.\n\n' +
      'The Iraqi ambassador to Greece said in Athens the Americans could leave "as soon as the threats from the United States are eliminated."\n\n' +
      'The alliance was founded to halt a threat Winston Churchill warned about in his famous speech. Over the weekend, McCaw continued to call for an auction of the company.';
    expect(q(t, 'en')).toEqual([
      ['the first group was ready', 'Yuri Petrov', false],
      ['as soon as the threats from the United States are eliminated.', null, true],
    ]);
  });

  it('`Messrs.` does not end the sentence; `…, X says; <more>` reports what came before the cue; `Secretary of State Name` is the person', () => {
    const t =
      'Mr. Ross said he does not think Messrs. Drabinsky and Gottlieb are close to arranging financing.\n\n' +
      "Delta's bond fund has fallen 2.08% this year through Oct. 19, Lipper says; the Vega fund rose 1.84%.\n\n" +
      'U.S. Secretary of State Madeleine Albright paid tribute Tuesday to the victims. "We will bring them to justice," she told the embassy workers.';
    expect(q(t, 'en')).toEqual([
      ['he does not think Messrs. Drabinsky and Gottlieb are close to arranging financing', 'Ross', false],
      ["Delta's bond fund has fallen 2.08% this year through Oct. 19", 'Lipper', false],
      ['We will bring them to justice', expect.stringContaining('Madeleine Albright'), true],
    ]);
  });
});

describe('audit 8: Indonesian descriptions before a name', () => {
  it('`Menurut dosen … yang … tersebut, Name di Kota, Provinsi, Hari, …` is that person, for the pronoun after too', () => {
    const t =
      'Menurut dosen pembimbing kedua mahasiswa UGM yang merancang taman bermain tersebut, Budi Santoso di Sleman, Jawa Tengah, Senin, taman ini juga memiliki nilai estetika.\n' +
      '"Desainnya dipilih dari sepuluh usulan yang masuk ke panitia," ujarnya.';
    expect(q(t)).toEqual([
      ['taman ini juga memiliki nilai estetika', 'Budi Santoso', false],
      ['Desainnya dipilih dari sepuluh usulan yang masuk ke panitia', 'Budi Santoso', true],
    ]);
  });
});

describe('audit 8: subjects behind a possessive, a title or a subordinator', () => {
  it("`But Delta Bank's Mr. Walsh, who …, called …` puts Walsh in focus for the next `he said`", () => {
    const t =
      '"Prices will rise," said Anna Berg. But Delta Bank\'s Mr. Walsh, who cut his forecast on Monday, called the drop "justified." While the loss was a "mild setback," he said, "the real problem is the price war."';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Anna Berg', 'Walsh', 'Walsh']);
  });

  it("`… when Ruritania's Omar Haddad called … and said …`: the subject of the `when` clause speaks", () => {
    const t = "The border dispute took a sharper turn Monday when Ruritania's Omar Haddad called the envoy a thief and said the war could last for years.";
    expect(q(t, 'en')).toEqual([['the war could last for years', 'Omar Haddad', false]]);
  });
});

describe('audit 8: a letter read out', () => {
  it('`"…," continued the letter` after `a letter signed by X`: X speaks', () => {
    const t =
      "Castro read from a letter signed by Gonzalez on state television. ''Only the government of the United States can decide this,'' continued the letter, which Castro read aloud.";
    expect(q(t, 'en')).toEqual([['Only the government of the United States can decide this', 'Gonzalez', true]]);
  });
});

describe('audit 8: `with` is a preposition of company', () => {
  it('a person printed after `with` (`a news conference with Albright`) is still a person for `she declared`', () => {
    const t =
      'But Foreign Minister Jakaya Kikwete, speaking at a news conference with Albright, said there were no ill feelings.\n\n' +
      '"We are friends," he said.\n\nAlbright told the minister that the United States would stay in Africa.\n\n' +
      '"These bombings will not make America retreat," she declared.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Jakaya Kikwete', 'Jakaya Kikwete', 'Albright', 'Albright']);
  });
});

describe('audit 8: a day with a determiner, a company suffix', () => {
  it('`announced last Wednesday that …` reports; `Anheuser-Busch Cos. said …` is the company', () => {
    const t =
      "The terms changed when Castro announced last Wednesday that the boy's father was ready to travel.\n\n" +
      'Anheuser-Busch Cos. said it plans to discount its major beer brands.';
    expect(q(t, 'en')).toEqual([
      ["the boy's father was ready to travel", 'Castro', false],
      ['it plans to discount its major beer brands', 'Anheuser-Busch Cos', false],
    ]);
  });
});

describe('audit 8: an aside between dashes', () => {
  it('`Name --yang … - - menduga …`: the name before the aside is the subject', () => {
    const t = 'Sementara itu pendaki asal Kanada, Rita Mallon --yang juga menulis blog soal pendakian - - menduga keempat pendaki itu tersesat karena badai.';
    expect(q(t)).toEqual([['keempat pendaki itu tersesat karena badai', 'Rita Mallon', false]]);
  });
});

describe('audit 8: an acronym with a digit', () => {
  it('`Asosiasi … dan … (AP3I) mengatakan …`: the acronym of a name joined by `dan` names the body', () => {
    const t = 'Sebelumnya, Asosiasi Pengusaha Baja dan Logam Indonesia (AP2B) mengatakan ada sebelas pabrik yang tutup setelah aturan itu terbit.';
    expect(q(t)).toEqual([['ada sebelas pabrik yang tutup setelah aturan itu terbit', 'AP2B', false]]);
  });
});

describe('tune 21: descriptions after a quote, doubled single marks', () => {
  it('`"…," Name, a description with commas of its own, said`: the name before the description speaks', () => {
    const t =
      'The council met on Monday.\n\n' +
      '"The new bridge will open next spring," Mary Jones, a senior engineer at the transport office in Leeds, England, and co-author of the plan, said in a statement.\n\n' +
      '"It is a big step," Tom Wells, chief executive of the local chamber, told reporters.\n\n' +
      '"We hope to finish soon," Ann Lee, CEO of a bakery chain, adds.';
    expect(q(t, 'en')).toEqual([
      ['The new bridge will open next spring', 'Mary Jones', true],
      ['It is a big step', 'Tom Wells', true],
      ['We hope to finish soon', 'Ann Lee', true],
    ]);
  });

  it('`“…,’’ Name said`: two right single marks close a curly quote', () => {
    const t = 'The council met on Monday.\n\n“It was a mistake,’’ Bob Kerr, head of a watchdog group, told the radio.';
    expect(q(t, 'en')).toEqual([['It was a mistake', 'Bob Kerr', true]]);
  });

  it('`Name, Senior Vice President of Sales for Acme, Inc., says: “…”`: the name, not the suffix or the title', () => {
    const t = 'The council met on Monday.\n\nDan Ode, Senior Vice President of Sales for Acme, Inc., says: “We will stay here for many years.”';
    expect(q(t, 'en')).toEqual([['We will stay here for many years.', 'Dan Ode', true]]);
  });
});

describe('tune 21: present-tense and participle reports', () => {
  it('`The automaker says …`, `Smith still says …`: an industry noun for the company, an adverb before the verb', () => {
    const t = 'Acme Motors Inc. met on Monday.\n\nThe automaker says it will build two plants.\n\nJo Smith still says the plan is sound.';
    expect(q(t, 'en')).toEqual([
      ['it will build two plants', 'Acme Motors Inc', false],
      ['the plan is sound', 'Jo Smith', false],
    ]);
  });

  it('`…, saying the account was …` and `He declined …, saying it would …`: the sentence subject reports', () => {
    const t =
      'Jo Bell spoke on Monday.\n\n' +
      'Jo Bell defended the move, saying the account was clearly linked to the party.\n\n' +
      'He declined to say when it would be ready, saying it would depend on the orders.\n\n' +
      'Jo Bell left early, saying the word twice.';
    expect(q(t, 'en')).toEqual([
      ['the account was clearly linked to the party', 'Jo Bell', false],
      ['it would depend on the orders', 'Jo Bell', false],
    ]);
  });

  it('`announced Nov. 18 that …`, `announced on Nov. 18 that …`: a date between the verb and `that`', () => {
    const t = 'The agency met on Monday.\n\nNASA announced Nov. 18 that it was adding five firms to the contract.\n\nNASA announced on March 3 that it would cut two missions.';
    expect(q(t, 'en')).toEqual([
      ['it was adding five firms to the contract', 'NASA', false],
      ['it would cut two missions', 'NASA', false],
    ]);
  });
});

describe('tune 21: an unnamed official of a body', () => {
  it('`Pejabat Kremlin mengatakan bahwa …` is no one; `Pejabat Saudi mengatakan, "…"` keeps the quote with no speaker', () => {
    const t =
      'Rapat digelar di Moskow, Senin.\n\n' +
      'Pejabat Kremlin mengatakan bahwa pertemuan itu akan digelar pekan depan.\n\n' +
      'Pejabat Saudi mengatakan, "Kami tidak akan menaikkan produksi tahun ini."\n\n' +
      '"Harga minyak akan stabil sampai akhir tahun," kata pejabat Saudi.';
    expect(q(t)).toEqual([
      ['Kami tidak akan menaikkan produksi tahun ini.', null, true],
      ['Harga minyak akan stabil sampai akhir tahun', null, true],
    ]);
  });

  it('`kata pemerintah X` still speaks for X', () => {
    const t = 'Rapat digelar di Tokyo, Senin.\n\nPertemuan itu akan digelar pekan depan, kata pemerintah Jepang.';
    expect(q(t)).toEqual([['Pertemuan itu akan digelar pekan depan', 'Jepang', false]]);
  });
});

describe('tune 21: what a quote is not, and who else speaks', () => {
  it('`“….” He said his firm would …`: a verb with its own clause after a closed quote reports that clause', () => {
    const t = 'Jo Bell spoke on Monday.\n\n“We are fast,” he said. “We are a small player.” He said his company’s lander should be ready by 2023.';
    expect(q(t, 'en')).toEqual([
      ['We are fast', 'Jo Bell', true],
      ['We are a small player.', 'Jo Bell', true],
      ['his company’s lander should be ready by 2023', 'Jo Bell', false],
    ]);
  });

  it('`Acme, a provider of …, announced a new system …`: an indefinite object after the verb is no speaker', () => {
    const t = 'Jo Bell spoke on Monday.\n\nAcme, a global provider of software for clinics, announced a new integrated system for hospitals.';
    expect(q(t, 'en')).toEqual([]);
  });

  it('`just tick "Ten Things in Tech You Need to Know."`: a quote in title case with no cue is a title', () => {
    const t = 'Jo Bell spoke on Monday.\n\nYou can also subscribe to this letter here — just tick "Ten Things in Tech You Need to Know."';
    expect(q(t, 'en')).toEqual([]);
  });

  it('`…, the US military said`: a place before `military` names the body', () => {
    const t = 'Two workers were hurt in a crash at the base, the US military said in a statement on Wednesday.\n\nThe Israeli military said it had struck two sites.';
    expect(q(t, 'en')).toEqual([
      ['Two workers were hurt in a crash at the base', 'US military', false],
      ['it had struck two sites', 'Israeli military', false],
    ]);
  });
});

describe('tune 21: titles with `of`, led groups, a connective before the subject', () => {
  it('`U.S. Secretary of State Name said …`: the person after the title’s field', () => {
    const t = 'WASHINGTON, May 2 --\n\nU.S. Secretary of State Jane Porter said on Tuesday that she was pleased by the talks.';
    expect(q(t, 'en')).toEqual([['she was pleased by the talks', 'Jane Porter', false]]);
  });

  it('`…, Name and his team wrote in the paper`, `Name and his team wrote that …`: the named person', () => {
    const t =
      'The agency met on Monday.\n\n' +
      'Such losses would occur fairly often, Jim Park and his team wrote in the paper.\n\n' +
      'Jim Park and his team wrote that the ice would melt within a decade.';
    expect(q(t, 'en')).toEqual([
      ['Such losses would occur fairly often', 'Jim Park', false],
      ['the ice would melt within a decade', 'Jim Park', false],
    ]);
  });

  it('`…, but General Name, chairman of …, told US media this month that …`: the subject after `but`', () => {
    const t = 'The agency met on Monday.\n\nTom Bell has been eager to leave, but General Mark Hill, chairman of the joint staff, told US media this month that its forces are likely to stay for years.';
    expect(q(t, 'en')).toEqual([['its forces are likely to stay for years', 'Mark Hill', false]]);
  });
});

describe('tune 21: Indonesian reporting verbs and back-references', () => {
  it('`Ia kembali mempertegas bahwa …` reports', () => {
    const t = 'Budi Santoso berbicara di Jakarta, Senin.\n\nIa kembali mempertegas bahwa ia hanya membantu memberi masukan.';
    expect(q(t)).toEqual([['ia hanya membantu memberi masukan', 'Budi Santoso', false]]);
  });

  it('`X menyatakan hal tersebut untuk …` states nothing new; `menyebut hal tersebut akan …` does', () => {
    const t =
      'Budi Santoso berbicara di Jakarta, Senin.\n\n' +
      'Budi menyatakan hal tersebut untuk menanggapi kritik anggota dewan kemarin.\n\n' +
      'Soal biaya, Budi menyebut hal tersebut akan ditanggung oleh pihak sponsor.';
    expect(q(t)).toEqual([['hal tersebut akan ditanggung oleh pihak sponsor', 'Budi Santoso', false]]);
  });
});

describe('tune 21: `it` for a party', () => {
  it('`It did not reveal … and said it was …`: `it` opening the sentence is the party spoken of', () => {
    const t = 'The Pentagon said on Monday that two soldiers had died.\n\nIt did not reveal the location and said it was withholding the names of the victims.';
    expect(q(t, 'en')).toEqual([
      ['two soldiers had died', 'Pentagon', false],
      ['it was withholding the names of the victims', 'Pentagon', false],
    ]);
  });

  it('`The Taliban, however, took …, which it said was …`: `it` in a relative clause is the sentence’s own party', () => {
    const t = 'The Pentagon said on Monday that two soldiers had died.\n\nThe Afghan Taliban, however, took responsibility for the attack on the convoy, which it said was carrying weapons.';
    expect(q(t, 'en')).toEqual([
      ['two soldiers had died', 'Pentagon', false],
      ['was carrying weapons', 'Afghan Taliban', false],
    ]);
  });
});

describe('tune 21: told whom, then a clause with no `that`', () => {
  it('`Name has told staff he wants …`: the pronoun after the listener opens what was said', () => {
    const t =
      'The board met on Monday.\n\n' +
      'Acme CEO Jo Bell has told staff he wants the company to turn a profit by 2021.\n\n' +
      'Jo Bell told him to leave.';
    expect(q(t, 'en')).toEqual([['he wants the company to turn a profit by 2021', 'Jo Bell', false]]);
  });
});

describe('tune 21: a topic opening a clause', () => {
  it('`Ia menegaskan mengenai kriteria ketua akan ditentukan …` reports; `menjelaskan mengenai jadwal rapat` does not', () => {
    const t =
      'Budi Santoso berbicara di Jakarta, Senin.\n\n' +
      'Ia menegaskan mengenai kriteria ketua akan ditentukan oleh pengurus baru.\n\n' +
      'Budi juga menjelaskan mengenai jadwal rapat pleno partai.';
    expect(q(t)).toEqual([['mengenai kriteria ketua akan ditentukan oleh pengurus baru', 'Budi Santoso', false]]);
  });
});

describe('tune 21: a statement issued, a name after a fronted phrase', () => {
  it('`In …, the Electoral Commission, which …, issued a statement warning that “…”`: the body issuing it speaks', () => {
    const t =
      'The vote is near.\n\n' +
      'In a sign of the confusion, the Election Board, which oversees campaign spending, issued a statement warning that “voters deserve honest claims from every party.”\n\n' +
      'The Election Board issued a statement saying “no rule covers such posts.”';
    expect(q(t, 'en')).toEqual([
      ['voters deserve honest claims from every party.', 'Election Board', true],
      ['no rule covers such posts.', 'Election Board', true],
    ]);
  });
});

describe('tune 21: a study named again', () => {
  it('`"…," ungkap penelitian tersebut` after `penelitian dari X`: the body that made the study; `penelitian lain` names none', () => {
    const t =
      'Duduk lama berbahaya.\n\n' +
      'Menurut penelitian dari Universitas Andalas, hampir 4% kasus kematian dini disebabkan kebiasaan duduk. "Karena semua risiko penyakit bertambah saat kamu duduk, risiko kematian dini pun naik," ungkap penelitian tersebut.\n\n' +
      '"Tidur cukup membantu tubuh tetap sehat," ungkap penelitian lain.';
    // the rules (the ranker retrained on the gold of 2026-11-22 gives the second to Universitas Andalas: see eval/quotes/README.md)
    expect(rules(t)).toEqual([
      ['Karena semua risiko penyakit bertambah saat kamu duduk, risiko kematian dini pun naik', 'Universitas Andalas', true],
      ['Tidur cukup membantu tubuh tetap sehat', null, true],
    ]);
  });
});

describe('tune 22: possessive participles, fronted phrases, unnamed officials', () => {
  it('`a victim of X’s alleged "…"`: a participle after a possessive is no verb of speech, and X no speaker later', () => {
    const t =
      'Prince Henry met a girl who was a victim of Jeffrey Ross’s alleged "abuse network" at a party. He also met Anna Bell, a friend of Ross’s alleged partner.\n\n' +
      'Henry does not remember the night, but he remembers the dinner. "Going to the cinema was rare for me," he said.';
    expect(q(t, 'en')).toEqual([['Going to the cinema was rare for me', 'Henry', true]]);
  });

  it('`After a show of their hit “…,” Smith introduced …. “…,” he said`: the name after the fronted phrase', () => {
    const t =
      'Tom Simmons and his band played a long set on Friday.\n\n' +
      'Following a performance of their old hit “Green Tea,” Simmons introduced the guest. “You know him from his own band,” he said.';
    expect(q(t, 'en')).toEqual([['You know him from his own band', 'Tom Simmons', true]]);
  });

  it('`Sumber pemerintah AS mengatakan`, `Petugas keamanan AS mengatakan`: an unnamed official, not the country', () => {
    const t =
      'Polisi menangkap seorang pria di Bandung.\n' +
      'Sumber pemerintah AS mengatakan, para penyidik sedang memeriksa rumah pria itu.\n' +
      'Petugas keamanan AS mengatakan, pria itu memiliki seorang adik.\n' +
      '"Kami siap membantu," kata pemerintah Jepang.';
    expect(q(t)).toEqual([['Kami siap membantu', 'Jepang', true]]);
  });
});

describe('tune 22: a participle after a cue, a fronted time clause', () => {
  it('`"…," Smith said, adding that …` and `X said in a statement, “…” at …, adding that …`: the cue’s speaker states the clause', () => {
    const t =
      'The clinic opened in May.\n\n' +
      '"Most people never ask about it," Dempsey said, adding that doctors should always ask about the home and any unusual hobbies.\n\n' +
      'Prime Minister Tom Hale said in a statement, “We are very pleased” at the release, adding that the family had asked to convey its own relief.';
    expect(q(t, 'en')).toEqual([
      ['Most people never ask about it', 'Dempsey', true],
      ['doctors should always ask about the home and any unusual hobbies', 'Dempsey', false],
      ['We are very pleased', 'Tom Hale', true],
      ['the family had asked to convey its own relief', 'Tom Hale', false],
    ]);
  });

  it('`When President X first announced …, he said …`: the fronted clause’s subject, over the last speaker', () => {
    const t =
      'Prime Minister Tom Hale said in a statement, “We are very pleased” at the release.\n\n' +
      'When President Omar Tadi first announced the exchange last week, he said the city had ensured that the prisoners would not return.\n\n' +
      'He also said he hoped the swap would open talks.';
    expect(q(t, 'en')).toEqual([
      ['We are very pleased', 'Tom Hale', true],
      ['the city had ensured that the prisoners would not return', 'Omar Tadi', false],
      ['he hoped the swap would open talks', 'Omar Tadi', false],
    ]);
  });
});

describe('tune 22: an age after the name, a person described by origin', () => {
  it('`Berbeda dengan X, Y (24) justru memilih …. Dia menyebut, …`: the subject printed with an age', () => {
    const t =
      'Tomy Kharisma Ilahi memilih masuk partai. "Saya ingin berubah," kata Tomy.\n' +
      'Berbeda dengan Tomy, Arkani Melinda Putri (24) justru memilih ikut daftar CPNS. Dia menyebut, bergabung dengan partai belum tentu bisa mengubah keadaan negeri ini.';
    expect(q(t)).toEqual([
      ['Saya ingin berubah', 'Tomy Kharisma Ilahi', true],
      ['bergabung dengan partai belum tentu bisa mengubah keadaan negeri ini', 'Arkani Melinda Putri', false],
    ]);
  });

  it('`pemain asal Brasil menyebut jika …`: the player described, not the country', () => {
    const t = 'Dani Alves mengkritik Maradona. "Dia bukan contoh," kata Alves.\nBahkan pemain asal Brasil menyebut jika pelatih itu bukan teladan yang baik.';
    expect(q(t)).toEqual([
      ['Dia bukan contoh', 'Dani Alves', true],
      ['pelatih itu bukan teladan yang baik', 'Dani Alves', false],
    ]);
  });
});

describe('tune 22: a song title in quote marks', () => {
  it('`began the intro to “Walkin’ It to the River.”`: two long words in title case, the rest short, is a title', () => {
    const t =
      '“We are glad to be back,” Tom Simmons said.\n\n' +
      'Then the pianist took his place and began the intro to “Walkin’ It to the River.” The crowd cheered.';
    expect(q(t, 'en')).toEqual([['We are glad to be back', 'Tom Simmons', true]]);
  });
});

describe('tune 22: a contrasting clause after a cue', () => {
  it('`more complicated than X suggests, but he appears …`: the writer’s verdict, not a statement', () => {
    const t =
      'Senator Tom Hale said the mines employ 4,000 people.\n\n' +
      'Is this number correct? It’s more complicated than Hale suggests, but he appears to be in the ballpark.\n\n' +
      'That’s smaller than what Hale said, but his number is a reasonable guess given the data we have.';
    expect(q(t, 'en')).toEqual([['the mines employ 4,000 people', 'Tom Hale', false]]);
  });
});

describe('tune 22: an unnamed representative', () => {
  it('`…, according to a Taliban representative`: an indefinite representative names no one', () => {
    const t =
      'The prisoners were freed on Monday.\n\n' +
      'The members were released in Doha, where the group keeps an office, according to a Rebel Front representative.';
    expect(q(t, 'en')).toEqual([]);
  });
});

describe('tune 22: a participle opening the sentence', () => {
  it('`Saying ``…\'\' about …, X’s government urged …`: the main clause’s subject says it, the quoted phrase included', () => {
    const t =
      'Riot police cleared the port.\n\n' +
      "Saying ``nothing is settled'' about the girl's return, Norway's government urged citizens to keep rallying.\n\n" +
      'Saying the deal was dead, Tom Hale walked out of the talks.';
    expect(q(t, 'en')).toEqual([
      ["nothing is settled'' about the girl's return", 'Norway', false],
      ['the deal was dead', 'Tom Hale', false],
    ]);
  });
});

describe('tune 22: the company, named as an object before', () => {
  it('`The attorney general is investigating X amid layoffs. The company confirmed that …`: X, with no party spoken of yet', () => {
    const t =
      'Good morning! This is the news you need today.\n\n' +
      'The state attorney general is investigating Floxo amid layoffs. The company confirmed that it had been contacted by the office of the attorney general.';
    expect(q(t, 'en')).toEqual([['it had been contacted by the office of the attorney general', 'Floxo', false]]);
  });
});

describe('tune 22: a fronted time, a name, an apposition', () => {
  it('`On Monday, the Daily Post, the mouthpiece of …, warned that …`: the name before the apposition speaks', () => {
    const t =
      'Protests went on for months.\n\n' +
      'On Monday, the Daily Post, the mouthpiece of the ruling party, warned that there is no room for compromise.';
    expect(q(t, 'en')).toEqual([['there is no room for compromise', 'Daily Post', false]]);
  });
});

describe('tune 22: an aside citing a source', () => {
  it('`The news organization, citing an anonymous source, reported that …`: the organization named before', () => {
    const t =
      'Markets were mixed on Tuesday after Globo reported that the mood in the capital was gloomy. ' +
      'The news organization, citing an anonymous government source, reported that the tariffs were hurting the outlook.';
    expect(q(t, 'en')).toEqual([
      ['the mood in the capital was gloomy', 'Globo', false],
      ['the tariffs were hurting the outlook', 'Globo', false],
    ]);
  });
});

describe('tune 22: a role, its place, then the person', () => {
  it('`Sementara itu juru bicara Masjid X di Bandung, Abdul Yusuf, mengatakan, …`: the person apposed to the role', () => {
    const t =
      'Polisi menangkap seorang pria.\n' +
      'Sementara itu juru bicara Masjid Agung di Bandung, Abdul Yusuf, mengatakan, ayah dan saudara pelaku telah beribadah di sana.';
    expect(q(t)).toEqual([['ayah dan saudara pelaku telah beribadah di sana', 'Abdul Yusuf', false]]);
  });
});

describe('tune 23: cues after a quote', () => {
  it('`"…," demikian tulis X`: a post-posed marker before the verb points back to the quote', () => {
    const t = 'Pemain itu berpamitan.\n"Terima kasih banyak untuk semua dukungan kalian," demikian tulis Budi dalam akun Instagram-nya.';
    expect(q(t)).toEqual([['Terima kasih banyak untuk semua dukungan kalian', 'Budi', true]]);
  });
  it('`“…,” X tweeted.`: a post on social media is what its writer says', () => {
    const t = 'The mayor answered her critics.\n\n“The point of the posters was to get attention,” Dana tweeted. “So I think it worked.”';
    expect(q(t, 'en')).toEqual([
      ['The point of the posters was to get attention', 'Dana', true],
      ['So I think it worked.', 'Dana', true],
    ]);
  });
  it('`“…,” chairman, CEO and president X said`: a list of roles before the name', () => {
    const t = 'Sales fell.\n\n“Our results showed growth, yet sales missed our plan,” chairman, CEO and president Bob Dana said in the earnings release.';
    expect(q(t, 'en')).toEqual([['Our results showed growth, yet sales missed our plan', 'Bob Dana', true]]);
  });
  it('`"…," kata Ketua Panitia penyelenggara yang juga Kepala Dinas X Name`: the person ends the second role', () => {
    const t =
      'Festival itu digelar di Medan.\n' +
      '"Sepuluh negara sudah mendaftar," kata Ketua Panitia penyelenggara yang juga Kepala Dinas Pariwisata Medan Budi Santoso, di Medan, Senin.';
    expect(q(t)).toEqual([['Sepuluh negara sudah mendaftar', 'Budi Santoso', true]]);
  });
  it('`“…,” said one expert, as reported by the Guardian`: the outlet only carried the quote', () => {
    const t = 'The prince gave an interview.\n\n“He has no immunity at all,” said one legal expert, as reported by the Guardian newspaper.';
    expect(q(t, 'en')).toEqual([['He has no immunity at all', null, true]]);
  });
});

describe('tune 23: statements and documents', () => {
  it('`…, says X, a role at Y.`: a verb after a comma, then a name, is a cue put after the statement', () => {
    const t = 'The Acme deal could be the start of a new trend for retail stocks, says Ann Petty, portfolio manager at Zeta Asset Management.';
    expect(q(t, 'en')).toEqual([['The Acme deal could be the start of a new trend for retail stocks', 'Ann Petty', false]]);
  });
  it('`…, a website which carries this statement:` then a quote: the document, not the last speaker', () => {
    const t =
      '“We will keep going with the ads,” Dana said.\n\n' +
      'She then shared a link to the program website, which carries the following statement:\n\n' +
      '“Our state has a drug problem. There is no single fix because the drug is everywhere.”';
    expect(q(t, 'en')).toEqual([
      ['We will keep going with the ads', 'Dana', true],
      ['Our state has a drug problem. There is no single fix because the drug is everywhere.', null, true],
    ]);
  });
});

describe('tune 23: embedded posts', () => {
  it('a post above `— Name (@handle) Month D, YYYY` is its author’s, without the link or the emoji', () => {
    const t =
      'Many people online pointed out the problem.\n\n' +
      'Yes this is real and the city paid a fortune for it: https://t.co/abc123\n\n' +
      '— Jane Q. Doe 🌈 (@janeqdoe) November 18, 2019\n\n' +
      'The mayor has not commented.';
    expect(q(t, 'en')).toEqual([['Yes this is real and the city paid a fortune for it', 'Jane Q. Doe', true]]);
  });
  it('a post of several lines keeps them all; a title before the author’s name is dropped', () => {
    const t = 'The senator posted her letter.\n\nSharing my letter on the case.\nWe must be kind.\nWho are we otherwise? pic.twitter.com/xyz\n\n— Sen. Mary Lane (@marylane) November 19, 2019';
    expect(q(t, 'en')).toEqual([['Sharing my letter on the case.\nWe must be kind.\nWho are we otherwise?', 'Mary Lane', true]]);
  });
  it('a post that is only a link is no quote; an Indonesian date (`18 November 2019`) counts', () => {
    expect(q('Warganet ramai.\n\nhttps://t.co/abc\n\n— Budi Santoso (@budis) 18 November 2019')).toEqual([]);
    expect(q('Warganet ramai.\n\nIni luar biasa sekali, terima kasih semuanya! https://t.co/abc\n\n— Budi Santoso (@budis) 18 November 2019')).toEqual([
      ['Ini luar biasa sekali, terima kasih semuanya!', 'Budi Santoso', true],
    ]);
  });
});

describe('tune 23: `Menurutnya` without a comma', () => {
  it('`Menurutnya ajang ini …`: the clause after the source is the statement', () => {
    const t = '"Festival ini terbuka untuk semua," kata Budi Santoso, di Medan, Senin.\nMenurutnya hingga hari Rabu semua peserta akan tiba di Medan untuk mengikuti pembukaan.';
    expect(q(t)).toEqual([
      ['Festival ini terbuka untuk semua', 'Budi Santoso', true],
      ['hingga hari Rabu semua peserta akan tiba di Medan untuk mengikuti pembukaan', 'Budi Santoso', false],
    ]);
  });
});

describe('tune 23: a personal pronoun after a name read as a place', () => {
  it('`… harm to Lee …` elsewhere does not stop `She added` from standing for Amy Lee, nor the quotes after', () => {
    const t =
      'Tom Berg was charged after a call to the office of Rep. Amy Lee.\n\n' +
      'His lawyer, Dan Cole, said his client did not mean any harm to Lee.\n\n' +
      'When Berg was approached, he told police he disliked the congresswoman.\n\n' +
      'Lee asked for mercy in a letter on Tuesday, saying she did not think prison would help. She added, "We must answer hate with kindness."\n\n' +
      '"Who are we if we answer threats with threats?" she wrote. "The answer is compassion."';
    expect(q(t, 'en').slice(-4)).toEqual([
      ['she did not think prison would help', 'Amy Lee', false],
      ['We must answer hate with kindness.', 'Amy Lee', true],
      ['Who are we if we answer threats with threats?', 'Amy Lee', true],
      ['The answer is compassion.', 'Amy Lee', true],
    ]);
  });
});

describe('tune 23: subjects that are no speakers', () => {
  it('`memastikan diri akan ikut …`: a reflexive object makes the verb an act, not a statement', () => {
    expect(q('Sebanyak delapan negara selain Indonesia memastikan diri akan ikut serta dalam festival yang digelar di Medan.')).toEqual([]);
  });
  it('`Name dari PT X yang … mengatakan kalau …`: the person, not the body after `dari`', () => {
    const t = 'Budi Santoso dari PT Maju Jaya yang baru menyelesaikan kuliahnya di Inggris mengatakan kalau dirinya ingin melihat pasar Eropa.';
    expect(q(t)).toEqual([['dirinya ingin melihat pasar Eropa', 'Budi Santoso', false]]);
  });
});

describe('tune 23: a fronted citation', () => {
  it('`Seperti dilansir X, Name meyakini …. Ia mengakui …`: the pronoun is the subject, not the outlet', () => {
    const t = 'Seperti dilansir Harian Pagi, Darmo meyakini sawahnya telah dikutuk.\nIa mengakui memercayai satu mitos lama bahwa padinya tak tumbuh karena dilihat orang jahat.';
    expect(q(t).slice(-1)).toEqual([['memercayai satu mitos lama bahwa padinya tak tumbuh karena dilihat orang jahat', 'Darmo', false]]);
  });
});

describe('tune 23: a body’s acronym before the person', () => {
  it('`jelas Kepala Badan X (BX), Irjen Name`: the person after the acronym and its comma', () => {
    const t = 'Polisi menyita satu mobil.\n"Tim masih mengejar tersangka lain," jelas Kepala Badan Pengawas Pasar (BPP), Irjen Hadi Wirawan, seperti tertulis dalam pesan singkat.';
    expect(q(t)).toEqual([['Tim masih mengejar tersangka lain', 'Hadi Wirawan', true]]);
  });
});

describe('tune 23: an ampersand inside a unit’s name', () => {
  it('`Menurut GM Penjualan & Humas ABC Name …`: the run goes past `&` to the person', () => {
    const t = 'Menurut GM Penjualan & Humas ABC Budi Santoso perlu adanya pembinaan anak muda yang melibatkan pemerintah.';
    expect(q(t)).toEqual([['perlu adanya pembinaan anak muda yang melibatkan pemerintah', 'Budi Santoso', false]]);
  });
});

describe('tune 23: a relative clause with a list before the verb', () => {
  it('`Sedangkan Name (23) yang mengalahkan A, B dan C …, berkata, "…"`: the head of the clause, not the last of the list', () => {
    const t = 'Sedangkan Wulan (23) yang mengalahkan Tina Sari, Rina dan Dewi pada kategori itu, berkata, "Saya berharap kalian semua senang."';
    expect(q(t)).toEqual([['Saya berharap kalian semua senang.', 'Wulan', true]]);
  });
});

describe('tune 23: two person mentions inside one cue', () => {
  it('`kata GM Penjualan Raya ABC Budi Santoso`: of two person mentions, the one ending the name speaks', () => {
    const t = '"Kami akan menambah dua cabang tahun ini," kata GM Penjualan Raya ABC Budi Santoso.';
    const at = (w: string) => t.indexOf(w);
    const mention = (w: string): EntityMention => ({ start: at(w), end: at(w) + w.length, text: w, entity: null, type: 'PERSON' });
    expect(q(t, 'id', [mention('Penjualan Raya'), mention('Budi Santoso')])).toEqual([['Kami akan menambah dua cabang tahun ini', 'Budi Santoso', true]]);
  });
});

describe('names with initials before a title', () => {
  it('`U.S. Attorney <Name>`: the initials stay whole and the title is no part of the name', () => {
    const t = 'The case was closed on Monday. "We will appeal," U.S. Attorney Jane Holloway said in a statement.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Jane Holloway']);
  });
  it('an initial inside a name is kept with its dot', () => {
    const t = '"Panen tahun ini bagus," kata Dana M. Tangkas, Ketua Kelompok Tani Sejahtera.';
    expect(q(t).map((x) => x[1])).toEqual(['Dana M. Tangkas']);
  });
});

describe('a described party with an aside before its verb', () => {
  it('`The German automaker, which …, says` is the company named before, not `German`', () => {
    const t = 'Brandwerk Inc. sold fewer cars last year. The German automaker, which employs 600,000 people worldwide, says it expects a recovery in 2017.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Brandwerk Inc']);
  });
  it('`The company, which …, said` is the company named before', () => {
    const t = 'Brandwerk Inc. sold fewer cars last year. The company, which employs 600,000 people worldwide, said it expects a recovery in 2017.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Brandwerk Inc']);
  });
});

describe('roles and relations around the speaker (Indonesian)', () => {
  it('`…, kata X, <role>.`: the statement is what stands before the cue, not the role after the name', () => {
    const t = 'Aturan itu mulai berlaku bulan depan. Tarif baru itu berlaku di dua wilayah, kata Joko Sulistyo, Direktur Angkutan Jalan Kemenhub. Wilayah pertama meliputi Jawa.';
    expect(q(t)).toEqual([['Tarif baru itu berlaku di dua wilayah', 'Joko Sulistyo', false]]);
  });
  it('`Namun, kata X, …`: a clause after the speaker still is the statement', () => {
    const t = 'Namun, kata Joko Sulistyo, tarif baru itu belum berlaku di luar Jawa.';
    expect(q(t)).toEqual([['tarif baru itu belum berlaku di luar Jawa', 'Joko Sulistyo', false]]);
  });
  it('`kuasa hukum X menyebut …` with no lawyer named: no statement of X', () => {
    const t = 'Sidang Rudi Hartono digelar Senin. Dalam eksepsinya, kuasa hukum Rudi menyebut kliennya tidak bersalah.';
    expect(q(t)).toEqual([]);
  });
  it('`kata pengacara X` with no lawyer named: the quote stays, spoken by no one named', () => {
    const t = 'Sidang Rudi Hartono digelar Senin. "Klien kami tidak bersalah," kata pengacara Rudi.';
    expect(q(t)).toEqual([['Klien kami tidak bersalah', null, true]]);
  });
  it('`Y, kuasa hukum X membenarkan …` and a later `kuasa hukum X`: the lawyer named speaks', () => {
    const t = 'Bagus Pranoto, kuasa hukum Rudi membenarkan pemeriksaan itu berlangsung lama. Pekan depan, kuasa hukum Rudi menyebut kliennya akan hadir lagi.';
    expect(q(t).map((x) => x[1])).toEqual(['Bagus Pranoto', 'Bagus Pranoto']);
  });
  it('`X selaku <role> mengatakan`: the name before the role speaks, not the role body', () => {
    expect(q('Lina Marlina selaku Ketua Panitia Festival mengatakan acara ini terbuka untuk umum.').map((x) => x[1])).toEqual(['Lina Marlina']);
    expect(q('Debby Cahyani selaku ketua dewan pembina Parfi 56 mengatakan ini langkah penting bagi organisasi.').map((x) => x[1])).toEqual(['Debby Cahyani']);
  });
  it('`(Menko Polhukam) Name` then `Menko Polhukam juga mengatakan`: the holder of the acronym title', () => {
    const t = 'Menteri Koordinator Bidang Politik, Hukum dan Keamanan (Menko Polhukam) Hadiwijaya mengatakan demo harus bubar pukul 18.00. Menko Polhukam juga mengatakan aparat akan berjaga sampai malam.';
    expect(q(t).map((x) => x[1])).toEqual(['Hadiwijaya', 'Hadiwijaya']);
  });
  it('`Title (Acronym) Place Name di Place, Day mengatakan,`: the name before where it spoke', () => {
    const t = 'Sekretaris Daerah (Sekda) Jambi Rahmat Hidayat di Jambi, Selasa mengatakan, proyek jalan itu ditunda karena lahan belum siap.';
    expect(q(t).map((x) => x[1])).toEqual(['Rahmat Hidayat']);
  });
  it('`mengkonfirmasikan bahwa` reports', () => {
    expect(q('Rudi Hartono mengkonfirmasikan bahwa ia akan pindah ke label baru.')).toEqual([['ia akan pindah ke label baru', 'Rudi Hartono', false]]);
  });
  it('the reader addressed (`nurani Anda berkata bahwa`) is no speaker', () => {
    expect(q('Anda merasa bersalah. Padahal nurani Anda berkata bahwa ia benar.')).toEqual([]);
  });
});

describe('English: fronted adjuncts, tallies and listeners', () => {
  it('`Earlier this year, X told Billboard <clause>`: the clause after the listener, not the fronted time', () => {
    const t = 'The band is back.\n\nEarlier this year, Johnston told Billboard the band has been in the studio with a new producer.';
    expect(q(t, 'en')).toEqual([['the band has been in the studio with a new producer', 'Johnston', false]]);
  });
  it('`Then, last week, X posted on Twitter …` and `Because …, he told the man to …` are no statements', () => {
    expect(q('Then, last week, Lena Ford posted on Twitter accusing the label of trying to block her.', 'en')).toEqual([]);
    expect(q('Dorsey saw the patient. Because Dorsey quickly suspected the pillows, he told the man to remove the bedding from his home.', 'en')).toEqual([]);
  });
  it('`Once he realized …, he said, but …`: a cue inside the sentence keeps the whole sentence', () => {
    const t = 'Marc Doyle spoke on Friday. Once he realized the bid was hostile, he said, but before it was launched, he sought approval to raise his stake.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Marc Doyle']);
  });
  it('`X added three assists`, `X added his seventh goal`: a tally, not a statement', () => {
    expect(q('Brad Kell added three assists to lead Boston.', 'en')).toEqual([]);
    expect(q('Anthony Vale added his seventh goal for the Islanders, and Sam Kirk stopped 27 shots as the team won again.', 'en')).toEqual([]);
    expect(q('Brad Kell added that the team would rest on Sunday.', 'en')).toEqual([['the team would rest on Sunday', 'Brad Kell', false]]);
  });
  it('`testified that` and `reiterated that` report; `testified before the committee` does not', () => {
    expect(q('Marian Holt testified that she never saw the letter before March.', 'en')).toEqual([['she never saw the letter before March', 'Marian Holt', false]]);
    expect(q('Marian Holt testified side-by-side with Tom Reed before the committee about the letter.', 'en')).toEqual([]);
    expect(q('Marian Holt reiterated that the talks were separate from the aid.', 'en')).toEqual([['the talks were separate from the aid', 'Marian Holt', false]]);
  });
});

describe('speakers through the tagger, and names inside a quote', () => {
  it('a person the rules cut off the end of an organisation mention is the speaker, not the organisation', () => {
    const t = '"Sepuluh negara sudah mendaftar," kata Kepala Dinas Pemuda dan Olahraga Padang Suardi di Padang, Kamis.';
    const at = t.indexOf('Dinas');
    const org: EntityMention = { start: at, end: t.indexOf(' di Padang'), text: t.slice(at, t.indexOf(' di Padang')), entity: null, type: 'ORGANIZATION' };
    expect(q(t, 'id', [org]).map((x) => x[1])).toEqual(['Suardi']);
  });
  it('a pronoun cue after a direct quote with no one before is not a name inside the quote', () => {
    const t = 'Laga itu berakhir imbang.\n"Bersama Budi Santoso kami akan bangkit pekan depan," ujarnya.';
    expect(q(t).map((x) => x[1])).toEqual([null]);
  });
});

describe('more Indonesian cue forms', () => {
  it('`Name yang juga <Title Body> menegaskan`: the name heading the relative clause speaks', () => {
    const t = 'Pakar bahasa Fathur Rokhman berbicara di Semarang, Minggu. Fathur yang juga Rektor Universitas Negeri Semarang menegaskan bahwa media massa merupakan sarana informasi yang efektif.';
    expect(q(t).map((x) => x[1])).toEqual(['Fathur Rokhman']);
  });
  it('`Dari kacamata X, …` attributes like `menurut`', () => {
    expect(q('Dari kacamata Winardi, Budi merupakan orang yang tepat untuk memimpin perusahaan itu.')).toEqual([
      ['Budi merupakan orang yang tepat untuk memimpin perusahaan itu', 'Winardi', false],
    ]);
  });
  it('`Dikatakannya <clause>` without its comma is still the person last named', () => {
    const t = '"Kami bangga," kata Hastuti Dumadi di London.\nDikatakannya hal yang menarik dari pameran itu adalah kehadiran dua merek lokal.';
    expect(q(t)[1]).toEqual(['hal yang menarik dari pameran itu adalah kehadiran dua merek lokal', 'Hastuti Dumadi', false]);
  });
  it('`Perubahan kata dia, …`: a one-word subject before a pronoun cue; the sentence is the statement', () => {
    const t = 'Arkani Putri memilih jalur lain. Perubahan kata dia, tidak perlu dilakukan dengan terjun ke dunia politik.';
    expect(q(t)).toEqual([['Perubahan kata dia, tidak perlu dilakukan dengan terjun ke dunia politik', 'Arkani Putri', false]]);
  });
});

describe('a person inside a phrase does not take the next pronoun', () => {
  it('`Terkait poster Sunny, ia mengakui …`: the last speaker, not the person in the topic phrase', () => {
    const t = 'Petani itu memasang poster bintang film di sawahnya.\nPada 2018, Reddy Kumar mengakui meraup untung hingga 600 rupee.\nTerkait poster Sunny, ia mengakui bukanlah penggemar sang bintang.';
    const mention = (w: string): EntityMention => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length, text: w, entity: null, type: 'PERSON' });
    // The rules alone (the ranker may reach the same speaker by other features).
    const hits = findQuotes(t, id, [mention('Reddy Kumar'), mention('Sunny')], { rank: false });
    expect(hits.map((h) => h.speakerText)).toEqual(['Reddy Kumar', 'Reddy Kumar']);
  });
});

describe('text broken one sentence per line', () => {
  it('a quote whose closing mark comes on a later line is one quote', () => {
    const t = 'The navy said it stopped three boats.\n"The warship challenged them.\nThe boats had 26 crew on board," navy spokesman Rahul Rao said.';
    expect(q(t, 'en')).toEqual([['The warship challenged them.\nThe boats had 26 crew on board', 'Rahul Rao', true]]);
  });
  it('over several lines with no mark between', () => {
    const t = 'The navy said it stopped three boats.\n"The warship challenged them.\nThe crew fled.\nThe boats had 26 crew on board," navy spokesman Rahul Rao said.';
    expect(q(t, 'en')).toEqual([['The warship challenged them.\nThe crew fled.\nThe boats had 26 crew on board', 'Rahul Rao', true]]);
  });
  it('a stray opening mark with no closer on the next line is still ignored', () => {
    const t = 'The navy said "it stopped three boats.\nThe boats had 26 crew on board.';
    expect(q(t, 'en').filter((x) => x[2])).toEqual([]);
  });
});

describe('English party nouns spoken of again', () => {
  it('`…, the brokerage said.` is the brokerage named before', () => {
    const t = 'Kotak Securities Ltd. cut its outlook on Monday. An extended slowdown could hurt demand for months, the brokerage said.';
    expect(q(t, 'en').map((x) => x[1])).toEqual(['Kotak Securities Ltd']);
  });
});

describe('a passive report with its agent', () => {
  it('`Sebagaimana diinformasikan <outlet>, …` is the outlet\'s', () => {
    const t = 'Tiket konser itu terjual habis. Sebagaimana diinformasikan Harian Metro, mereka yang membeli tiket khusus berpeluang bertemu anggota band.';
    expect(q(t)).toEqual([['mereka yang membeli tiket khusus berpeluang bertemu anggota band', 'Harian Metro', false]]);
  });
});

describe('quoted words of a request or a name', () => {
  it('`meminta semua pihak untuk "melindungi …"` is no quote', () => {
    const t = '"Kami semua kehilangan," kata Faite. Ia pun meminta semua pihak untuk "melindungi dan menghormati" kota kuno tersebut.';
    expect(q(t).map((x) => x[0])).toEqual(['Kami semua kehilangan']);
  });
  it('`called it an "…"` and `urged an "…"` are no quotes; a question after `asked` is', () => {
    expect(q('The Arab League called it an "extremely adverse development" for the region.', 'en')).toEqual([]);
    expect(q('The UK has urged an "end to the violence and for all sides to talk" in the city.', 'en')).toEqual([]);
    expect(q('Justice Stephen Breyer asked in a strong dissent, "what sense does it make to punish the parents?"', 'en').map((x) => x[1])).toEqual(['Stephen Breyer']);
  });
});

describe('more titles before a body and a name', () => {
  it('`kata Penyelenggara GFNY Bali, Tenne Permatasari` and `kata Pelatih Persib Bandung, X`: the person after the comma', () => {
    const t = '"Bali dipilih karena pemandangannya," kata Penyelenggara GFNY Bali, Tenne Permatasari di Denpasar.\n"Kami siap menang," kata Pelatih Persib Bandung, Djadjang Nurdjaman.';
    expect(q(t).map((x) => x[1])).toEqual(['Tenne Permatasari', 'Djadjang Nurdjaman']);
  });
});

describe('a described person as source or subject', () => {
  const t =
    'Pelatih Persebaya, Angel Alfredo Vera, puas dengan hasil itu. "Kami bermain bagus dan menang," ungkap Alfredo.\n' +
    'Menurut pelatih asal Argentina tersebut, Misbakus Solikin dan kolega bisa membawa pulang poin penuh karena bermain bagus.\n' +
    'Mantan pelatih Persipura Jayapura tersebut menambahkan, Persebaya memang mengandalkan pressing ketat.';
  it('`Menurut pelatih asal Argentina tersebut, X …`: the person described, not the name after the comma', () => {
    const out = rules(t);
    expect(out[1]).toEqual(['Misbakus Solikin dan kolega bisa membawa pulang poin penuh karena bermain bagus', 'Alfredo', false]);
  });
  it('`Mantan pelatih … tersebut menambahkan, …`: a former role described is the person', () => {
    const [words, speaker] = rules(t)[2];
    expect(words).toBe('Persebaya memang mengandalkan pressing ketat');
    expect(speaker).toMatch(/Alfredo/);
  });
});

describe('degrees after a name', () => {
  it('`Name, Sp. Rad (K) OnkRad menyebut`, `Name, S.H., M.H. menyebut`: the name before the degrees speaks', () => {
    const t =
      'Banyak faktor memicu kanker. Spesialis onkologi dari RSCM, Prof. Dr. Sinta Wardhani, Sp. Rad (K) OnkRad menyebut ada makanan tertentu yang bisa menjadi pencetus.\n' +
      'Dosen hukum, Budi Santoso, S.H., M.H. menyebut ada celah dalam aturan itu.';
    expect(q(t).map((x) => x[1])).toEqual(['Sinta Wardhani', 'Budi Santoso']);
  });
});

describe('English speakers named after an organisation and a job', () => {
  it('`said Dayton police Sgt. Marcus Hale`, `said Contoso security response manager Lena Ortiz`: the person, not the organisation', () => {
    const t =
      'Two workers were hurt at the plant on Monday.\n\n"We think the fire started in the boiler room," said Dayton police Sgt. Marcus Hale.\n\n' +
      '"The patch fixes every known hole," said Contoso security response manager Lena Ortiz.';
    expect(rules(t, 'en').map((x) => x[1])).toEqual(['Marcus Hale', 'Lena Ortiz']);
  });
  it('`the Rev. Peter Dunn … told reporters`: the title\'s dot ends no sentence', () => {
    const t = 'The chapel burned on Sunday.\n\n"We have no idea who did it," the Rev. Peter Dunn of the First Church told reporters.';
    expect(rules(t, 'en')).toEqual([['We have no idea who did it', 'Peter Dunn', true]]);
  });
  it('`the Dayton fire chief, Oscar Velez, said`: the role\'s holder in apposition', () => {
    const t = 'The chapel burned on Sunday.\n\n"It was not random," the Dayton fire chief, Oscar Velez, said.';
    expect(rules(t, 'en')).toEqual([['It was not random', 'Oscar Velez', true]]);
  });
  it('`Ohio Gov. Dana Pratt`: a name cut after a title drops the title\'s dot', () => {
    const t = 'Ohio Gov. Dana Pratt visited the site on Friday. "We will rebuild every home," she said.';
    expect(rules(t, 'en').map((x) => x[1])).toEqual(['Dana Pratt']);
  });
});

describe('English party nouns in apposition', () => {
  it('`The group, Riverside Tenants Union, …` before `the group said`: the name apposed to the noun', () => {
    const t =
      'Harbor Homes raised rents in March, Mayor Lee Tran said. The group, Riverside Tenants Union, formed last month.\n\n' +
      'The group said on Twitter that the new leases had confused many families.';
    expect(rules(t, 'en').at(-1)).toEqual(['the new leases had confused many families', 'Riverside Tenants Union', false]);
  });
});

describe('English reports quoted by an agency or sent as a statement', () => {
  it('`IRNA quoted the governor of X, Name, as saying`, `Name was quoted by IRNA as saying that`: the person quoted', () => {
    const t =
      'A strong quake hit the island on Sunday.\n\nThe state news agency IRNA quoted the governor of the coastal province, Reza Tavakoli, as saying the damage would cost millions of dollars.\n\n' +
      'Port director Hamid Rostami was quoted by IRNA as saying that ferries had resumed their service.';
    expect(rules(t, 'en')).toEqual([
      ['the damage would cost millions of dollars', 'Reza Tavakoli', false],
      ['ferries had resumed their service', 'Hamid Rostami', false],
    ]);
  });
  it('`an officer in the Amherst, N.Y., Police Department as saying` names no one', () => {
    const t = 'The Buffalo Courier quoted an officer in the Lockport, N.Y., Police Department as saying that the two men had met in May.';
    expect(rules(t, 'en')).toEqual([]);
  });
  it('`his wife, Lucinda, released a statement saying they …`: the statement\'s issuer', () => {
    const t = 'Harold Brent was charged on Monday.\n\nBrent is married, but his wife, Lucinda, released a statement saying they had lived apart for about a month.';
    expect(rules(t, 'en')).toEqual([['they had lived apart for about a month', 'Lucinda', false]]);
  });
  it('`"…," said X, director of Y, noting that …`: the cue\'s speaker past the apposed role', () => {
    const t =
      'Police arrested two more drivers on Friday.\n\n"These are just two more arrests," said Mary Olsen, regional director of Parents Against Speeding (PAS), noting that about 9,000 drivers are fined every year in the county.';
    expect(rules(t, 'en')).toEqual([
      ['These are just two more arrests', 'Mary Olsen', true],
      ['about 9,000 drivers are fined every year in the county', 'Mary Olsen', false],
    ]);
  });
});

describe('English quotes over several sentence lines', () => {
  it('a quote left unclosed until a later line opens another is one paragraph of a longer quote', () => {
    const t =
      'The team cut its guard on Friday.\n“He had a setback in practice,” head coach Dan Moyer said.\n“We talked it over with him.\nHe played well for a while.\nBut the setback was real.\n“We want to do what is best for him.\nWe all agreed on it.”';
    expect(rules(t, 'en').map((x) => [x[0], x[1]])).toEqual([
      ['He had a setback in practice', 'Dan Moyer'],
      ['We talked it over with him.\nHe played well for a while.\nBut the setback was real.', 'Dan Moyer'],
      ['We want to do what is best for him.\nWe all agreed on it.', 'Dan Moyer'],
    ]);
  });
  it('`Below is a statement by X, director of Y:` before a quote: its author, for the paragraphs that follow too', () => {
    const t =
      'The agency reversed the rule on Monday.\nBelow is a statement by Francine Gore, director of the Science Integrity Program:\n' +
      '"Several late rule changes have undermined the law, and today the agency has begun to repair the damage.\nThe message from scientists is clear.\n' +
      '"Today, the agency restored critical checks and balances.\nBut there is much more to be done."';
    expect(rules(t, 'en').map((x) => x[1])).toEqual(['Francine Gore', 'Francine Gore']);
  });
});

describe('English post-posed cues with a day', () => {
  it('`…, general manager X said Friday night.`: the clause before, not the day', () => {
    const t = 'The Hawks have offered a five-year contract to Sam Ruiz, general manager Paul Ibsen said Friday night.\nThe deal would be the richest in club history.';
    expect(rules(t, 'en')).toEqual([['The Hawks have offered a five-year contract to Sam Ruiz', 'Paul Ibsen', false]]);
  });
});

describe('English messages of a named body', () => {
  it('`…, the Kremlin statement said.`, `…, a Defence Ministry statement said.`: the body named before the message', () => {
    const t =
      'Ukraine will not join the alliance, the Kremlin statement said.\n\nTwo boats were closing in on the freighter and firing, a Defence Ministry statement said.\n\n' +
      'The crew seized twelve men, the statement said.';
    expect(rules(t, 'en').map((x) => x[1])).toEqual(['Kremlin', 'Defence Ministry', 'Defence Ministry']);
  });
  it('`…, a French statement said.` names no body', () => {
    expect(rules('The talks will resume next week, a French statement said.', 'en')).toEqual([]);
  });
});

describe('English adverbs between subject and verb', () => {
  it('`X has now confirmed that …`', () => {
    const t = 'Casting went on for months. Screen Monthly has now confirmed that Chris Weller will direct the sequel.';
    expect(rules(t, 'en')).toEqual([['Chris Weller will direct the sequel', 'Screen Monthly', false]]);
  });
});

describe('English post-posed cues past a qualifying participle', () => {
  it('`…, Norway said Friday in response to … attacks on alleged … sites`: `alleged` after a preposition is no cue', () => {
    const t = 'The United States had the right to defend its citizens against terrorist actions, Norway said Friday in response to missile attacks on alleged terrorist sites in two countries.';
    expect(rules(t, 'en')).toEqual([['The United States had the right to defend its citizens against terrorist actions', 'Norway', false]]);
  });
});

describe('English subjects with a place or a month before the verb', () => {
  it('`Analyst X of Y in Silicon Valley said`, `The Z newspaper in Cape Town reported`, `The Indian Navy in November said`', () => {
    const t =
      'The patch shipped in a week.\nAnalyst Tom Berle of Berle Group in Silicon Valley said it was amazing that the company moved so fast.\n' +
      'The Indian Navy in November said it had sunk a pirate ship.';
    const [a, b] = rules(t, 'en').map((x) => x[1]);
    expect(a).toMatch(/Tom Berle$/);
    expect(b).toBe('Indian Navy');
  });
  it('`Men … at the Buffalo Shooting Club in Amherst said`: the club is no subject', () => {
    const t = 'Men drinking beer after shooting skeet at the Hilltop Shooting Club in Amherst said their feelings were mixed.';
    expect(rules(t, 'en')).toEqual([]);
  });
});

describe('English wire leads that name the speaker in the next sentence', () => {
  it('`(AP)_ The top commander of a rebel militia said Thursday he …. Gen. X Y, a …`: the person named next', () => {
    const t =
      'KAMPALA, Uganda (AP)_ The top commander of a rebel militia said Thursday he has sent a team to recover the bodies of two aid workers killed last year. Gen. Okello Mutesa, a former army officer, did not say when the team left.';
    expect(rules(t, 'en')).toEqual([['he has sent a team to recover the bodies of two aid workers killed last year', 'Okello Mutesa', false]]);
  });
  it('`(AP)_ Taking the stand …, a friend of X said Friday that …. Name, 22, …`', () => {
    const t =
      "JERUSALEM (AP)_ Taking the stand in her own defense, a friend of the mayor's attacker said Friday that she regretted calling the mayor a traitor. Dalia Ben-Ami, 22, has pleaded innocent to charges that she knew of the plot.";
    expect(rules(t, 'en')[0]).toEqual(['she regretted calling the mayor a traitor', 'Dalia Ben-Ami', false]);
  });
  it('outside a lead, an unnamed friend stays unnamed', () => {
    const t = 'The trial went on for a week. A friend of the attacker said Friday that she regretted her words. Dalia Ben-Ami, 22, has pleaded innocent.';
    expect(rules(t, 'en')).toEqual([]);
  });
});

describe('English bodies of a state', () => {
  it("`Russia's foreign ministry said it …`: the state", () => {
    const t = "The vote drew criticism abroad.\n\nRussia's foreign ministry said it viewed the move as a breach of the peace deal.";
    expect(rules(t, 'en')).toEqual([['it viewed the move as a breach of the peace deal', 'Russia', false]]);
  });
});

describe('a job between an organisation and a name is nouns, not a verb', () => {
  it('`ujar Budi mendampingi Tim Nasional Indonesia,`: the speaker is Budi', () => {
    const t = 'Latihan berjalan lancar. "Kami siap bertanding besok," ujar Budi Hartono mendampingi Tim Nasional Indonesia, di Jakarta.';
    expect(rules(t).map((x) => x[1])).toEqual(['Budi Hartono']);
  });
});

describe('English participles after a post-posed cue', () => {
  it('`…, Graham said, offering the example of …`: the clause before is the statement, the participle an adjunct', () => {
    const t = 'The ad drew mockery online.\n\nTargeting audiences is key in making dollars go further, Graham said, offering the example of a recent road safety campaign.';
    expect(rules(t, 'en')).toEqual([['Targeting audiences is key in making dollars go further', 'Graham', false]]);
  });
});

describe('English weaker verbs closing the sentence', () => {
  it('`…, Troy police Sgt. Barry White testified.`: the clause before is his', () => {
    const t = 'Gunfire broke out at the office.\nThe gunman walked in around 10 a.m. and entered the office of the firm partner, Dayton police Sgt. Barry White testified.';
    expect(rules(t, 'en')).toEqual([['The gunman walked in around 10 a.m. and entered the office of the firm partner', 'Barry White', false]]);
  });
  it('a request closing the sentence (`…, the mayor urged.`) reports nothing', () => {
    expect(rules('Residents should stay indoors until the storm passes, Mayor Ann Cole urged.', 'en')).toEqual([]);
  });
});

describe('a one-word name after a role and its comma', () => {
  it('`kata Pimpinan grup tari X, Wahyudi saat ditemui`: the person, not the group; a day or a body is no one', () => {
    const said = (tail: string) => q(`"Penonton kami terus bertambah setiap tahun," kata Pimpinan grup tari Sekar Arum, ${tail}`).map((x) => x[1]);
    expect(said('Wahyudi saat ditemui di Solo.')).toEqual(['Wahyudi']);
    expect(said('Wahyudi.')).toEqual(['Wahyudi']);
    expect(said('Senin.')).not.toEqual(['Senin']);
    expect(said('KPU.')).not.toEqual(['KPU']);
  });
  it('with entity mentions, a pronoun after that quote is the person, though the tagger missed the name and found another person', () => {
    const t =
      'Grup tari Sekar Arum Purnama tampil setiap malam di Solo.\n' +
      '"Penonton kami terus bertambah setiap tahun," kata Pimpinan grup tari Sekar Arum, Wahyudi saat ditemui di Solo, Sabtu.\n' +
      'Ia menjelaskan, sebagian besar penonton datang dari luar negeri.';
    const at = t.indexOf('Purnama');
    const w = t.indexOf('Wahyudi');
    // the tagger's mistakes: a word of the troupe's name as a person, the speaker as a place
    const ents: EntityMention[] = [
      { start: at, end: at + 'Purnama'.length, text: 'Purnama', type: 'PERSON', entity: null },
      { start: w, end: w + 'Wahyudi'.length, text: 'Wahyudi', type: 'LOCATION', entity: null },
    ];
    expect(q(t, 'id', ents).map((x) => x[1])).toEqual(['Wahyudi', 'Wahyudi']);
  });
});

describe('an outlet relaying a statement: the statement’s issuer speaks', () => {
  it('`"…," demikian dikutip Reuters dari pernyataan resmi Bank Sentral Eropa`: the bank, not the outlet', () => {
    const t = 'Suku bunga acuan tidak berubah bulan ini. "Inflasi diperkirakan turun perlahan sampai akhir tahun," demikian dikutip Reuters dari pernyataan resmi Bank Sentral Eropa.';
    expect(rules(t).map((x) => x[1])).toEqual(['Bank Sentral Eropa']);
    expect(q(t).map((x) => x[1])).toEqual(['Bank Sentral Eropa']);
  });
  it('`seperti dilansir AFP dari keterangan Kementerian X`: the ministry', () => {
    const t = 'Harga gula naik di beberapa kota. "Pasokan gula nasional cukup sampai musim giling berikutnya," seperti dilansir AFP dari keterangan Kementerian Perdagangan.';
    expect(rules(t).map((x) => x[1])).toEqual(['Kementerian Perdagangan']);
  });
  it('before the quote: `Dikutip Antara dari pernyataan resmi Kementerian Energi, "…"`: the ministry, whole', () => {
    const t = 'Harga minyak dunia turun lagi. Dikutip Antara dari pernyataan resmi Kementerian Energi, "Pasokan bahan bakar di dalam negeri tetap aman sampai akhir tahun."';
    expect(rules(t).map((x) => x[1])).toEqual(['Kementerian Energi']);
  });
  it('`dikutip dari Reuters` names the outlet alone: no relayed issuer', () => {
    const t = 'Harga minyak dunia turun lagi. "Pasokan bahan bakar tetap aman," dikutip dari Reuters.';
    expect(rules(t).map((x) => x[1])).not.toContain('Reuters');
  });
});

describe('a written statement names its issuer after the affiliation', () => {
  it('`tulis pernyataan dari pihak klub Persija`: the club', () => {
    const t = 'Gelandang itu resmi pindah ke Malaysia. "Kami berterima kasih atas pengabdiannya selama empat musim," tulis pernyataan dari pihak klub Persija.';
    expect(rules(t).map((x) => x[1])).toEqual(['Persija']);
    expect(q(t).map((x) => x[1])).toEqual(['Persija']);
  });
  it('`ujar keterangan resmi dari manajemen PT Kereta Api`: the company', () => {
    const t = 'Jadwal kereta berubah mulai pekan depan. "Penumpang diminta memeriksa jadwal terbaru sebelum berangkat," tulis keterangan resmi dari manajemen PT Kereta Api.';
    expect(rules(t).map((x) => x[1])).toEqual(['Kereta Api']);
  });
});

describe('a source kept unnamed speaks for no named person', () => {
  it('`ujar sumber yang enggan disebut namanya`: no speaker, not the minister printed before', () => {
    const t = 'Menteri Perhubungan Rudi Hartono menghadiri rapat tertutup itu. "Keputusan soal tarif baru sudah diambil," ujar sumber yang enggan disebut namanya.';
    expect(rules(t).map((x) => x[1])).toEqual([null]);
    expect(q(t).map((x) => x[1])).toEqual([null]);
  });
  it('`lanjut sumber tersebut` and `Sumber itu menambahkan, "…"` after `kata seorang sumber`: still no one', () => {
    const t =
      'Gubernur Andi Wijaya tiba di Jakarta pagi ini. "Rapat ini membahas pengganti kepala dinas," kata Andi.\n' +
      '"Nama penggantinya sudah dikirim ke gubernur," kata seorang sumber kepada wartawan.\n' +
      '"Pengumumannya dilakukan pekan depan," lanjut sumber tersebut.\n' +
      'Sumber itu menambahkan, "Pejabat lama akan dipindahkan ke dinas lain."';
    expect(rules(t).map((x) => x[1])).toEqual(['Andi Wijaya', null, null, null]);
    expect(q(t).map((x) => x[1])).toEqual(['Andi Wijaya', null, null, null]);
  });
  it('`Menurut seorang pejabat, "…"`: no one named, not the minister printed before', () => {
    const t = 'Menteri Perhubungan Rudi Hartono menghadiri rapat tertutup itu. Menurut seorang pejabat, "Keputusan soal tarif baru sudah diambil minggu lalu."';
    expect(rules(t).map((x) => x[1])).toEqual([null]);
    expect(q(t).map((x) => x[1])).toEqual([null]);
  });
  it('a source named with its body stays for the body rule; a name in apposition is the speaker', () => {
    const t = '"Anggaran sudah cair sejak bulan lalu," kata pejabat dinas keuangan, Siti Aminah.';
    expect(rules(t).map((x) => x[1])).toEqual(['Siti Aminah']);
  });
});

describe('the agent right after a passive verb of saying opening the sentence', () => {
  it('`Hal serupa disampaikan Yoga Pratama (31), pedagang dari Depok, Jawa Barat.`: Yoga, not the place apposed at the end', () => {
    const t =
      'Harga cabai melonjak sejak awal bulan. "Pembeli jadi jauh berkurang," kata Sulastri, pedagang di pasar itu.\n' +
      'Hal serupa disampaikan Yoga Pratama (31), pedagang dari Depok, Jawa Barat. Ia mengaku omzetnya turun separuh. "Sekarang orang hanya membeli seperempat kilo," ujarnya.';
    expect(rules(t).map((x) => x[1])).toEqual(['Sulastri', 'Yoga Pratama', 'Yoga Pratama']);
    expect(q(t).map((x) => x[1])).toEqual(['Sulastri', 'Yoga Pratama', 'Yoga Pratama']);
  });
});

describe('Indonesian indirect speech found with no quote marks (heldout30 causes)', () => {
  it('a wire lead with `, kata manajer X pada <day>.`: the clause before, without the dateline', () => {
    const t = 'Bandung (ANTARA News) - Rudi Hartono kembali berlatih bersama tim utama setelah cedera lututnya pulih, kata manajer Andi Wijaya pada Jumat.\nIa absen dua bulan.';
    expect(rules(t)).toEqual([['Rudi Hartono kembali berlatih bersama tim utama setelah cedera lututnya pulih', 'Andi Wijaya', false]]);
  });
  it('`manajer X` names the manager, not X\'s manager', () => {
    const t = 'Jadwal latihan diubah karena hujan, ujar manajer Dodi Firmansyah kepada wartawan.';
    expect(rules(t).map((x) => x[1])).toEqual(['Dodi Firmansyah']);
  });
  it('a strong verb and a clause with no `bahwa` after a described person (`Pelatih asal Brasil itu mengatakan …`)', () => {
    const t = 'Rina Wati hadir kemarin. Pelatih asal Brasil itu mengatakan klub tidak perlu membeli pemain baru.';
    expect(rules(t)).toEqual([['klub tidak perlu membeli pemain baru', 'Rina Wati', false]]);
  });
  it('not a described thing with no clause after a strong verb', () => {
    expect(rules('Rina Wati hadir kemarin. Pertemuan itu menegaskan hubungan kedua negara.')).toEqual([]);
  });
  it('`mengutarakan bahwa`, `mengulang pandangannya bahwa`: verbs of saying with a complementizer', () => {
    expect(rules('Sutradara film itu, Dewi Lestari, mengutarakan bahwa syuting berlangsung dua bulan.').map((x) => x.slice(1))).toEqual([['Dewi Lestari', false]]);
    const t = 'Perdana menteri Rina Wati tiba di Bali. Rina mengulang pandangannya bahwa kedua negara harus berunding lagi.';
    expect(rules(t)).toEqual([['kedua negara harus berunding lagi', 'Rina Wati', false]]);
  });
  it('`mengulang` with a noun object states nothing', () => {
    expect(rules('Rina Wati hadir. Rina mengulang kesalahan yang sama di babak kedua.')).toEqual([]);
  });
  it('`… menurut warta laman X.` closing a sentence with no comma', () => {
    const t = 'Film itu akan tayang sebelum akhir tahun depan di bioskop Jakarta menurut warta laman Detik.';
    expect(rules(t)).toEqual([['Film itu akan tayang sebelum akhir tahun depan di bioskop Jakarta', 'Detik', false]]);
  });
  it('not `menurut` + a rule, nor a relayed report whose sentence has its own verb of saying', () => {
    expect(rules('Pembagian zakat dilakukan menurut aturan yang berlaku di desa itu.')).toEqual([]);
    const t = 'Bank Sentosa juga mengatakan bahwa kantor cabang baru dibuka bulan depan, demikian menurut laporan Kontan.';
    expect(rules(t).map((x) => x[1])).toEqual(['Bank Sentosa']);
  });
  it('`Seorang menteri menggambarkan … "…"`: an unnamed speaker, not the minister named before', () => {
    const t = 'Menteri Dalam Negeri Budi Santoso menghadiri rapat itu. Unggahan sang bupati memicu protes.\nSeorang menteri menggambarkan unggahan itu "memalukan dan tidak bertanggung jawab".\nWarga berkumpul di alun-alun.';
    expect(rules(t)).toEqual([['memalukan dan tidak bertanggung jawab', null, true]]);
  });
  it('a named speaker framing a quote with `menggambarkan` keeps the name', () => {
    const t = 'Unggahan sang bupati memicu protes. Menteri Budi Santoso menggambarkan unggahan itu "memalukan dan tidak bertanggung jawab".';
    expect(rules(t).map((x) => x[1])).toEqual(['Budi Santoso']);
  });
  it('a time phrase opening the clause after a weak verb (`memastikan saat ini belum …`)', () => {
    expect(rules('Rina Wati hadir. Rina memastikan saat ini belum terpikir untuk pindah klub.')).toEqual([['saat ini belum terpikir untuk pindah klub', 'Rina Wati', false]]);
  });
});

describe('continued cues, framing sources and degrees (Indonesian)', () => {
  it('`"…," kata X dalam pernyataan, menambahkan bahwa …`: the bare verb continues the cue\'s speaker', () => {
    const t = '"Kami optimistis ekonomi tumbuh," kata Bank Sentosa dalam sebuah pernyataan, menambahkan bahwa suku bunga akan turun.';
    expect(rules(t)).toEqual([
      ['Kami optimistis ekonomi tumbuh', 'Bank Sentosa', true],
      ['suku bunga akan turun', 'Bank Sentosa', false],
    ]);
  });
  it('`…, ujarnya, menambahkan bahwa …` and `…, kata X, seraya menegaskan bahwa …`', () => {
    const t = 'Budi Santoso hadir. "Kami optimistis ekonomi tumbuh," ujarnya, menambahkan bahwa suku bunga akan turun.';
    expect(rules(t).map((x) => x[1])).toEqual(['Budi Santoso', 'Budi Santoso']);
    const u = 'Harga beras akan stabil bulan ini, kata Rina Wati, seraya menegaskan bahwa stok gudang masih cukup.';
    expect(rules(u)).toEqual([
      ['Harga beras akan stabil bulan ini', 'Rina Wati', false],
      ['stok gudang masih cukup', 'Rina Wati', false],
    ]);
  });
  it('not a continued act with no complementizer (`sambil menambahkan gula …`)', () => {
    const t = '"Kami optimistis ekonomi tumbuh," kata Budi Santoso sambil menambahkan gula ke kopinya.';
    expect(rules(t)).toEqual([['Kami optimistis ekonomi tumbuh', 'Budi Santoso', true]]);
  });
  it('a named subject and verb of saying win over a framing `menurut` source, before or after', () => {
    const t = 'Menurut pernyataan Bank Sentosa, dalam rapat dengan direksi, Budi Hartono menyatakan bahwa kantor cabang akan ditutup.';
    expect(rules(t)).toEqual([['kantor cabang akan ditutup', 'Budi Hartono', false]]);
    const u = 'Budi Hartono menegaskan bahwa kantor cabang akan ditutup menurut pernyataan Bank Sentosa yang dikutip media.';
    expect(rules(u)).toEqual([['kantor cabang akan ditutup', 'Budi Hartono', false]]);
  });
  it('a bare `Menurut X, <clause>` with no verb of saying of its own stays X\'s', () => {
    expect(rules('Menurut pernyataan Bank Sentosa, kantor cabang di Bandung akan ditutup tahun depan.').map((x) => x[1])).toEqual(['Bank Sentosa']);
  });
  it('degrees after a name are no name (`dr X, SpKK, M.Kes`, `Sp.OG`, `S.H., M.H.`), and `ujar dia` is the person', () => {
    const t = 'Spesialis kulit, dr Rina Wulandari, SpKK, M.Kes mengatakan kulit kering perlu dirawat setiap hari. "Pakai pelembap," ujar dia.';
    expect(rules(t).map((x) => x[1])).toEqual(['Rina Wulandari', 'Rina Wulandari']);
    expect(rules('Dokter kandungan, dr Siti Aminah, Sp.OG mengatakan ibu hamil perlu banyak minum air.').map((x) => x[1])).toEqual(['Siti Aminah']);
    expect(rules('Pengamat hukum Andi Wijaya, S.H., M.H. mengatakan bahwa putusan itu sudah tepat.').map((x) => x[1])).toEqual(['Andi Wijaya']);
    expect(rules('"Tidur cukup itu penting," kata dr Rina Wulandari SpKK.').map((x) => x[1])).toEqual(['Rina Wulandari']);
  });
  it('a degree before an apposed role, and a pronoun after it, with `Menurut X, MD, direktur …, …`', () => {
    const t = 'Menurut peneliti Budi Hartono, MD, direktur klinik jantung di Bandung, keju baik untuk jantung. "Kami menguji seratus orang," ujar dia.';
    expect(rules(t)).toEqual([
      ['keju baik untuk jantung', 'Budi Hartono', false],
      ['Kami menguji seratus orang', 'Budi Hartono', true],
    ]);
  });
  it('not a degree: an acronym opening a clause after another name (`Menurut Komisi Yudisial, MA …`)', () => {
    expect(rules('Menurut Komisi Yudisial, MA menyatakan bahwa hakim itu bersalah.').map((x) => x[1])).toEqual(['Komisi Yudisial']);
  });
});

describe('Indonesian: group pronouns for bodies, cues inside a clause, long subjects, profession compounds', () => {
  it('`mereka` after a sentence naming an organisation is that body (a club, a band\'s official page)', () => {
    const t = 'Manajemen klub Persikota belum memberi tanggapan resmi atas protes suporter. Namun, mereka memastikan belum berencana mengganti pelatih kepala.';
    expect(rules(t)).toEqual([['belum berencana mengganti pelatih kepala', 'Persikota', false]]);
    const u = 'Kabar itu juga diunggah di laman resmi Senja Band. Mereka menyatakan, album baru akan dirilis pada akhir tahun ini.';
    expect(rules(u).map((x) => x[1])).toEqual(['Senja Band']);
  });
  it('`mereka` after people in the plural, or with no organisation named, stays no one', () => {
    expect(rules('Para pedagang di Pasar Baru mengeluhkan kebijakan Pemkot Bandung. Mereka mengatakan omzet turun sejak bulan lalu.')).toEqual([]);
    expect(rules('Hujan turun sejak pagi di kota itu. Mereka memastikan jalan utama akan ditutup sementara.')).toEqual([]);
    expect(rules('Pemain Persikota berlatih keras sejak pagi. Mereka memastikan siap menghadapi laga besok.')).toEqual([]);
  });
  it('a cue inside the sentence with no comma after its speaker: the sentence is the statement', () => {
    expect(rules('Kedai - kedai tersebut dikatakan Siti mulai buka sejak pukul tujuh pagi setiap hari.')).toEqual([
      ['Kedai - kedai tersebut dikatakan Siti mulai buka sejak pukul tujuh pagi setiap hari', 'Siti', false],
    ]);
    expect(rules('Korban, lanjut Hendra baru mau diperiksa setelah kondisinya membaik.').map((x) => x[1])).toEqual(['Hendra']);
    expect(rules('Korban lanjut Hendra baru mau diperiksa setelah kondisinya membaik.').map((x) => x[1])).toEqual(['Hendra']);
    expect(rules('Jika ada pengemudi yang melanggar maka Rudi berkata bakal dikenakan denda berat.')).toEqual([['bakal dikenakan denda berat', 'Rudi', false]]);
    const t = 'Menurut Yanto, festival itu akan menarik wisatawan asing. Bahkan kata dia melalui festival itu pernah lahir pendekar terkenal dari kota ini.';
    expect(rules(t).map((x) => x[1])).toEqual(['Yanto', 'Yanto']);
  });
  it('not a cue inside a clause: `kata` after a connective with a name, or a name with no predicate after it', () => {
    expect(rules('Bahkan kata Ramadan berasal dari bahasa Arab.')).toEqual([]);
    expect(rules('Korban, lanjut Hendra dalam pemeriksaan di rumah sakit.')).toEqual([]);
    expect(rules('Sejumlah pengemudi yang melanggar aturan itu berkata ingin segera pulang.')).toEqual([]);
  });
  it('`memastikan` / `menjanjikan` before a long subject and its predicate state a clause', () => {
    expect(rules('Kepolisian Bandung sudah memastikan pelaku penyerangan di pasar itu adalah warga setempat.')).toEqual([
      ['pelaku penyerangan di pasar itu adalah warga setempat', 'Kepolisian Bandung', false],
    ]);
    const t = 'Hendra Wijaya menjanjikan rencana pembangunan jembatan di Desa Sukamaju, Kecamatan Cibatu, tetap berjalan sesuai jadwal.';
    expect(rules(t).map((x) => x[1])).toEqual(['Hendra Wijaya']);
  });
  it('not a statement: a belief (`menganggap`), a noun object with a relative clause, a plain object', () => {
    expect(rules('Pengusaha Rudi Santoso menganggap teknologi itu adalah masa depan industri.')).toEqual([]);
    expect(rules('Menteri Andi Wijaya menjanjikan hadiah bagi siswa berprestasi yang akan lulus tahun ini.')).toEqual([]);
    expect(rules('Budi Santoso memastikan keamanan gedung yang baru dibangun itu.')).toEqual([]);
  });
  it('a profession of two words (`dokter anak`) is a role, not a relation; a role opening the sentence is no name', () => {
    expect(rules('Dokter anak Rina Wulandari mengatakan orang tua perlu memperhatikan asupan cairan anak.').map((x) => x[1])).toEqual(['Rina Wulandari']);
    expect(rules('Ekonom Budi Hartono mengatakan kenaikan harga beras dipicu musim kemarau yang panjang.').map((x) => x[1])).toEqual(['Budi Hartono']);
  });
  it('a relation noun alone before a name is still a relation (`anak Rina`: her child speaks, unnamed)', () => {
    expect(rules('Menurut anak Rina Wulandari, ibunya sudah pulang dari rumah sakit.').map((x) => x[1])).not.toContain('Rina Wulandari');
  });
});

describe('English statements credited through a document or a dotted name', () => {
  it('`according to a statement today by X` is X; a noun phrase between the source and `by` is no agent', () => {
    expect(rules('The suspect was arrested at noon, according to a statement today by Police Chief Mary Larkin.', 'en')).toEqual([
      ['The suspect was arrested at noon', 'Mary Larkin', false],
    ]);
    expect(rules('Two villages were flooded overnight, according to a report on attacks by Rebel Forces United.', 'en')).toEqual([]);
  });

  it('`the embassy said` is the `U.S. Embassy` named before (initials with their dots); no embassy named, no speaker', () => {
    expect(rules('Officials at the U.S. Embassy met on Monday. The bridge will be closed until Friday, the embassy said.', 'en')).toEqual([
      ['The bridge will be closed until Friday', 'U.S. Embassy', false],
    ]);
    expect(rules('The bridge will be closed until Friday, the embassy said.', 'en')).toEqual([]);
  });
});

describe('English `X said, according to Y`: Y only relays', () => {
  it('`…, Mayor X said, according to Reuters.` and `X said …, according to Y` are X\'s', () => {
    expect(rules('The plant will close in May, Mayor Tom Reed said, according to Reuters.', 'en')).toEqual([['The plant will close in May', 'Tom Reed', false]]);
    expect(rules('The Boston Health Office said it had traced everyone who met the patients, according to Mary Dell of the Daily Post.', 'en')).toEqual([
      ['it had traced everyone who met the patients', 'Boston Health Office', false],
    ]);
  });

  it('with no verb of saying before it, `according to Y` is still the source', () => {
    expect(rules('The plant will close in May, according to Mayor Tom Reed.', 'en')).toEqual([['The plant will close in May', 'Tom Reed', false]]);
    expect(rules('The plant, which employs 300 workers, will close in May, according to Mayor Tom Reed.', 'en').map((x) => x[1])).toEqual(['Tom Reed']);
  });
});

describe('English bodies, connectives and services named before', () => {
  it('`The Harlan administration said …` is that administration; a bare `the administration said` names no one', () => {
    expect(rules('The Harlan administration said Monday it would repeal the fee.', 'en')).toEqual([['it would repeal the fee', 'Harlan administration', false]]);
    expect(rules('The administration said Monday it would repeal the fee.', 'en')).toEqual([]);
  });

  it('`Additionally, <unnamed group> argued that …`: the connective is no speaker', () => {
    expect(rules('Additionally, a farmers group argued that the new levy was unfair.', 'en')).toEqual([]);
    expect(rules('Indeed, tenant groups argued that the rents were too high.', 'en')).toEqual([]);
  });

  it('`…, the navy said.` is the Coastal Navy named before; no navy named, no speaker', () => {
    expect(rules('The Coastal Navy sent two ships to the strait. Both crews returned safely after the patrol, the navy said.', 'en')).toEqual([
      ['Both crews returned safely after the patrol', 'Coastal Navy', false],
    ]);
    expect(rules('Both crews returned safely after the patrol, the navy said.', 'en')).toEqual([]);
  });
});

describe('English subjects past a body described after them, or before a relative clause', () => {
  it('`Maria Lopez from the city\'s water relief agency said …` is Maria Lopez, not the agency', () => {
    expect(rules("Maria Lopez from the city's water relief agency said the four worst-hit districts were Alton, Brice and Corda.", 'en')).toEqual([
      ['the four worst-hit districts were Alton, Brice and Corda', 'Maria Lopez', false],
    ]);
    expect(rules("Ivan Petrov from Norland's Red Cross relief agency said two villages were cut off.", 'en').map((x) => x[1])).toEqual(['Ivan Petrov']);
  });

  it('a class of people before the affiliation is no one named', () => {
    expect(rules("Officials from the city's water relief agency said the four districts were flooded.", 'en')).toEqual([]);
  });

  it('`…, his doctor, John R. Amoss, who said …`: the name before the relative clause, initials and all', () => {
    expect(rules('The coach is in the care of his doctor, John R. Amoss, who said he expects a quick return.', 'en')).toEqual([
      ['he expects a quick return', 'John R. Amoss', false],
    ]);
    expect(rules('Peter K. Lund said the bridge would reopen in June.', 'en').map((x) => x[1])).toEqual(['Peter K. Lund']);
  });

  it('a thing named after an article before `, who said` does not speak', () => {
    expect(rules('The call came from sailors on board the MV Ostra, who said they had lost power.', 'en')).toEqual([]);
  });
});

describe('English statements with no content, and bodies quoted by an outlet', () => {
  it('`X said in a statement released by the team.` states nothing; `X said in a statement that …` does', () => {
    expect(rules('The striker had knee surgery on Monday. Dunmore said in a statement released by the club.', 'en')).toEqual([]);
    expect(rules('Dunmore said in a statement released by the club that the striker would miss a month.', 'en')).toEqual([
      ['the striker would miss a month', 'Dunmore', false],
    ]);
  });

  it('`State radio quoted the relief office in the province of X as saying …`: the body described speaks', () => {
    expect(rules('State radio quoted the relief office in the province of Vardia as saying 12 houses were destroyed.', 'en')).toEqual([
      ['12 houses were destroyed', 'relief office in the province of Vardia', false],
    ]);
  });

  it('a class of people or a report quoted that way is no body', () => {
    expect(rules('State radio quoted the local police officials in Vardia as saying 12 houses were destroyed.', 'en')).toEqual([]);
    expect(rules('State radio quoted the latest report from Vardia as saying 12 houses were destroyed.', 'en')).toEqual([]);
  });
});

describe('English participles of arguing for a body named by its leader', () => {
  it('`The Harlan administration made …, arguing that …` is the Harlan administration; `insisting` reports too', () => {
    expect(rules('The Harlan administration made the permit optional, arguing that it was a minor change.', 'en')).toEqual([
      ['it was a minor change', 'Harlan administration', false],
    ]);
    expect(rules('Mayor Ruth Quinn closed the park on Sunday, insisting that the lawn needed a rest.', 'en').map((x) => x[1])).toEqual(['Ruth Quinn']);
  });

  it('a name before a body and a class of people is no speaker (`U.S. government lawyers …, arguing that …`)', () => {
    expect(rules('U.S. government lawyers moved to dismiss the suit, arguing that the family had no standing.', 'en')).toEqual([]);
  });
});

describe('English `the government` spoken of again', () => {
  it('`The government claims that …` is the state of `the government of X` named before; none named, no quote', () => {
    expect(rules('The vote was held in Norland on Sunday. The government of Norland held talks with the rebels. The government claims that the new council is a step forward.', 'en')).toEqual([
      ['the new council is a step forward', 'Norland', false],
    ]);
    expect(rules('The vote was held on Sunday. The government claims that the new council is a step forward.', 'en')).toEqual([]);
  });
});

describe('English `according to a statement from the <nationality> government`', () => {
  it('the nationality and the body name the source; a body with no nationality before it names no one', () => {
    expect(rules('Two fishing boats were seized near the reef, according to a statement from the French government.', 'en')).toEqual([
      ['Two fishing boats were seized near the reef', 'French government', false],
    ]);
    expect(rules('Two fishing boats were seized near the reef, according to a statement from the local government.', 'en')).toEqual([]);
  });
});

describe('Indonesian descriptions closed by a demonstrative, of someone named before', () => {
  it('a title whose body ends in a number (`Ketua Forum Warga 45 itu menilai, …`) is the person who spoke; no number, no description', () => {
    const intro = 'Warga menggelar aksi di depan balai kota pada Senin pagi. "Kami menolak rencana itu," kata Budi Santoso. ';
    expect(rules(intro + 'Ketua Forum Warga 45 itu menilai, rencana pembangunan pasar harus dikaji ulang oleh pemerintah daerah.')).toEqual([
      ['Kami menolak rencana itu', 'Budi Santoso', true],
      ['rencana pembangunan pasar harus dikaji ulang oleh pemerintah daerah', 'Budi Santoso', false],
    ]);
  });

  it('a relation noun heads it (`Adik kandung pembalap X itu`): the relative, not the name inside', () => {
    expect(rules('Andi Lowes tampil baik di seri kedua di Sirkuit Mandalika. Adik kandung pembalap Rudi Lowes itu menambahkan bahwa timnya belum membicarakan kontrak baru.')).toEqual([
      ['timnya belum membicarakan kontrak baru', 'Andi Lowes', false],
    ]);
    expect(rules('Sinta Dewi tampil di panggung utama pada Sabtu malam. Putri sulung dari pasangan Rudi dan Ani ini membenarkan kalau sudah lama menantikan kesempatan tersebut.')).toEqual([
      ['sudah lama menantikan kesempatan tersebut', 'Sinta Dewi', false],
    ]);
  });

  it('after `namun` past the comma (`…, namun gadis berusia 20 tahun ini mengaku kalau …`); a thing so described says nothing', () => {
    const intro = 'Sinta Dewi tampil di panggung utama pada Sabtu malam bersama band barunya. Penampilannya disambut meriah, namun ';
    expect(rules(intro + 'gadis berusia 20 tahun ini mengaku kalau masih gugup di atas panggung.')).toEqual([['masih gugup di atas panggung', 'Sinta Dewi', false]]);
    expect(rules(intro + 'panggung berukuran 20 meter ini mengaku kalau masih gugup di atas panggung.')).toEqual([]);
  });

  it('a headline in a `Baca Juga` list puts no one in focus; a sentence about a new person does', () => {
    const intro = 'Rina Wulandari meraih medali emas di Palembang. "Saya sangat bahagia," kata Rina.\n';
    const desc = '\nPebulutangkis berusia 22 tahun ini mengaku kalau latihan keras selama setahun terbayar lunas.';
    expect(rules(intro + 'Baca Juga:\nJoko Susilo Bicara Persiapan dengan Tim Muda: Semua Dimulai dari 2015' + desc)[1]).toEqual([
      'latihan keras selama setahun terbayar lunas',
      'Rina Wulandari',
      false,
    ]);
    expect(rules(intro + 'Joko Susilo, pebulutangkis muda asal Kudus, berlatih keras di Cipayung sejak Januari.' + desc)[1]).toEqual([
      'latihan keras selama setahun terbayar lunas',
      'Joko Susilo',
      false,
    ]);
  });
});

describe('Indonesian `mencatat` and `mengabarkan` with a clause', () => {
  it('`X mencatat <subject> turun 2,4 persen …` states a figure; a noun object (`mencatat kenaikan …`, `mencatat rekor`) does not', () => {
    expect(rules('Bandung - Badan Statistik Daerah (BSD) mencatat jumlah penumpang kereta api selama bulan Maret turun 2,4 persen dari bulan sebelumnya.')).toEqual([
      ['jumlah penumpang kereta api selama bulan Maret turun 2,4 persen dari bulan sebelumnya', 'Badan Statistik Daerah', false],
    ]);
    expect(rules('Bandung - Badan Statistik Daerah (BSD) mencatat kenaikan jumlah penumpang 2,4 persen dari bulan sebelumnya.')).toEqual([]);
    expect(rules('Bandung - Badan Statistik Daerah (BSD) mencatat rekor jumlah penumpang tertinggi selama bulan Maret.')).toEqual([]);
  });

  it('`X mengabarkan akan …` states what X will do; `mengabarkan kepergian …` is news of an event', () => {
    const intro = 'Penyanyi itu sempat membatalkan konsernya pekan lalu. ';
    expect(rules(intro + 'Budi Santoso mengabarkan akan kembali tampil di Bandung pada akhir bulan ini.')).toEqual([
      ['akan kembali tampil di Bandung pada akhir bulan ini', 'Budi Santoso', false],
    ]);
    expect(rules(intro + 'Budi Santoso mengabarkan kepergian sahabatnya di media sosial.')).toEqual([]);
  });
});

describe('round of heldout33 and en-heldout23: title words as surnames, …', () => {
  it('`King said` after `Billy King` is the man, not the role; `the King said` stays a role', () => {
    const text =
      '"The club is family," team president Billy King said.\n"We do not want to change coaches again," chairman Ed Snider said.\n"Some of the criteria on our defense were not there," King said.';
    expect(rules(text, 'en').map((x) => x[1])).toEqual(['Billy King', 'Ed Snider', 'Billy King']);
    expect(q(text, 'en').map((x) => x[1])).toEqual(['Billy King', 'Ed Snider', 'Billy King']);
  });

  it('`kata Kabag Humas dan Protokol Pemkab X, Name`: a unit joined by `dan` runs to the comma; the person follows it', () => {
    expect(rules('"Upacara itu digelar di dua tempat sekaligus," kata Kabag Humas dan Protokol Pemkab Sleman, Wayan Sudarta, Minggu.')).toEqual([
      ['Upacara itu digelar di dua tempat sekaligus', 'Wayan Sudarta', true],
    ]);
  });

  it('a body named with commas and `dan` (`Badan Meteorologi, Klimatologi dan Geofisika`) is one subject; `Dinas X dan Bupati Y` is not one name', () => {
    expect(rules('Badan Meteorologi, Klimatologi dan Geofisika menyatakan kabar gempa susulan itu tidak benar.')).toEqual([
      ['kabar gempa susulan itu tidak benar', 'Badan Meteorologi, Klimatologi dan Geofisika', false],
    ]);
    expect(rules('Siaran pers Biro Hukum dan Organisasi BMKG menyebutkan kabar itu tidak benar.')).toEqual([
      ['kabar itu tidak benar', 'Biro Hukum dan Organisasi BMKG', false],
    ]);
    expect(rules('Kepala Dinas Pendidikan dan Bupati Sleman Sri Purnomo mengatakan sekolah tetap buka.').map((x) => x[1])).not.toContain(
      'Kepala Dinas Pendidikan dan Bupati Sleman Sri Purnomo',
    );
  });

  it('verbs of saying from the word clusters state with `bahwa` (`menggarisbawahi`, `mewanti-wanti`); a noun object is no statement', () => {
    expect(rules('Kepala dinas itu, Wayan Sudarta, menggarisbawahi bahwa jalan desa belum aman dilalui.')).toEqual([
      ['jalan desa belum aman dilalui', 'Wayan Sudarta', false],
    ]);
    expect(rules('Menteri Keuangan Ratna Dewi mewanti-wanti bahwa defisit anggaran bisa melebar.')).toEqual([['defisit anggaran bisa melebar', 'Ratna Dewi', false]]);
    expect(rules('Wayan Sudarta menggarisbawahi pentingnya pendidikan dasar.')).toEqual([]);
  });

  it("a document's designation (`Undang-Undang Nomor 1 Tahun 1974 menegaskan …`) is no speaker, nor its `Tahun`", () => {
    expect(rules('Undang-Undang Nomor 1 Tahun 1974 menegaskan bahwa perempuan baru boleh menikah setelah berusia 16 tahun.')).toEqual([]);
  });

  it('`Menurut ketua panitia kegiatan tersebut Name …` with no commas: the full name after the demonstrative speaks', () => {
    expect(rules('Menurut ketua panitia kegiatan tersebut Wayan Sudarta upacara itu digelar untuk keselamatan warga.')).toEqual([
      ['upacara itu digelar untuk keselamatan warga', 'Wayan Sudarta', false],
    ]);
  });
});
