/**
 * A horizontal, zoomable timeline: events in the upper band, dated background facts in the
 * lower band, the sources of the chosen entry underneath. Mouse wheel or +/− zoom around the
 * pointer (or the middle), drag or ←/→ pan, 0 fits everything; every entry is a button.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { scaleUtc } from 'd3-scale';
import { dateToMs, formatDate, formatDateTime, formatRange, useI18n, type Lang } from '../i18n.js';
import { href, type SourceViewT } from '../api.js';

export interface TimelineEntry {
  key: string;
  date: string;
  dateEnd: string | null;
  label: string;
  kind: 'event' | 'fact';
  eventId: string | null;
  sources: SourceViewT[];
}

interface Placed extends TimelineEntry {
  t0: number;
  t1: number;
  lane: number;
}

const DAY = 86_400_000;
const LANE_H = 68;
const LABEL_W = 190;

function fitDomain(items: { t0: number; t1: number }[]): [number, number] {
  if (items.length === 0) {
    const now = Date.now();
    return [now - 365 * DAY, now];
  }
  let lo = Math.min(...items.map((i) => i.t0));
  let hi = Math.max(...items.map((i) => i.t1));
  if (hi - lo < 30 * DAY) {
    const mid = (lo + hi) / 2;
    lo = mid - 15 * DAY;
    hi = mid + 15 * DAY;
  }
  // Room on the right for the last entry's label (about a fifth of the width).
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + (hi - lo) * 0.25];
}

function tickLabel(ms: number, span: number, lang: Lang): string {
  const d = new Date(ms);
  const loc = lang === 'id' ? 'id-ID' : 'en-GB';
  if (span > 3 * 365 * DAY) return String(d.getUTCFullYear());
  if (span > 90 * DAY) return new Intl.DateTimeFormat(loc, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
  return new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Greedy lanes: an entry goes to the first lane whose last label ends before it starts. */
function assignLanes(items: Placed[], x: (t: number) => number): { lanes: number } {
  const ends: number[] = [];
  for (const it of items) {
    const left = x(it.t0);
    let lane = ends.findIndex((end) => end < left);
    if (lane < 0) {
      lane = ends.length;
      ends.push(0);
    }
    ends[lane] = Math.max(x(it.t1), left + LABEL_W);
    it.lane = lane;
  }
  return { lanes: Math.max(1, ends.length) };
}

export function Timeline({ entries, title }: { entries: TimelineEntry[]; title: string }) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(960);
  const placed = useMemo<Placed[]>(
    () =>
      entries
        .map((e) => {
          const t0 = dateToMs(e.date);
          if (t0 === null) return null;
          const t1 = (e.dateEnd ? dateToMs(e.dateEnd) : null) ?? t0;
          return { ...e, t0, t1: Math.max(t0, t1), lane: 0 };
        })
        .filter((e): e is Placed => e !== null)
        .sort((a, b) => a.t0 - b.t0 || a.key.localeCompare(b.key)),
    [entries],
  );
  // The first view frames the events; background facts reaching far back are one key away (0).
  const focusDomain = () => fitDomain(placed.some((p) => p.kind === 'event') ? placed.filter((p) => p.kind === 'event') : placed);
  const [domain, setDomain] = useState<[number, number]>(focusDomain);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    setDomain(focusDomain());
    setSelected(null);
  }, [placed]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(320, el.clientWidth));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const [d0, d1] = domain;
  const scale = scaleUtc().domain([d0, d1]).range([0, width]);
  const x = (ms: number) => scale(ms);

  const zoom = (factor: number, centerPx = width / 2) => {
    setDomain(([a, b]) => {
      const c = a + ((b - a) * centerPx) / width;
      let span = (b - a) * factor;
      span = Math.min(Math.max(span, 2 * DAY), 400 * 365 * DAY);
      const left = c - ((c - a) / (b - a)) * span;
      return [left, left + span];
    });
  };
  const pan = (fraction: number) => setDomain(([a, b]) => [a + (b - a) * fraction, b + (b - a) * fraction]);
  const fit = () => setDomain(fitDomain(placed));
  const focusEvents = () => setDomain(focusDomain());

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (ev: WheelEvent) => {
      if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
        ev.preventDefault();
        pan(ev.deltaX / 800);
        return;
      }
      ev.preventDefault();
      const rect = el.getBoundingClientRect();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, ev.clientX - rect.left);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [width]);

  const drag = useRef<{ x: number; domain: [number, number]; moved: boolean } | null>(null);
  const onPointerDown = (ev: PointerEvent) => {
    if ((ev.target as HTMLElement).closest('button')) return;
    drag.current = { x: ev.clientX, domain, moved: false };
    (ev.currentTarget as HTMLElement).setPointerCapture(ev.pointerId);
  };
  const onPointerMove = (ev: PointerEvent) => {
    const dr = drag.current;
    if (!dr) return;
    const dx = ev.clientX - dr.x;
    if (Math.abs(dx) > 2) dr.moved = true;
    const shift = (-dx / width) * (dr.domain[1] - dr.domain[0]);
    setDomain([dr.domain[0] + shift, dr.domain[1] + shift]);
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKey = (ev: KeyboardEvent) => {
    const k = ev.key;
    if (k === '+' || k === '=') zoom(0.8);
    else if (k === '-' || k === '_') zoom(1.25);
    else if (k === 'ArrowLeft') pan(-0.15);
    else if (k === 'ArrowRight') pan(0.15);
    else if (k === '0') fit();
    else if (k === 'e' || k === 'E') focusEvents();
    else return;
    ev.preventDefault();
  };

  // Only what is in view takes a lane, so the bands stay as low as the view allows.
  const inView = (p: Placed) => x(p.t1) >= -LABEL_W && x(p.t0) <= width + 20;
  const events = placed.filter((p) => p.kind === 'event' && inView(p));
  const facts = placed.filter((p) => p.kind === 'fact' && inView(p));
  const evLanes = assignLanes(events, x).lanes;
  const factLanes = facts.length ? assignLanes(facts, x).lanes : 0;
  const axisY = evLanes * LANE_H + 16;
  const height = axisY + 34 + factLanes * LANE_H + 8;
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 130)));
  const span = d1 - d0;
  const chosen = placed.find((p) => p.key === selected) ?? null;

  const item = (p: Placed, top: number) => {
    const left = x(p.t0);
    const right = x(p.t1);
    if (right < -LABEL_W || left > width + 20) return null;
    const isSel = p.key === selected;
    return (
      <button
        key={p.key}
        type="button"
        class={`tl-item ${p.kind}${isSel ? ' selected' : ''}`}
        style={{ left: `${Math.max(0, left)}px`, top: `${top + p.lane * LANE_H}px`, maxWidth: `${LABEL_W}px` }}
        aria-pressed={isSel}
        data-event={p.eventId ?? undefined}
        data-date={p.date}
        onClick={() => setSelected(isSel ? null : p.key)}
        title={`${formatRange(p.date, p.dateEnd, lang)} — ${p.label}`}
      >
        {right - left > 4 ? <span class="tl-range" style={{ width: `${right - Math.max(0, left)}px` }} /> : null}
        <span class="tl-date">{formatDate(p.date, lang)}</span>
        <span class="tl-label">{p.label}</span>
        <span class="tl-src">{sourceNames(p.sources) || '\u00a0'}</span>
      </button>
    );
  };

  return (
    <section class="timeline" aria-label={`${t('timeline')}: ${title}`}>
      <div class="tl-toolbar" role="toolbar" aria-label={t('timeline')}>
        <button type="button" onClick={() => zoom(0.8)} aria-label={t('zoomIn')} title={t('zoomIn')}>+</button>
        <button type="button" onClick={() => zoom(1.25)} aria-label={t('zoomOut')} title={t('zoomOut')}>−</button>
        <button type="button" onClick={() => pan(-0.25)} aria-label={t('panLeft')} title={t('panLeft')}>←</button>
        <button type="button" onClick={() => pan(0.25)} aria-label={t('panRight')} title={t('panRight')}>→</button>
        <button type="button" onClick={focusEvents}>{t('focusEvents')}</button>
        <button type="button" onClick={fit}>{t('fit')}</button>
        <span class="tl-range-label">
          {formatDate(new Date(d0).toISOString().slice(0, 10), lang)} – {formatDate(new Date(d1).toISOString().slice(0, 10), lang)}
        </span>
      </div>
      <p class="hint" id="tl-help">{t('timelineHelp')}</p>
      <div
        ref={box}
        class="tl-canvas"
        style={{ height: `${height}px` }}
        tabIndex={0}
        role="group"
        aria-describedby="tl-help"
        aria-label={`${t('timeline')}: ${title}`}
        onKeyDown={onKey}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <div class="tl-band-label" style={{ top: '0px' }}>{t('eventsBand')}</div>
        {factLanes ? <div class="tl-band-label" style={{ top: `${axisY + 34}px` }}>{t('factsBand')}</div> : null}
        <div class="tl-axis" style={{ top: `${axisY}px` }} aria-hidden="true">
          {ticks.map((tk) => (
            <span key={+tk} class="tl-tick" style={{ left: `${x(+tk)}px` }}>{tickLabel(+tk, span, lang)}</span>
          ))}
        </div>
        {events.map((p) => item(p, 18))}
        {facts.map((p) => item(p, axisY + 52))}
      </div>
      <div class="tl-detail" aria-live="polite">
        {chosen ? <EntryDetail entry={chosen} /> : null}
      </div>
      <details class="tl-list">
        <summary>{t('chronology')} ({placed.length})</summary>
        <ol>
          {placed.map((p) => (
            <li key={p.key} class={p.kind}>
              <span class="muted">{formatRange(p.date, p.dateEnd, lang)}</span>{' '}
              {p.eventId ? <a href={href.event(p.eventId)}>{p.label}</a> : <span>{p.label}</span>}
              {p.sources.length ? <span class="muted"> — {sourceNames(p.sources)}</span> : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function sourceNames(sources: SourceViewT[]): string {
  return [...new Set(sources.map((s) => s.outlet ?? s.title ?? s.article))].join(', ');
}

function EntryDetail({ entry }: { entry: TimelineEntry }) {
  const { t, lang } = useI18n();
  return (
    <article class="card">
      <h3>
        <span class="muted">{formatRange(entry.date, entry.dateEnd, lang)}</span> · {entry.label}
      </h3>
      {entry.eventId ? (
        <p>
          <a href={href.event(entry.eventId)}>{t('openEvent')} →</a>
        </p>
      ) : null}
      <h4>{t('sources')}</h4>
      {entry.sources.length === 0 ? (
        <p class="muted">{t('noSources')}</p>
      ) : (
        <ul class="sources">
          {entry.sources.map((s, i) => (
            <li key={`${s.article}-${i}`}>
              <a href={href.article(s.article)}>{s.outlet ?? s.title ?? s.article}</a>
              {s.publishedAt ? <span class="muted"> · {formatDateTime(s.publishedAt, lang)}</span> : null}
              {s.text ? <blockquote>{s.text}</blockquote> : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
