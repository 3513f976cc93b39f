import type { NumberLexicon } from '../numbers.js';

const list = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);

/** English number words and formats (`twenty-five`, `1.5 million`, `10,000`, `$2.3 billion`). */
export const numbers: NumberLexicon = {
  code: 'en',
  thousandsSep: ',',
  decimalMark: '.',
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, dozen: 12,
  },
  multipliers: { hundred: 100 },
  scales: { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 },
  fractions: { half: 0.5, quarter: 0.25 },
  joiners: ['and'],
  currencyBefore: {
    $: 'dollar', us$: 'dollar', usd: 'dollar', '€': 'euro', eur: 'euro', '£': 'pound',
    gbp: 'pound', '¥': 'yen', rp: 'rupiah', 'rp.': 'rupiah', idr: 'rupiah',
  },
  currencyAfter: {
    dollars: 'dollar', dollar: 'dollar', euros: 'euro', euro: 'euro', pounds: 'pound', yen: 'yen',
    yuan: 'yuan', rupiah: 'rupiah', rubles: 'ruble', won: 'won',
  },
  percent: { percent: 'percent', 'per cent': 'percent', '%': 'percent' },
  approximators: [
    'about', 'around', 'approximately', 'nearly', 'almost', 'some', 'roughly', 'over', 'under',
    'more than', 'less than', 'fewer than', 'at least', 'up to', 'an estimated', 'only',
  ],
  bounds: {
    about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about', 'an estimated': 'about',
    nearly: 'atMost', almost: 'atMost', under: 'atMost', 'less than': 'atMost', 'fewer than': 'atMost', 'up to': 'atMost',
    over: 'atLeast', 'more than': 'atLeast', 'at least': 'atLeast', plus: 'atLeast',
  },
  timeUnits: list(`
    second seconds minute minutes hour hours day days week weeks month months year years decade
    decades century centuries year-old years-old`),
  nonClaimBefore: list(`no no. number page chapter article section room flight route year`),
  idioms: ['one of', 'one another', 'one by one', 'a few', 'a lot', 'a number', 'a half'],
  notUnits: list(`
    the a an and or of in on at to from for with by is are was were be been that which who this
    these those it its per times than as into over more less while whereas but`),
  classifiers: list('head pieces'),
  estimateVerbs: list('estimated estimates calculated calculates projected projects reckons reckoned'),
  passiveReportCues: [
    'stated by', 'reported by', 'estimated by', 'announced by', 'released by', 'projected by',
    'calculated by',
  ],
  continuations: ['and', 'while', 'whereas', 'of those', 'of them', 'of these'],
  rangeJoiners: ['-', '–', '—', 'to'],
  listJoiners: ['and', 'or'],
  approximatorsAfter: list('plus'),
  modifiersBeforeNoun: true,
};
