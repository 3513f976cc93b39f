/**
 * Abbreviations after which a full stop ends no sentence (lower case, without the stop):
 * Indonesian and English titles and ranks (`Dr.`, `Jend.`, `Sgt.`, `Const.`), address and company
 * words (`Jl.`, `PT.`, `Inc.`), Latin-ish shorthands (`dll.`, `vs.`). One list for every splitter
 * (the tagger's tokenizer, the quote annotator's sentences, the link stage's sentences), so a
 * title read as a sentence end in one stage is not a title in another.
 */
export const NO_SENTENCE_END: ReadonlySet<string> = new Set(
  `dr drs dra drg prof ir h hj kh st mr mrs ms messrs jr sr sdr bpk jl jln no tel kab prov mt
   sp dll dsb tsb dkk vs etc a.n u.p pt cv tbk inc ltd co cos corp apt rp
   gen jend let kol lt col capt maj sgt cpl pte pvt cmdr const det insp supt sen rep rev gov
   u.s a.s`.split(/\s+/),
);

/**
 * Does a stop after `word` (the letters and dots before it) end no sentence: an abbreviation of the
 * list, an initial (`J.`) or an initialism (`U.S.`, given as `u.s`)?
 */
export function abbreviationStop(word: string): boolean {
  return NO_SENTENCE_END.has(word.toLowerCase()) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
