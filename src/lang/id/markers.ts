/**
 * Words Indonesian writes where Malay writes otherwise (`karena`/`kerana`, `bahwa`/`bahawa`,
 * `setelah`/`selepas`, `bisa`/`boleh`, `rupiah`/`ringgit`): they tell the two apart.
 */
export const markers: readonly string[] = `karena bahwa setelah bisa adalah kantor rupiah pekan pemerintah
  kemarin saja uang polisi maupun yaitu mengatakan enggak nggak menurutnya internasional mobil
  kepolisian dpr wib pukul`.split(/\s+/);
