import type { Duplicate, Event } from '../../model/types.js';
import { independentCounts } from '../sources.js';

/** Events as exported: each with how many of its articles are independent sources. */
export function eventRecords(events: Event[], duplicates: Duplicate[]): (Event & { independentSources: number })[] {
  const counts = independentCounts(events, duplicates);
  return events.map((e) => ({ ...e, independentSources: counts.get(e.id)! }));
}
