/** One article: metadata, clean text, what the annotators found, and what cleaning removed. */
import { api, href, safeHttpUrl, useLoad, type ArticleDetailT } from '../api.js';
import { formatDate, formatDateTime, formatNumber, useI18n, type Key } from '../i18n.js';
import { EntityChip, Load } from '../components/common.js';

export function ArticlePage({ id }: { id: string }) {
  const s = useLoad(`article:${id}`, () => api.article(id));
  return <Load s={s}>{(d) => <ArticleView d={d} />}</Load>;
}

function ArticleView({ d }: { d: ArticleDetailT }) {
  const { t, lang } = useI18n();
  const a = d.article;
  const url = safeHttpUrl(a.url);
  const known = new Map(d.entities.map((e) => [e.id, e.name]));
  return (
    <article class="article">
      <header>
        <p class="kicker">{t('article')}</p>
        <h1>
          {a.title ?? a.id}
          {a.titleSource === 'derived' ? <span class="muted small"> ({t('derivedTitle')})</span> : null}
        </h1>
        <dl class="facts">
          <dt>{t('outlet')}</dt>
          <dd>{a.outlet ?? '—'}</dd>
          <dt>{t('published')}</dt>
          <dd>{formatDateTime(a.publishedAt, lang)}</dd>
          {a.dateline ? (
            <>
              <dt>{t('dateline')}</dt>
              <dd>{a.dateline}</dd>
            </>
          ) : null}
          {a.authors.length ? (
            <>
              <dt>{t('authors')}</dt>
              <dd>{a.authors.join(', ')}</dd>
            </>
          ) : null}
          {a.editors?.length ? (
            <>
              <dt>{t('editors')}</dt>
              <dd>{a.editors.join(', ')}</dd>
            </>
          ) : null}
          {a.credits.length ? (
            <>
              <dt>{t('credits')}</dt>
              <dd>{a.credits.map((c) => `${c.name} (${c.role})`).join(', ')}</dd>
            </>
          ) : null}
          <dt>{t('language')}</dt>
          <dd>{t(`language_${a.language}` as Key)}</dd>
          {a.url ? (
            <>
              <dt>{t('originalLink')}</dt>
              <dd>{url ? <a href={url} rel="noopener noreferrer nofollow" target="_blank">{url}</a> : <code>{a.url}</code>}</dd>
            </>
          ) : null}
          {d.duplicates.length ? (
            <>
              <dt>{t('copies')}</dt>
              <dd>
                {d.duplicates.map((dp, i) => {
                  const other = dp.a === a.id ? dp.b : dp.a;
                  const verb = dp.origin === a.id ? t('original') : dp.kind === 'copy' ? t('copyOf') : dp.kind === 'near-copy' ? t('nearCopyOf') : t('sharesWith');
                  return (
                    <div key={i}>
                      {verb} <a href={href.article(other)}>{other}</a> <span class="muted">({Math.round(dp.similarity * 100)}%)</span>
                    </div>
                  );
                })}
              </dd>
            </>
          ) : null}
          {d.events.length ? (
            <>
              <dt>{t('events')}</dt>
              <dd>
                {d.events.map((e, i) => (
                  <span key={e.id}>
                    {i ? ', ' : ''}
                    <a href={href.event(e.id)}>{e.title}</a>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      <section class="body" aria-label={t('article')}>
        {a.text.split(/\n+/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
      {d.entities.length ? (
        <section aria-labelledby="h-ent">
          <h2 id="h-ent">{t('entities')}</h2>
          <ul class="chips">
            {d.entities.map((e) => (
              <li key={e.id}>
                <EntityChip e={e} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.quotes.length ? (
        <section aria-labelledby="h-q">
          <h2 id="h-q">{t('quotes')}</h2>
          <ul class="quotes">
            {a.quotes.map((q, i) => (
              <li key={i}>
                <blockquote>{q.direct ? `“${q.text}”` : q.text}</blockquote>
                {q.speaker ? (
                  <p class="muted">
                    — {known.has(q.speaker) ? <a href={href.entity(q.speaker)}>{known.get(q.speaker)}</a> : q.speaker}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.times.length ? (
        <section aria-labelledby="h-t">
          <h2 id="h-t">{t('times')}</h2>
          <ul>
            {a.times.map((x, i) => (
              <li key={i}>
                “{x.text}” → {/^\d{4}/.test(x.value) ? formatDate(x.value, lang) : x.value}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.claims.length ? (
        <section aria-labelledby="h-c">
          <h2 id="h-c">{t('claims')}</h2>
          <ul>
            {a.claims.map((c, i) => (
              <li key={i}>
                <strong>{formatNumber(c.quantity, lang)}</strong> {c.unit ?? ''}
                {c.attributedTo ? ` · ${t('according')} ${c.attributedTo}` : ''} — “{c.text}”
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.removed.length ? (
        <details>
          <summary>
            {t('removed')} ({a.removed.length})
          </summary>
          <ul class="removed">
            {a.removed.map((r, i) => (
              <li key={i}>
                <code>{r.reason}</code> {r.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
