import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n.js';
import { href, type Loaded } from '../api.js';

/** Renders a load's state: a spinner line, the server's error message, or the content. */
export function Load<T>({ s, children }: { s: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const { t } = useI18n();
  if (s.state === 'loading') return <p class="muted" role="status">{t('loading')}</p>;
  if (s.state === 'error') {
    return (
      <p class="error" role="alert">
        {'status' in s.error && (s.error as { status: number }).status === 404 ? t('notFound') : t('error')}: {s.error.message}
      </p>
    );
  }
  return <>{children(s.data)}</>;
}

export function EntityChip({ e }: { e: { id: string; name: string; type: string } }) {
  const { t } = useI18n();
  const typeLabel = (t as (k: string) => string)(e.type) ?? e.type;
  return (
    <a class={`chip type-${e.type.toLowerCase()}`} href={href.entity(e.id)} title={typeLabel}>
      {e.name}
    </a>
  );
}

export function Pager({ total, limit, offset, go }: { total: number; limit: number; offset: number; go: (offset: number) => void }) {
  const { t } = useI18n();
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav class="pager" aria-label={t('page')}>
      <button type="button" disabled={offset === 0} onClick={() => go(Math.max(0, offset - limit))}>← {t('prev')}</button>
      <span>{t('page')} {page} / {pages}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => go(offset + limit)}>{t('more')} →</button>
    </nav>
  );
}
