import type { LangPack } from '../pack.js';
import { id } from '../id/index.js';
import { months, weekdays, seasons, timeZones } from './calendar.js';
import { stopwords } from './stopwords.js';
import { markers } from './markers.js';
import { boilerplate } from './boilerplate.js';

/**
 * Malay: assembled from the data modules beside this file. Fields Malay has no table for yet fall
 * back to the Indonesian pack (the closest language), so every stage still finds what it reads.
 */
export const ms: LangPack = {
  ...id,
  code: 'ms',
  months,
  weekdays,
  seasons,
  stopwords,
  timeZones,
  defaultTimeZone: '+08:00',
  markers,
  boilerplate,
};
