/** One event: summary, its articles (outlet, time, copies), quotes by speaker, entities, claims. */
import { api, href, useLoad, type ArticleHeadT, type ClaimViewT, type DuplicateT, type EventDetailT, type QuoteViewT } from '../api.js';
import { formatDateTime, formatNumber, formatRange, useI18n } from '../i18n.js';
import { EntityChip, Load } from '../components/common.js';

export function EventPage({ id }: { id: string }) {
  const s = useLoad(`event:${id}`, () => api.event(id));
  return <Load s={s}>{(d) => <EventView d={d} />}</Load>;
}

function EventView({ d }: { d: EventDetailT }) {
  const { t, lang } = useI18n();
  const e = d.event;
  return (
    <article class="event">
      <header>
        <p class="kicker">{t('event')}</p>
        <h1>{e.title}</h1>
        <p class="meta">
          <span class="event-date">{e.date ? formatRange(e.date, e.dateEnd, lang) : '—'}</span>
          {e.place ? <> · <span>{e.place}</span></> : null}
          {d.storylines.map((s) => (
            <span key={s.id}> · <a href={href.storyline(s.id)}>{s.title}</a></span>
          ))}
        </p>
      </header>
      {e.summary ? (
        <section aria-labelledby="h-summary">
          <h2 id="h-summary">{t('summary')}</h2>
          <p class="summary">
            <CitedText text={e.summary} articles={d.articles} />
          </p>
        </section>
      ) : null}
      <Articles articles={d.articles} duplicates={d.duplicates} />
      <Quotes quotes={d.quotes} articles={d.articles} />
      <section aria-labelledby="h-entities">
        <h2 id="h-entities">{t('entities')}</h2>
        {d.entities.length ? (
          <ul class="chips">
            {d.entities.map((x) => (
              <li key={x.id}>
                <EntityChip e={x} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('none')}</p>
        )}
      </section>
      <Claims claims={d.claims} articles={d.articles} />
    </article>
  );
}

/**
 * The summary cites its sources as `[article-id]` after each sentence (the form the CLI and the
 * export print); a reader wants the outlet's name, linked to the article, not the id.
 */
function CitedText({ text, articles }: { text: string; articles: ArticleHeadT[] }) {
  const parts = text.split(/\[([0-9a-z]+)\]/);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 0 ? (
          p
        ) : articles.some((a) => a.id === p) ? (
          <a key={i} class="cite" href={href.article(p)}>
            [{outletOf(articles, p)}]
          </a>
        ) : (
          `[${p}]`
        ),
      )}
    </>
  );
}

function outletOf(articles: ArticleHeadT[], id: string): string {
  const a = articles.find((x) => x.id === id);
  return a?.outlet ?? a?.title ?? id;
}

function Articles({ articles, duplicates }: { articles: ArticleHeadT[]; duplicates: DuplicateT[] }) {
  const { t, lang } = useI18n();
  const copyNote = (id: string) =>
    duplicates
      .filter((dp) => dp.a === id || dp.b === id)
      .map((dp) => {
        const other = dp.a === id ? dp.b : dp.a;
        const isOrigin = dp.origin === id;
        const verb = dp.kind === 'copy' ? t('copyOf') : dp.kind === 'near-copy' ? t('nearCopyOf') : t('sharesWith');
        return {
          key: `${dp.a}-${dp.b}`,
          text: isOrigin ? `${t('original')} · ${outletOf(articles, other)}` : `${verb} ${outletOf(articles, other)}`,
          pct: Math.round(dp.similarity * 100),
        };
      });
  return (
    <section aria-labelledby="h-articles">
      <h2 id="h-articles">
        {t('articles')} <span class="muted">({articles.length})</span>
      </h2>
      <table class="articles">
        <thead>
          <tr>
            <th scope="col">{t('outlet')}</th>
            <th scope="col">{t('published')}</th>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('copies')}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} data-article={a.id}>
              <td class="outlet">{a.outlet ?? '—'}</td>
              <td class="nowrap">{formatDateTime(a.publishedAt, lang)}</td>
              <td>
                <a href={href.article(a.id)}>{a.title ?? a.id}</a>
              </td>
              <td>
                {copyNote(a.id).map((n) => (
                  <div key={n.key} class="copy-note">
                    {n.text} <span class="muted">({n.pct}%)</span>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Quotes({ quotes, articles }: { quotes: QuoteViewT[]; articles: ArticleHeadT[] }) {
  const { t } = useI18n();
  const groups = new Map<string, { name: string; speaker: string | null; quotes: QuoteViewT[] }>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    if (!groups.has(key)) groups.set(key, { name: q.speakerName ?? (q.speaker ? q.speaker : t('unknownSpeaker')), speaker: q.speaker, quotes: [] });
    groups.get(key)!.quotes.push(q);
  }
  return (
    <section aria-labelledby="h-quotes">
      <h2 id="h-quotes">{t('quotesBySpeaker')}</h2>
      {groups.size === 0 ? <p class="muted">{t('none')}</p> : null}
      {[...groups.values()].map((g) => (
        <div class="speaker" key={g.speaker ?? ''}>
          <h3>{g.speaker && g.quotes[0].speakerName ? <a href={href.entity(g.speaker)}>{g.name}</a> : g.name}</h3>
          <ul class="quotes">
            {g.quotes.map((q, i) => (
              <li key={`${q.article}-${q.start}-${i}`}>
                <blockquote class={q.direct ? 'direct' : 'indirect'}>{q.direct ? `“${q.text}”` : q.text}</blockquote>
                <p class="muted">
                  — <a href={href.article(q.article)}>{outletOf(articles, q.article)}</a>
                  {q.direct ? null : ` · ${t('indirect')}`}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Claims grouped by what they count (unit), one column per source, so numbers line up. */
function Claims({ claims, articles }: { claims: ClaimViewT[]; articles: ArticleHeadT[] }) {
  const { t, lang } = useI18n();
  if (claims.length === 0) {
    return (
      <section aria-labelledby="h-claims">
        <h2 id="h-claims">{t('claims')}</h2>
        <p class="muted">{t('none')}</p>
      </section>
    );
  }
  const cols = articles.filter((a) => claims.some((c) => c.article === a.id));
  const units = [...new Set(claims.map((c) => (c.unit ?? '—').toLowerCase()))];
  return (
    <section aria-labelledby="h-claims">
      <h2 id="h-claims">{t('claims')}</h2>
      <div class="scroll-x">
        <table class="claims">
          <thead>
            <tr>
              <th scope="col">{t('claimWhat')}</th>
              {cols.map((a) => (
                <th scope="col" key={a.id}>{a.outlet ?? a.title ?? a.id}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u}>
                <th scope="row">{u}</th>
                {cols.map((a) => (
                  <td key={a.id}>
                    {claims
                      .filter((c) => c.article === a.id && (c.unit ?? '—').toLowerCase() === u)
                      .map((c, i) => (
                        <div class="claim" key={i}>
                          <strong>{formatNumber(c.quantity, lang)}</strong>
                          {c.attributedTo ? <span class="muted"> · {t('according')} {c.attributedTo}</span> : null}
                          <div class="claim-text">{c.text}</div>
                        </div>
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
