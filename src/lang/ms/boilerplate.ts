import type { BoilerplateLexicon } from '../pack.js';
import { boilerplate as id } from '../id/boilerplate.js';

/** Malaysian sites share most Indonesian chrome words; these add the Malay spellings. */
export const boilerplate: BoilerplateLexicon = {
  ...id,
  lines: {
    ...id.lines,
    'berita berkaitan': 'related',
    'artikel berkaitan': 'related',
    berkaitan: 'related',
    'berita lain': 'related',
    kongsi: 'social',
    'kongsi artikel': 'social',
    'laman utama': 'navigation',
  },
  prefixes: { ...id.prefixes, 'ikuti kami': 'social', 'kongsi ': 'social', 'sertai ': 'social' },
  strongPrefixes: { ...id.strongPrefixes, 'baca lagi': 'related', 'berita berkaitan:': 'related' },
  labels: { ...id.labels, penulis: 'author', pemberita: 'author', 'disunting oleh': 'editor' },
  citeBefore: [...id.citeBefore, 'memetik', 'menurut laporan', 'agensi berita', 'dipetik daripada', 'dipetik'],
  citeAfter: [...id.citeAfter],
};
