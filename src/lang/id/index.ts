import type { LangPack } from '../pack.js';
import { months, weekdays, seasons, timeZones } from './calendar.js';
import { stopwords } from './stopwords.js';
import { markers } from './markers.js';
import { boilerplate } from './boilerplate.js';
import { idTime as time } from './time.js';
import { speech } from './speech.js';
import { numbers } from './numbers.js';
import { idNer as ner } from './ner.js';

/** Indonesian: assembled from the data modules beside this file. */
export const id: LangPack = {
  code: 'id',
  months,
  weekdays,
  seasons,
  stopwords,
  timeZones,
  defaultTimeZone: '+07:00',
  markers,
  boilerplate,
  time,
  speech,
  numbers,
  ner,
};
