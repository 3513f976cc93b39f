/** Upload box: drop or choose files; they go through the same reader as `linimasa ingest`. */
import { useState } from 'preact/hooks';
import { api, href, useLoad, type IngestResultT } from '../api.js';
import { useI18n } from '../i18n.js';

export function UploadPage() {
  const { t } = useI18n();
  const info = useLoad('info', () => api.info());
  const [files, setFiles] = useState<File[]>([]);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<IngestResultT | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const needsToken = info.state === 'ok' && info.data.writeTokenRequired;
  const maxMb = info.state === 'ok' ? (info.data.limits.maxUploadBytes / 1024 / 1024).toFixed(0) : null;

  const send = async (e: Event) => {
    e.preventDefault();
    if (!files.length) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api.ingest(files, token.trim()));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="upload">
      <h1>{t('upload')}</h1>
      <form onSubmit={send}>
        <div
          class={`dropzone${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            setFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <p id="upload-help">
            {t('uploadHelp')}
            {maxMb ? ` (≤ ${maxMb} MB)` : ''}
          </p>
          <label class="button" for="upload-files">{t('chooseFiles')}</label>
          <input
            id="upload-files"
            class="file-input"
            type="file"
            multiple
            aria-describedby="upload-help"
            accept=".txt,.html,.htm,.json,.jsonl,.ndjson,.xml,.rss,.atom,.gz,text/*,application/json"
            onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
          />
          {files.length ? (
            <ul class="file-list">
              {files.map((f) => (
                <li key={f.name}>
                  {f.name} <span class="muted">({Math.ceil(f.size / 1024)} KB)</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {needsToken ? (
          <div class="field">
            <label for="upload-token">{t('token')}</label>
            <input id="upload-token" type="password" autoComplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} required />
          </div>
        ) : null}
        <button type="submit" disabled={busy || files.length === 0}>{busy ? t('sending') : t('send')}</button>
      </form>
      <div aria-live="polite">
        {error ? <p class="error" role="alert">{t('error')}: {error}</p> : null}
        {result ? (
          <div class="card upload-result">
            <p>
              {result.documents} {t('documents')}: <strong>{result.stored} {t('stored')}</strong>, {result.alreadyStored} {t('alreadyStored')},{' '}
              {result.failed.length} {t('failed')}
            </p>
            {result.articles.length ? (
              <ul>
                {result.articles.map((id) => (
                  <li key={id}>
                    <a href={href.article(id)}>{id}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            {result.failed.length ? (
              <ul class="failures">
                {result.failed.map((f) => (
                  <li key={f.origin}>
                    <code>{f.origin}</code>: {f.reason}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
