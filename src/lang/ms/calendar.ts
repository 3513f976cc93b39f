/** Malay month and weekday names as Malaysian news prints them, with common abbreviations. */
export const months: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2,
  mac: 3,
  april: 4, apr: 4,
  mei: 5,
  jun: 6,
  julai: 7, jul: 7,
  ogos: 8, ogo: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  disember: 12, dis: 12,
};

export const weekdays: Record<string, number> = {
  ahad: 0,
  isnin: 1,
  selasa: 2,
  rabu: 3,
  khamis: 4,
  jumaat: 5,
  sabtu: 6,
};

/** Malaysia keeps one zone. */
export const timeZones: Record<string, string> = {
  myt: '+08:00',
};

/** Named seasons and holidays: calendar words printed with a capital (see LangPack.seasons). */
export const seasons: readonly string[] = 'ramadan ramadhan raya aidilfitri aidiladha deepavali krismas'.split(' ');
