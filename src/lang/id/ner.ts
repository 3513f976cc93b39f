import type { NerLexicon } from '../ner.js';

/** Indonesian titles, cue words and general-knowledge short forms for entity tagging and linking. */

const words = (s: string): string[] => s.split(/\s*\n\s*|\s*;\s*/).map((w) => w.trim()).filter(Boolean);

export const idNer: NerLexicon = {
  code: 'id',
  titles: words(`
    presiden; wakil presiden; wapres; perdana menteri; pm; kanselir; raja; ratu; pangeran; putra mahkota
    sultan; kaisar; emir; syekh; paus; menteri; menteri luar negeri; menlu; menteri pertahanan; menhan
    menteri dalam negeri; mendagri; menteri keuangan; menkeu; menteri kesehatan; menkes; menteri perdagangan
    mendag; menteri pendidikan; mendikbud; menteri agama; menag; menteri koordinator; menko; menko polhukam
    menteri sekretaris negara; mensesneg; menteri bumn; menteri perindustrian; menperin; wakil menteri; wamen
    wakil perdana menteri; sekretaris jenderal; sekjen; sekretaris; sekretaris pers; juru bicara; jubir
    duta besar; dubes; konsul jenderal; konjen; gubernur; wakil gubernur; wagub; bupati; wakil bupati
    wali kota; walikota; wakil wali kota; camat; lurah; kepala desa; kades; ketua; wakil ketua; ketum
    ketua umum; direktur; direktur utama; dirut; direktur jenderal; dirjen; kepala; kepala staf; kasad
    panglima; panglima tni; kapolri; wakapolri; kapolda; kapolres; kapolsek; jaksa agung; hakim; jaksa
    pemimpin; pemimpin tertinggi; pimpinan; komandan; jenderal; letnan jenderal; letjen; mayor jenderal
    mayjen; brigadir jenderal; brigjen; kolonel; letkol; mayor; kapten; marsekal; laksamana; kombes; akbp
    anggota; anggota dpr; senator; pengamat; analis; pakar; peneliti; profesor; rektor; dekan; uskup
    imam; pendeta; ulama; pelatih; kapten tim; penyerang; gelandang; bek; kiper; aktor; aktris; penyanyi
    pengacara; kuasa hukum; tersangka; terdakwa; korban; saksi; pendiri; ceo; pemilik; kepala negara
    kepala pemerintahan; wakil; utusan; utusan khusus; diplomat; kosmonot; mantan; mantan presiden
    calon presiden; capres; cawapres; calon; kandidat; ajudan; penasihat; staf khusus; kepala biro
  `),
  titleForms: {
    menlu: 'menteri luar negeri', menhan: 'menteri pertahanan', mendagri: 'menteri dalam negeri',
    menkeu: 'menteri keuangan', menkes: 'menteri kesehatan', mendag: 'menteri perdagangan',
    menag: 'menteri agama', menko: 'menteri koordinator', mensesneg: 'menteri sekretaris negara',
    menperin: 'menteri perindustrian', wapres: 'wakil presiden', pm: 'perdana menteri',
    sekjen: 'sekretaris jenderal', jubir: 'juru bicara', dubes: 'duta besar', konjen: 'konsul jenderal',
    wagub: 'wakil gubernur', walikota: 'wali kota', kades: 'kepala desa', ketum: 'ketua umum',
    dirut: 'direktur utama', dirjen: 'direktur jenderal', wamen: 'wakil menteri', capres: 'calon presiden',
    cawapres: 'calon wakil presiden', letjen: 'letnan jenderal', mayjen: 'mayor jenderal',
    brigjen: 'brigadir jenderal',
  },
  honorifics: words(`
    bapak; pak; ibu; bu; saudara; sdr; saudari; tuan; nyonya; nona; mas; mbak; bang; kak; dr; drs; dra; ir
    prof; h; hj; haji; hajah; kh; ust; ustaz; ustadz; habib; gus; raden; rm; ra; mr; mrs; ms; sir; st
  `),
  orgCues: words(`
    pt; cv; tbk; persero; partai; universitas; institut; sekolah; akademi; politeknik; kementerian
    kemenlu; badan; dewan; komisi; majelis; mahkamah; pengadilan; kejaksaan; kepolisian; polda; polres
    polsek; bank; perusahaan; yayasan; lembaga; organisasi; asosiasi; ikatan; persatuan; perhimpunan
    serikat; federasi; liga; klub; fc; tim; kantor berita; harian; majalah; televisi; radio; koran
    pemerintah; pemkot; pemkab; pemprov; dinas; direktorat; sekretariat; komando; kodam; korem; kodim
    angkatan; tentara; pasukan; brigade; divisi; kelompok; front; gerakan; aliansi; koalisi; fraksi
    rumah sakit; rs; rsud; bumn; grup; group; holding; corp; inc; ltd; co; kabinet; parlemen; kongres
  `),
  locCues: words(`
    kota; kabupaten; kab; provinsi; prov; desa; kelurahan; kecamatan; dusun; kampung; jalan; jl; gang
    pulau; kepulauan; gunung; pegunungan; sungai; danau; teluk; selat; semenanjung; laut; samudra
    samudera; tanjung; pantai; lembah; dataran; bandara; bandar udara; pelabuhan; stasiun; terminal
    alun-alun; lapangan; taman; benua; wilayah; kawasan; negara bagian; distrik; region
  `),
  areaCues: words(`
    kota; kabupaten; kab; provinsi; prov; desa; kelurahan; kecamatan; dusun; kampung; pulau; kepulauan
    gunung; pegunungan; sungai; danau; teluk; selat; semenanjung; tanjung; lembah; dataran
  `),
  numberedOrgCues: words(`
    sd; sdn; smp; smpn; sma; sman; smk; smkn; mi; min; mts; mtsn; man; slb; tk; sltp; slta
  `),
  orgQualifiers: words(`negeri; swasta; inpres; terpadu; unggulan; islam; kristen; katolik; muhammadiyah`),
  eventCues: words(`
    konferensi; kongres; ktt; konferensi tingkat tinggi; perang; pertempuran; pemilu; pemilihan umum
    pilkada; pilpres; pileg; piala; olimpiade; festival; pameran; forum; sidang; sidang umum; muktamar
    munas; kejuaraan; turnamen; liga; pekan; hari; tragedi; peristiwa; revolusi; insiden; gempa; banjir
    expo; summit; asian games; sea games; world cup; lomba; kompetisi; konser; upacara; peringatan
  `),
  locativeMarkers: words(`
    di; ke; dari; menuju; sampai; hingga; ibu kota; ibukota; kota; tiba di; berada di; asal; dekat
    sekitar; kawasan; wilayah; daerah; via; melalui; mengunjungi; berkunjung ke; kunjungan ke
    menyambangi; mendarat di; berlangsung di; digelar di
  `),
  reactionNouns: words(`
    kekhawatiran; kecemasan; kemarahan; keprihatinan; kegusaran; kekecewaan; kegelisahan; kecurigaan
    kewaspadaan; kecaman; kegeraman; kerisauan; ketegangan
  `),
  conjunctions: words(`dan; atau; serta; maupun`),
  nameConnectors: words(`dan; untuk; bagi; atas; bidang`),
  nameParticles: words(`bin; binti; van; von; der; den; de; da; di; del; la; al; el; bte; ibn; abu; ul`),
  acronyms: {
    AS: 'Amerika Serikat',
    USA: 'Amerika Serikat',
    US: 'Amerika Serikat',
    PBB: 'Perserikatan Bangsa-Bangsa',
    'DK PBB': 'Dewan Keamanan PBB',
    Korut: 'Korea Utara',
    Korsel: 'Korea Selatan',
    RRT: 'Republik Rakyat Tiongkok',
    RRC: 'Republik Rakyat China',
    UE: 'Uni Eropa',
    Inggris: 'Inggris',
    UEA: 'Uni Emirat Arab',
    RI: 'Indonesia',
    NKRI: 'Negara Kesatuan Republik Indonesia',
    Jabar: 'Jawa Barat',
    Jateng: 'Jawa Tengah',
    Jatim: 'Jawa Timur',
    Kaltim: 'Kalimantan Timur',
    Kalbar: 'Kalimantan Barat',
    Kalsel: 'Kalimantan Selatan',
    Kalteng: 'Kalimantan Tengah',
    Sulsel: 'Sulawesi Selatan',
    Sulteng: 'Sulawesi Tengah',
    Sultra: 'Sulawesi Tenggara',
    Sulbar: 'Sulawesi Barat',
    Kaltara: 'Kalimantan Utara',
    Kepri: 'Kepulauan Riau',
    Babel: 'Kepulauan Bangka Belitung',
    Malut: 'Maluku Utara',
    Pabar: 'Papua Barat',
    Sulut: 'Sulawesi Utara',
    Sumut: 'Sumatera Utara',
    Sumbar: 'Sumatera Barat',
    Sumsel: 'Sumatera Selatan',
    DIY: 'Daerah Istimewa Yogyakarta',
    Jogja: 'Yogyakarta',
    Jakbar: 'Jakarta Barat',
    Jaksel: 'Jakarta Selatan',
    Jaktim: 'Jakarta Timur',
    Jakut: 'Jakarta Utara',
    Jakpus: 'Jakarta Pusat',
    Jabodetabek: 'Jabodetabek',
    NTT: 'Nusa Tenggara Timur',
    NTB: 'Nusa Tenggara Barat',
    TNI: 'Tentara Nasional Indonesia',
    Polri: 'Kepolisian Negara Republik Indonesia',
    DPR: 'Dewan Perwakilan Rakyat',
    MPR: 'Majelis Permusyawaratan Rakyat',
    DPD: 'Dewan Perwakilan Daerah',
    KPK: 'Komisi Pemberantasan Korupsi',
    KPU: 'Komisi Pemilihan Umum',
    MK: 'Mahkamah Konstitusi',
    MA: 'Mahkamah Agung',
    BI: 'Bank Indonesia',
    OJK: 'Otoritas Jasa Keuangan',
    BPS: 'Badan Pusat Statistik',
    BMKG: 'Badan Meteorologi, Klimatologi, dan Geofisika',
    BNPB: 'Badan Nasional Penanggulangan Bencana',
    Kemlu: 'Kementerian Luar Negeri',
    Kemenlu: 'Kementerian Luar Negeri',
    Kemhan: 'Kementerian Pertahanan',
    Kemenhan: 'Kementerian Pertahanan',
    NATO: 'Pakta Pertahanan Atlantik Utara',
    ASEAN: 'Perhimpunan Bangsa-Bangsa Asia Tenggara',
    WHO: 'Organisasi Kesehatan Dunia',
    IMF: 'Dana Moneter Internasional',
    KTT: 'Konferensi Tingkat Tinggi',
    KCNA: 'Kantor Berita Pusat Korea',
    VoA: 'Voice of America',
    VOA: 'Voice of America',
    NYTimes: 'The New York Times',
    NYT: 'The New York Times',
    OPEC: 'Organisasi Negara-Negara Pengekspor Minyak',
    UNESCO: 'UNESCO',
  },
  places: words(`
    Indonesia; Malaysia; Singapura; Brunei; Thailand; Vietnam; Filipina; Kamboja; Laos; Myanmar
    Timor Leste; Australia; Selandia Baru; Papua Nugini; Jepang; Korea Selatan; Korea Utara; Tiongkok
    China; Cina; Taiwan; Hong Kong; Mongolia; India; Pakistan; Bangladesh; Sri Lanka; Nepal; Afganistan
    Afghanistan; Iran; Irak; Suriah; Lebanon; Yordania; Israel; Palestina; Arab Saudi; Yaman; Oman
    Qatar; Kuwait; Bahrain; Uni Emirat Arab; Turki; Mesir; Libya; Tunisia; Aljazair; Maroko; Sudan
    Ethiopia; Kenya; Nigeria; Afrika Selatan; Rusia; Ukraina; Belarus; Polandia; Jerman; Prancis
    Perancis; Inggris; Irlandia; Belanda; Belgia; Swiss; Austria; Italia; Spanyol; Portugal; Yunani
    Swedia; Norwegia; Finlandia; Denmark; Hongaria; Rumania; Ceko; Slovakia; Serbia; Kroasia; Georgia
    Armenia; Azerbaijan; Kazakhstan; Uzbekistan; Amerika Serikat; Kanada; Meksiko; Brasil; Argentina
    Chile; Peru; Kolombia; Venezuela; Kuba; Eropa; Asia; Afrika; Amerika; Amerika Latin; Timur Tengah
    Asia Tenggara; Eurasia; Semenanjung Korea; Gaza; Tepi Barat; Krimea; Donbas; Uni Soviet
    Jakarta; Surabaya; Bandung; Medan; Semarang; Makassar; Palembang; Yogyakarta; Denpasar; Bali; Jawa
    Sumatera; Kalimantan; Sulawesi; Papua; Maluku; Moskow; Kremlin; Pyongyang; Seoul; Beijing; Tokyo
    Washington; New York; London; Paris; Berlin; Kyiv; Kiev; Minsk; Istanbul; Ankara; Teheran
    Riyadh; Kairo; Bangkok; Hanoi; Manila; Kuala Lumpur; Canberra; Sydney; New Delhi; Islamabad
    Brussel; Jenewa; Wina; Roma; Madrid; Den Haag; Ottawa; Tel Aviv; Yerusalem; Doha; Dubai
    Vladivostok; Shanghai; Taipei; Dili
    Aceh; Sumatera Utara; Sumatera Barat; Riau; Kepulauan Riau; Jambi; Sumatera Selatan; Bengkulu
    Lampung; Bangka Belitung; Kepulauan Bangka Belitung; Banten; Jawa Barat; Jawa Tengah; Jawa Timur
    Daerah Istimewa Yogyakarta; Nusa Tenggara Barat; Nusa Tenggara Timur; Kalimantan Barat
    Kalimantan Tengah; Kalimantan Selatan; Kalimantan Timur; Kalimantan Utara; Sulawesi Utara
    Gorontalo; Sulawesi Tengah; Sulawesi Barat; Sulawesi Selatan; Sulawesi Tenggara; Maluku Utara
    Papua Barat; Papua Tengah; Papua Selatan; Papua Pegunungan; Papua Barat Daya; Selat Malaka
  `),
  organizations: words(`
    Reuters; AFP; AP; Associated Press; Anadolu; Anadolu Agency; Sputnik; TASS; RIA Novosti; Interfax
    Xinhua; Yonhap; KCNA; Kyodo; Bernama; Antara; Kantor Berita Antara; BBC; CNN; Al Jazeera; VoA; VOA
    Voice of America; NYTimes; New York Times; The New York Times; Washington Post; The Guardian
    Bloomberg; Asia One; South China Morning Post; Kompas; Tempo; Detik; PBB; NATO; ASEAN; Uni Eropa
    WHO; IMF; Bank Dunia; OPEC; Kremlin; Gedung Putih; Pentagon; DPR; MPR; TNI; Polri; KPK
    Tentara Merah; Wehrmacht; Hamas; Hizbullah; Taliban; ISIS; Al Qaeda; Houthi; Khmer Merah; Vatikan
    Dewan Keamanan PBB; Majelis Umum PBB; Mahkamah Internasional; Palang Merah; Bulan Sabit Merah
  `),
  seats: ['kremlin', 'gedung putih'],
  stateMetonyms: {
    moskow: 'Rusia',
    kremlin: 'Rusia',
    pyongyang: 'Korea Utara',
    washington: 'Amerika Serikat',
    'gedung putih': 'Amerika Serikat',
    beijing: 'Tiongkok',
    seoul: 'Korea Selatan',
    tokyo: 'Jepang',
    kyiv: 'Ukraina',
    kiev: 'Ukraina',
    minsk: 'Belarus',
    teheran: 'Iran',
    ankara: 'Turki',
    london: 'Inggris',
    paris: 'Prancis',
    berlin: 'Jerman',
    canberra: 'Australia',
    'kuala lumpur': 'Malaysia',
    jakarta: 'Indonesia',
    'tel aviv': 'Israel',
    riyadh: 'Arab Saudi',
    'new delhi': 'India',
    islamabad: 'Pakistan',
    manila: 'Filipina',
    hanoi: 'Vietnam',
    bangkok: 'Thailand',
    taipei: 'Taiwan',
    // `Amerika` alone as an actor (`membuat Amerika khawatir`) is the state; `di Amerika` the place
    amerika: 'Amerika Serikat',
  },
  placeWordExonyms: {
    directions: {
      north: 'utara', south: 'selatan', east: 'timur', west: 'barat', central: 'tengah',
      southeast: 'tenggara', northeast: 'timur laut', southwest: 'barat daya', northwest: 'barat laut',
    },
    features: {
      strait: 'selat', sea: 'laut', ocean: 'samudra', island: 'pulau', islands: 'kepulauan',
      river: 'sungai', lake: 'danau', mount: 'gunung', mountains: 'pegunungan', bay: 'teluk',
      gulf: 'teluk', cape: 'tanjung', peninsula: 'semenanjung', province: 'provinsi', regency: 'kabupaten',
    },
    words: {
      malacca: 'malaka', java: 'jawa', sumatra: 'sumatera', moluccas: 'maluku', africa: 'afrika',
      america: 'amerika', europe: 'eropa', borneo: 'kalimantan', celebes: 'sulawesi',
    },
    joiners: ['of'],
  },
  exonyms: {
    moscow: 'moskow',
    russia: 'rusia',
    'north korea': 'korea utara',
    'south korea': 'korea selatan',
    'united states': 'amerika serikat',
    'united states of america': 'amerika serikat',
    america: 'amerika serikat',
    usa: 'amerika serikat',
    ukraine: 'ukraina',
    china: 'tiongkok',
    cina: 'tiongkok',
    japan: 'jepang',
    germany: 'jerman',
    france: 'prancis',
    perancis: 'prancis',
    'united kingdom': 'inggris',
    britain: 'inggris',
    'great britain': 'inggris',
    england: 'inggris',
    netherlands: 'belanda',
    egypt: 'mesir',
    'saudi arabia': 'arab saudi',
    turkey: 'turki',
    türkiye: 'turki',
    syria: 'suriah',
    iraq: 'irak',
    'soviet union': 'uni soviet',
    ussr: 'uni soviet',
    'european union': 'uni eropa',
    'united nations': 'perserikatan bangsa-bangsa',
    'un security council': 'dewan keamanan pbb',
    'security council': 'dewan keamanan pbb',
    kiev: 'kyiv',
    cairo: 'kairo',
    tehran: 'teheran',
    singapore: 'singapura',
    philippines: 'filipina',
    cambodia: 'kamboja',
    'new zealand': 'selandia baru',
    'the hague': 'den haag',
    geneva: 'jenewa',
    vienna: 'wina',
    rome: 'roma',
    brussels: 'brussel',
    jerusalem: 'yerusalem',
    'west bank': 'tepi barat',
    crimea: 'krimea',
    poland: 'polandia',
    italy: 'italia',
    spain: 'spanyol',
    greece: 'yunani',
    'red army': 'tentara merah',
  },
};
