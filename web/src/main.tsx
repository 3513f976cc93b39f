/**
 * Linimasa's web UI. Every piece of article data reaches the page as text through Preact's
 * JSX (escaped); nothing is ever set as HTML, and links are made only from http(s) URLs and
 * from ids (URL-encoded into `#/…` routes).
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nContext, initialLang, translator, type Lang } from './i18n.js';
import { href } from './api.js';
import { HomePage } from './pages/Home.js';
import { EventPage } from './pages/Event.js';
import { EntityPage } from './pages/Entity.js';
import { ArticlePage } from './pages/Article.js';
import { SearchPage } from './pages/Search.js';
import { UploadPage } from './pages/Upload.js';
import './style.css';

interface Route {
  name: string;
  id: string;
  params: URLSearchParams;
}

function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = h.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  let id = '';
  try {
    id = parts[1] ? decodeURIComponent(parts[1]) : '';
  } catch {
    id = '';
  }
  return { name: parts[0] ?? '', id, params: new URLSearchParams(query) };
}

function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      // Move focus to the new content so keyboard and screen-reader users land on it.
      requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: false }));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const i18n = useMemo(
    () => ({
      lang,
      t: translator(lang),
      setLang: (l: Lang) => {
        setLangState(l);
        try {
          localStorage.setItem('linimasa.lang', l);
        } catch {
          /* ignore */
        }
      },
    }),
    [lang],
  );
  const t = i18n.t;

  let page;
  switch (route.name) {
    case '':
      page = <HomePage storylineId={null} />;
      break;
    case 'storyline':
      page = <HomePage storylineId={route.id} />;
      break;
    case 'event':
      page = <EventPage id={route.id} />;
      break;
    case 'entity':
      page = <EntityPage id={route.id} />;
      break;
    case 'article':
      page = <ArticlePage id={route.id} />;
      break;
    case 'search':
      page = <SearchPage params={route.params} />;
      break;
    case 'upload':
      page = <UploadPage />;
      break;
    default:
      page = <p class="error">{t('notFound')}</p>;
  }

  const nav = (name: string, link: string, label: string) => (
    <a href={link} aria-current={route.name === name || (name === '' && route.name === 'storyline') ? 'page' : undefined}>
      {label}
    </a>
  );

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skip')}
      </a>
      <header class="top">
        <a class="brand" href={href.home()}>Linimasa</a>
        <nav aria-label="Linimasa">
          {nav('', href.home(), t('navHome'))}
          {nav('search', href.search(), t('navSearch'))}
          {nav('upload', href.upload(), t('navUpload'))}
        </nav>
        <form
          class="quick-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            const q = (new FormData(e.currentTarget).get('q') as string | null)?.trim();
            if (q) location.hash = href.search({ q });
          }}
        >
          <label class="sr-only" for="quick-q">{t('search')}</label>
          <input id="quick-q" name="q" type="search" placeholder={t('searchPlaceholder')} autoComplete="off" />
          <button type="submit">{t('search')}</button>
        </form>
        <button type="button" class="lang" lang={lang === 'id' ? 'en' : 'id'} aria-label={t('switchLangLabel')} onClick={() => i18n.setLang(lang === 'id' ? 'en' : 'id')}>
          {t('switchLang')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </I18nContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
