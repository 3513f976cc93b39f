/** The link stage's sentences (passages, dated sentences, summary lines) do not end at an abbreviation's stop. */
import { expect, it } from 'vitest';
import { sentences } from '../src/text/sentences.js';

const cut = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

it('keeps a title, a company form, an initial and an initialism inside their sentence', () => {
  expect(cut('Menurut dr. Sari Dewi, pasien sudah pulang. Ia sehat.')).toEqual(['Menurut dr. Sari Dewi, pasien sudah pulang.', 'Ia sehat.']);
  expect(cut('Pabrik PT. Maju Jaya tutup sementara. Karyawan dirumahkan.')).toEqual(['Pabrik PT. Maju Jaya tutup sementara.', 'Karyawan dirumahkan.']);
  expect(cut('The U.S. Army said so. J. Smith agreed with Det. Insp. Ross.')).toEqual(['The U.S. Army said so.', 'J. Smith agreed with Det. Insp. Ross.']);
});

it('still ends a sentence at a line break after an abbreviation', () => {
  expect(cut('He works at Acme Inc.\nThe next line.')).toEqual(['He works at Acme Inc.', 'The next line.']);
});
