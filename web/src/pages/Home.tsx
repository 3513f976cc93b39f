/** The front page: a storyline's timeline (or every event when there are no storylines yet). */
import { api, href, useLoad, type EventT, type TimelineViewT } from '../api.js';
import { useI18n } from '../i18n.js';
import { Load } from '../components/common.js';
import { Timeline, type TimelineEntry } from '../components/Timeline.js';

function entriesOfTimeline(v: TimelineViewT): TimelineEntry[] {
  const out: TimelineEntry[] = v.items.map((it, i) => ({
    key: `${i}`,
    date: it.date,
    dateEnd: it.dateEnd,
    label: it.event ? it.event.title : it.text,
    kind: it.event ? 'event' : 'fact',
    eventId: it.event?.id ?? null,
    sources: it.sources,
  }));
  // Events of the storyline that no timeline entry names still belong on the timeline.
  const named = new Set(v.items.map((i) => i.event?.id).filter(Boolean));
  for (const e of v.events) if (!named.has(e.id) && e.date) out.push(eventEntry(e));
  return out;
}

function eventEntry(e: EventT): TimelineEntry {
  return { key: `ev:${e.id}`, date: e.date!, dateEnd: e.dateEnd, label: e.title, kind: 'event', eventId: e.id, sources: [] };
}

export function HomePage({ storylineId }: { storylineId: string | null }) {
  const { t } = useI18n();
  const list = useLoad('storylines', () => api.storylines({ limit: 100 }));
  return (
    <Load s={list}>
      {(page) => {
        const id = storylineId ?? page.items[0]?.id ?? null;
        return (
          <div class="home">
            {page.items.length > 1 || storylineId ? (
              <nav class="storylines" aria-label={t('storylines')}>
                <h2 class="sr-only">{t('storylines')}</h2>
                <ul>
                  {page.items.map((s) => (
                    <li key={s.id}>
                      <a href={href.storyline(s.id)} aria-current={s.id === id ? 'page' : undefined}>
                        {s.title} <span class="muted">({s.events.length})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            {id ? <StorylineTimeline id={id} /> : <AllEvents />}
          </div>
        );
      }}
    </Load>
  );
}

function StorylineTimeline({ id }: { id: string }) {
  const { t } = useI18n();
  const s = useLoad(`tl:${id}`, () => api.timeline(id));
  return (
    <Load s={s}>
      {(v) => (
        <>
          <h1>
            <span class="kicker">{t('storyline')}</span> {v.storyline.title}
          </h1>
          <Timeline entries={entriesOfTimeline(v)} title={v.storyline.title} />
        </>
      )}
    </Load>
  );
}

function AllEvents() {
  const { t } = useI18n();
  const s = useLoad('all-events', () => api.events({ limit: 200 }));
  return (
    <Load s={s}>
      {(p) =>
        p.items.length === 0 ? (
          <p class="empty">
            {t('noEvents')} <a href={href.upload()}>{t('navUpload')}</a>
          </p>
        ) : (
          <>
            <h1>{t('allEvents')}</h1>
            <Timeline entries={p.items.filter((e) => e.date).map(eventEntry)} title={t('allEvents')} />
          </>
        )
      }
    </Load>
  );
}
