import type { LangPack } from '../pack.js';
import { months, weekdays, seasons, timeZones } from './calendar.js';
import { stopwords } from './stopwords.js';
import { markers } from './markers.js';
import { boilerplate } from './boilerplate.js';
import { enTime as time } from './time.js';
import { speech } from './speech.js';
import { numbers } from './numbers.js';
import { enNer as ner } from './ner.js';

/** English: assembled from the data modules beside this file. */
export const en: LangPack = { code: 'en', months, weekdays, seasons, stopwords, timeZones, markers, boilerplate, time, speech, numbers, ner };
