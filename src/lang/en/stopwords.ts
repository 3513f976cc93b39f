/** High-frequency English function words. */
export const stopwords: ReadonlySet<string> = new Set(
  `the a an and or but of to in on at for with from by as is are was were be been being has have
  had do does did not no this that these those it its he she they we you i his her their our
  will would can could should may might must said says which who whom whose what when where
  than then there here also after before about into over under more most some any all such
  only just so if because while during since until between against`.split(/\s+/),
);
