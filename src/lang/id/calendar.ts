/** Indonesian month and weekday names as news prints them, with common abbreviations. */
export const months: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11, nopember: 11, nop: 11,
  desember: 12, des: 12,
};

export const weekdays: Record<string, number> = {
  minggu: 0, ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5, "jum'at": 5,
  sabtu: 6,
};

/** Indonesia's three zones; outlets print them after clock times. */
export const timeZones: Record<string, string> = {
  wib: '+07:00',
  wita: '+08:00',
  wit: '+09:00',
};

/** Named seasons and holidays: calendar words printed with a capital (see LangPack.seasons). */
export const seasons: readonly string[] = 'ramadan ramadhan lebaran idulfitri idul fitri adha natal imlek nyepi waisak'.split(' ');
