/**
 * Language-neutral knowledge of the news genre: names of the big wire services and picture
 * agencies, and words that make a name a medium (`… News`, `… Times`, `Harian …`). The clean
 * stage uses them to tell a credited source from a person.
 */
export const newsAgencies: readonly string[] = [
  'AFP', 'AP', 'Reuters', 'Antara', 'ANTARA', 'Xinhua', 'Anadolu', 'Bernama', 'Kyodo', 'Yonhap',
  'TASS', 'Sputnik', 'RIA Novosti', 'KCNA', 'EFE', 'DPA', 'ANSA', 'PTI', 'ANI', 'UPI', 'NHK',
  'BBC', 'CNN', 'VoA', 'VOA', 'Al Jazeera', 'Bloomberg', 'AAP', 'CNA', 'Getty Images', 'EPA',
  'Associated Press', 'Agence France-Presse',
];

/** Words that, inside or next to a name, mark it as a medium (lower case). */
export const mediaWords: readonly string[] = [
  'news', 'times', 'post', 'agency', 'tv', 'herald', 'journal', 'press', 'daily', 'tribune',
  'gazette', 'radio', 'online', 'media', 'pos', 'harian', 'kantor', 'berita', 'channel', 'network',
  'broadcasting', 'magazine', 'majalah', 'televisi', 'wire', 'one', 'today', 'telegraph', 'guardian',
  'express', 'observer', 'insider', 'street', 'review', 'monitor', 'standard', 'star',
];
