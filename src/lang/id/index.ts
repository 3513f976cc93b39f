import type { LangPack } from '../pack.js';
import { months, weekdays, timeZones } from './calendar.js';
import { stopwords } from './stopwords.js';

/** Indonesian: assembled from the data modules beside this file. */
export const id: LangPack = { code: 'id', months, weekdays, stopwords, timeZones };
