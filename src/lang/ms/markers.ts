/**
 * Words Malay writes where Indonesian writes otherwise (`kerana`/`karena`, `bahawa`/`bahwa`,
 * `selepas`/`setelah`, `boleh`/`bisa`, `ringgit`/`rupiah`): they tell the two apart.
 */
export const markers: readonly string[] = `kerana bahawa beliau daripada selepas boleh ialah lepas kerajaan
  ringgit sahaja wang polis berkata semalam manakala mahupun iaitu antarabangsa kenyataan
  memberitahu myt`.split(/\s+/);
