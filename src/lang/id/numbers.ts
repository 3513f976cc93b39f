import type { NumberLexicon } from '../numbers.js';

const list = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/** Indonesian number words and formats (`dua puluh lima`, `1,5 juta`, `10.000`, `Rp 2,3 triliun`). */
export const numbers: NumberLexicon = {
  code: 'id',
  thousandsSep: '.',
  decimalMark: ',',
  units: {
    nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8,
    sembilan: 9, sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1e6,
    semiliar: 1e9, setriliun: 1e12,
  },
  multipliers: { belas: 10, puluh: 10, ratus: 100 },
  scales: {
    ribu: 1e3, rb: 1e3, ribuan: 1e3, juta: 1e6, jt: 1e6, jutaan: 1e6, miliar: 1e9, milyar: 1e9,
    miliaran: 1e9, triliun: 1e12, triliunan: 1e12,
  },
  fractions: { setengah: 0.5, separuh: 0.5, seperempat: 0.25, sepertiga: 1 / 3 },
  joiners: [],
  currencyBefore: {
    rp: 'rupiah', 'rp.': 'rupiah', idr: 'rupiah', us$: 'dolar AS', usd: 'dolar AS', $: 'dolar AS',
    '€': 'euro', eur: 'euro', '£': 'pound', 'rm': 'ringgit', 's$': 'dolar Singapura',
    '¥': 'yen',
  },
  currencyAfter: {
    rupiah: 'rupiah', 'dolar as': 'dolar AS', 'dollar as': 'dolar AS', 'dolar amerika': 'dolar AS',
    'dollar amerika': 'dolar AS', 'dolar amerika serikat': 'dolar AS', dolar: 'dolar',
    dollar: 'dolar', euro: 'euro', yen: 'yen', yuan: 'yuan', ringgit: 'ringgit', won: 'won',
    rubel: 'rubel', pound: 'pound', 'poundsterling': 'pound',
  },
  percent: { persen: 'persen', '%': 'persen', 'prosen': 'persen' },
  approximators: [
    'sekitar', 'kurang lebih', 'lebih kurang', 'hampir', 'sedikitnya', 'setidaknya', 'sekira',
    'kira-kira', 'lebih dari', 'kurang dari', 'minimal', 'maksimal', 'paling sedikit', 'hanya',
  ],
  bounds: {
    sekitar: 'about', 'kurang lebih': 'about', 'lebih kurang': 'about', sekira: 'about', 'kira-kira': 'about',
    hampir: 'atMost', 'kurang dari': 'atMost', maksimal: 'atMost',
    sedikitnya: 'atLeast', setidaknya: 'atLeast', 'lebih dari': 'atLeast', minimal: 'atLeast', 'paling sedikit': 'atLeast', lebih: 'atLeast',
  },
  timeUnits: list(`
    detik menit jam hari pekan minggu bulan tahun dekade abad windu malam pagi siang sore
    tahunan bulanan harian jam-an kuartal triwulan semester`),
  nonClaimBefore: list(`
    pukul jam ke nomor no no. nomer tanggal tgl pasal ayat halaman hal. kode tahun angka
    lantai kilometer km babak putaran gelombang tahap jilid edisi seri versi`),
  idioms: ['salah satu', 'satu-satunya', 'satu sama lain', 'satu per satu', 'dua kali lipat', 'satu dua'],
  notUnits: list(`
    yang dan atau di ke dari pada untuk dengan oleh dalam atas bagi itu ini tersebut adalah
    merupakan akan telah sudah juga pun lalu lagi saja hanya per kali lipat tahun-tahun
    sebesar senilai menjadi mencapai hingga sampai sedangkan sementara serta namun tetapi tapi
    maupun ataupun melainkan diantaranya antaranya pertama kedua ketiga keempat kelima terakhir`),
  classifiers: list('buah ekor biji lembar helai butir unit batang'),
  estimateVerbs: list('memperhitungkan menghitung memproyeksikan memprediksi menaksir mengestimasi'),
  // Speech passives take a bare agent (`disampaikan Koalisi X`); the others need `oleh`, as a
  // capitalised word after `diperkirakan` is mostly the clause's subject (`diperkirakan Indonesia …`).
  passiveReportCues: [
    'disampaikan', 'diterangkan', 'dijelaskan', 'diungkapkan', 'dikatakan', 'disebutkan',
    'dinyatakan oleh', 'dicatat oleh', 'dirilis oleh', 'diumumkan oleh', 'diperkirakan oleh',
    'dihitung oleh', 'diproyeksikan oleh',
  ],
  continuations: [
    'sedangkan', 'bahkan', 'dan', 'serta', 'sementara bila', 'sementara jika', 'sementara kalau',
    'dari jumlah itu', 'dari jumlah tersebut',
  ],
  rangeJoiners: ['-', '–', '—', 'hingga', 'sampai', 'sampai dengan', 's.d.', 's/d'],
  listJoiners: ['dan', 'atau'],
  approximatorsAfter: list('lebih'),
  modifiersBeforeNoun: false,
};
