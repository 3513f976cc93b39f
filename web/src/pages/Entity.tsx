/** One entity: aliases and roles, its events and quotes, and who it appears with. */
import { api, href, useLoad, type EntityDetailT } from '../api.js';
import { formatDate, formatDateTime, useI18n, type Key } from '../i18n.js';
import { Load } from '../components/common.js';
import { CooccurrenceGraph } from '../components/Graph.js';

export function EntityPage({ id }: { id: string }) {
  const s = useLoad(`entity:${id}`, () => api.entity(id));
  return <Load s={s}>{(d) => <EntityView d={d} />}</Load>;
}

function EntityView({ d }: { d: EntityDetailT }) {
  const { t, lang } = useI18n();
  const e = d.entity;
  const outlet = new Map(d.articles.map((a) => [a.id, a.outlet ?? a.title ?? a.id]));
  return (
    <article class="entity">
      <header>
        <p class="kicker">{t(e.type as Key)}</p>
        <h1>{e.name}</h1>
      </header>
      <section aria-labelledby="h-aliases">
        <h2 id="h-aliases">{t('aliases')}</h2>
        {e.aliases.length ? (
          <ul class="chips aliases">
            {e.aliases.map((a) => (
              <li key={a} class="chip plain">{a}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('none')}</p>
        )}
        {e.roles.length ? (
          <>
            <h3>{t('roles')}</h3>
            <ul class="chips">
              {e.roles.map((r) => (
                <li key={r} class="chip plain">{r}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="h-events">
        <h2 id="h-events">{t('events')}</h2>
        {d.events.length ? (
          <ol class="event-list">
            {d.events.map((ev) => (
              <li key={ev.id}>
                <span class="muted">{formatDate(ev.date, lang)}</span> <a href={href.event(ev.id)}>{ev.title}</a>
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t('none')}</p>
        )}
      </section>
      <section aria-labelledby="h-quotes">
        <h2 id="h-quotes">{t('quotes')}</h2>
        {d.quotes.length ? (
          <ul class="quotes">
            {d.quotes.map((q, i) => (
              <li key={`${q.article}-${q.start}-${i}`}>
                <blockquote class={q.direct ? 'direct' : 'indirect'}>{q.direct ? `“${q.text}”` : q.text}</blockquote>
                <p class="muted">
                  — <a href={href.article(q.article)}>{outlet.get(q.article) ?? q.article}</a>
                  {q.direct ? null : ` · ${t('indirect')}`}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('none')}</p>
        )}
      </section>
      <section aria-labelledby="h-with">
        <h2 id="h-with">{t('appearsWith')}</h2>
        {d.cooccurring.length ? (
          <div class="with">
            <CooccurrenceGraph
              center={e.name}
              label={`${t('appearsWith')}: ${e.name}`}
              nodes={d.cooccurring.map((c) => ({ id: c.entity.id, name: c.entity.name, type: c.entity.type, weight: c.articles }))}
            />
            <ul class="with-list">
              {d.cooccurring.map((c) => (
                <li key={c.entity.id}>
                  <a href={href.entity(c.entity.id)}>{c.entity.name}</a>{' '}
                  <span class="muted">
                    {c.articles} {t('inArticles')}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p class="muted">{t('none')}</p>
        )}
      </section>
      <section aria-labelledby="h-art">
        <h2 id="h-art">{t('articles')}</h2>
        <ul class="article-list">
          {d.articles.map((a) => (
            <li key={a.id}>
              <a href={href.article(a.id)}>{a.title ?? a.id}</a>{' '}
              <span class="muted">
                {a.outlet ?? ''} · {formatDateTime(a.publishedAt, lang)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
