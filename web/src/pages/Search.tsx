/** Search with filters; the query lives in the address (#/search?q=…) so results can be shared. */
import { api, href, useLoad, type SearchResultT } from '../api.js';
import { formatDate, formatDateTime, useI18n, type Key } from '../i18n.js';
import { Load, Pager } from '../components/common.js';

const FIELDS = ['q', 'from', 'to', 'outlet', 'language', 'offset'] as const;

export function SearchPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const p: Record<string, string | undefined> = {};
  for (const f of FIELDS) p[f] = params.get(f) || undefined;
  const key = JSON.stringify(p);
  return (
    <div class="search">
      <h1>{t('search')}</h1>
      <form
        class="search-form"
        role="search"
        key={key}
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          const next: Record<string, string | undefined> = {};
          for (const f of FIELDS) if (f !== 'offset') next[f] = ((fd.get(f) as string | null) ?? '').trim() || undefined;
          location.hash = href.search(next);
        }}
      >
        <div class="field wide">
          <label for="s-q">{t('searchLabel')}</label>
          <input id="s-q" name="q" type="search" defaultValue={p.q ?? ''} placeholder={t('searchPlaceholder')} required maxLength={500} />
        </div>
        <div class="field">
          <label for="s-from">{t('from')}</label>
          <input id="s-from" name="from" type="date" defaultValue={p.from ?? ''} />
        </div>
        <div class="field">
          <label for="s-to">{t('to')}</label>
          <input id="s-to" name="to" type="date" defaultValue={p.to ?? ''} />
        </div>
        <div class="field">
          <label for="s-outlet">{t('outlet')}</label>
          <input id="s-outlet" name="outlet" type="text" defaultValue={p.outlet ?? ''} maxLength={200} />
        </div>
        <div class="field">
          <label for="s-lang">{t('language')}</label>
          <select id="s-lang" name="language" defaultValue={p.language ?? ''}>
            <option value="">{t('anyLanguage')}</option>
            <option value="id">{t('langId')}</option>
            <option value="en">{t('langEn')}</option>
          </select>
        </div>
        <div class="field">
          <button type="submit">{t('search')}</button>
        </div>
      </form>
      {p.q ? <Results p={p} /> : null}
    </div>
  );
}

function Results({ p }: { p: Record<string, string | undefined> }) {
  const s = useLoad(`search:${JSON.stringify(p)}`, () => api.search({ ...p, limit: 20 }));
  return <Load s={s}>{(r) => <ResultView r={r} p={p} />}</Load>;
}

function ResultView({ r, p }: { r: SearchResultT; p: Record<string, string | undefined> }) {
  const { t, lang } = useI18n();
  const empty = r.entities.length === 0 && r.events.length === 0 && r.articles.total === 0;
  return (
    <div class="results" aria-live="polite">
      {empty ? <p class="empty">{t('noResults')}</p> : null}
      {r.entities.length ? (
        <section aria-labelledby="r-ent">
          <h2 id="r-ent">{t('entities')}</h2>
          <ul class="entity-results">
            {r.entities.map((e) => (
              <li key={e.id} class="entity-result">
                <a href={href.entity(e.id)}>{e.name}</a> <span class="muted">{t(e.type as Key)}</span>
                {e.aliases.length ? (
                  <div class="aliases muted">
                    {t('aliases')}: {e.aliases.join(' · ')}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.events.length ? (
        <section aria-labelledby="r-ev">
          <h2 id="r-ev">{t('events')}</h2>
          <ol class="event-list">
            {r.events.map((e) => (
              <li key={e.id}>
                <span class="muted">{formatDate(e.date, lang)}</span> <a href={href.event(e.id)}>{e.title}</a>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {r.articles.total ? (
        <section aria-labelledby="r-art">
          <h2 id="r-art">
            {t('articles')} <span class="muted">({r.articles.total} {t('results')})</span>
          </h2>
          <ul class="article-results">
            {r.articles.items.map((a) => (
              <li key={a.id}>
                <a href={href.article(a.id)}>{a.title ?? a.id}</a>
                <div class="muted">
                  {a.outlet ?? '—'} · {formatDateTime(a.publishedAt, lang)}
                </div>
                {a.snippet ? <p class="snippet">{a.snippet}</p> : null}
              </li>
            ))}
          </ul>
          <Pager
            total={r.articles.total}
            limit={r.articles.limit}
            offset={r.articles.offset}
            go={(offset) => {
              location.hash = href.search({ ...p, offset: offset ? String(offset) : undefined });
            }}
          />
        </section>
      ) : null}
    </div>
  );
}
