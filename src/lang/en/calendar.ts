/** English month and weekday names with their usual abbreviations. */
export const months: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const weekdays: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

export const timeZones: Record<string, string> = {
  utc: '+00:00', gmt: '+00:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00',
  cest: '+02:00', jst: '+09:00', kst: '+09:00', ist: '+05:30', aest: '+10:00',
};

/** Named seasons and holidays: calendar words printed with a capital (see LangPack.seasons). */
export const seasons: readonly string[] = 'christmas easter ramadan thanksgiving hanukkah passover lent'.split(' ');
