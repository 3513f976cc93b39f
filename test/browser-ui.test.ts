/**
 * The web UI in Debian's Chromium (playwright-core): untrusted article data never runs as
 * script or renders as markup, dates read in the reader's terms, and the pages work from the
 * keyboard. The UI is built from web/ into a temporary folder first, so the test checks the
 * source as it is. Screenshots go to test-output/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SqliteStore } from '../src/store/index.js';
import { startServer, type RunningServer } from '../src/server/index.js';
import { seedFixtures, FIXTURE_IDS as I, XSS } from '../src/server/fixtures.js';
import { ROOT, tempDir } from './support.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const noBrowser = existsSync(CHROMIUM) ? false : `Chromium not found at ${CHROMIUM} (apt-get install chromium; listed in .ci/apt-packages)`;
const OUT = join(ROOT, 'test-output');

// Flags for a closed network: no background connections, no sandbox as root.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

describe.skipIf(noBrowser)('web UI in Chromium', () => {
  let store: SqliteStore;
  let srv: RunningServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const cspReports: string[] = [];

  beforeAll(async () => {
    const dir = tempDir('linimasa-ui-');
    await buildWeb(join(dir, 'web'));
    store = new SqliteStore(join(dir, 'ui.db'));
    seedFixtures(store);
    srv = await startServer(store, { port: 0, webRoot: join(dir, 'web'), ratePerMinute: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    // bypassCSP: the page's own rendering must be safe, not only the Content-Security-Policy behind it.
    ctx = await browser.newContext({ bypassCSP: true, locale: 'id-ID', viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(e.violatedDirective));
    });
    page = await ctx.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspReports.push(m.text());
    });
    mkdirSync(OUT, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    store?.close();
  });

  /** Nothing ran, and nothing from the data became an element, handler or script link. */
  async function assertInert(where: string) {
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline'),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      jsLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
        .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v) && !v.startsWith('data:,')),
      imgs: document.querySelectorAll('img, iframe, object, embed').length,
      strayMarkup: document.querySelectorAll('main svg:not(.graph), main svg:not(.graph) *').length,
      csp: (window as unknown as { __csp: string[] }).__csp,
    }));
    expect(state.xss, where).toBeUndefined();
    expect(state.scripts.filter((s) => s === 'inline'), where).toEqual([]);
    expect(state.scripts, where).toHaveLength(1);
    expect(state.handlers, where).toEqual([]);
    expect(state.jsLinks, where).toEqual([]);
    expect(state.imgs, where).toBe(0);
    expect(state.strayMarkup, where).toBe(0);
    expect(state.csp, where).toEqual([]);
    expect(dialogs, where).toEqual([]);
  }

  async function visit(hash: string, waitFor: string) {
    await page.goto(`${srv.url}/${hash}`);
    await page.waitForSelector(waitFor, { timeout: 15_000 });
  }

  it('article data carrying <script>, onerror= and javascript: links shows as text and runs nothing', async () => {
    // Also through the upload path: a JSON article and a plain-text file with the same payloads.
    const form = new FormData();
    form.append('file', new File([JSON.stringify({ title: `Unggahan ${XSS.script}`, url: XSS.link, outlet: XSS.img, text: `Isi ${XSS.img} ${XSS.script} teks unggahan yang cukup panjang untuk disimpan.` })], 'evil.json'));
    form.append('file', new File([`Teks ${XSS.svg} biasa ${XSS.script} dari berkas teks yang diunggah pengguna.`], 'evil.txt'));
    const up = await fetch(`${srv.url}/api/ingest`, { method: 'POST', body: form });
    expect(up.status).toBe(200);
    const uploaded = ((await up.json()) as { articles: string[] }).articles;
    expect(uploaded).toHaveLength(2);

    await visit(`#/article/${I.ax}`, 'article.article h1');
    expect(await page.textContent('article.article h1')).toContain(XSS.script);
    expect(await page.textContent('article.article .body')).toContain(XSS.img);
    // The javascript: URL is shown as text, never as a link.
    expect(await page.locator('dd code', { hasText: 'javascript:' }).count()).toBe(1);
    await page.click('details summary');
    await assertInert('article page');

    for (const id of uploaded) {
      await visit(`#/article/${id}`, 'article.article .body');
      await assertInert(`uploaded article ${id}`);
    }

    await visit(`#/event/${I.evx}`, 'article.event h1');
    expect(await page.textContent('article.event h1')).toContain(XSS.script);
    expect(await page.textContent('.claims')).toContain(XSS.svg);
    expect(await page.textContent('.quotes')).toContain(XSS.img);
    await assertInert('event page');

    await visit(`#/entity/${I.intruder}`, 'article.entity h1');
    expect(await page.textContent('article.entity h1')).toContain(XSS.img);
    expect(await page.textContent('.aliases')).toContain(XSS.link);
    await assertInert('entity page');

    await visit(`#/storyline/${I.storyx}`, '.tl-item');
    for (const item of await page.locator('.tl-item').all()) await item.click();
    await page.locator('.tl-item.event').first().click();
    await page.waitForSelector('.tl-detail blockquote');
    expect(await page.textContent('.tl-detail')).toContain(XSS.script);
    await assertInert('storyline timeline');

    await visit('#/search?q=Berita%20uji', '.results');
    expect(await page.textContent('.article-results')).toContain('Berita uji');
    await assertInert('search results');
    await visit('#/search?q=Penyusup', '.entity-results');
    await assertInert('entity search results');
    expect(cspReports).toEqual([]);
  });

  it('the event page: articles with outlet and time, copies, quotes by speaker, entities, claims side by side; dates in Indonesian', async () => {
    await visit(`#/event/${I.ev1}`, 'table.articles');
    expect(await page.textContent('.event-date')).toBe('Senin, 3 Februari 2025');
    const rows = page.locator('table.articles tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('Senin, 3 Februari 2025 08.00 WIB');
    expect(await rows.nth(1).textContent()).toContain('hampir sama dengan Kabar Kota');
    expect(await page.locator('.speaker h3').allTextContents()).toEqual(['Rahmat Santoso']);
    expect(await page.locator('.speaker blockquote').count()).toBe(3);
    expect(await page.locator('table.claims thead th').allTextContents()).toEqual(['Satuan', 'Kabar Kota', 'Warta Pagi', 'Harbor Times']);
    expect(await page.textContent('table.claims')).toContain('1.350');
    // The summary's `[article-id]` citation reads as the outlet, linked to the article.
    expect(await page.locator('.summary a.cite').allTextContents()).toEqual(['[Kabar Kota]']);
    expect(await page.getAttribute('.summary a.cite', 'href')).toBe(`#/article/${I.a1}`);
    await page.screenshot({ path: join(OUT, 'ui-event.png'), fullPage: true });
  });

  it('switches the interface to English', async () => {
    await visit(`#/event/${I.ev1}`, 'table.articles');
    await page.click('header .lang');
    await page.waitForSelector('text=Quotes by speaker');
    expect(await page.textContent('.event-date')).toBe('Monday, 3 February 2025');
    await page.click('header .lang');
    await page.waitForSelector('text=Kutipan menurut pembicara');
  });

  it('the timeline zooms and pans, and is usable from the keyboard', async () => {
    await visit(`#/storyline/${I.story}`, '.tl-item');
    expect(await page.locator('.tl-item.event').count()).toBe(2);
    const range = () => page.textContent('.tl-range-label');
    const before = await range();
    await page.focus('.tl-canvas');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const zoomed = await range();
    expect(zoomed).not.toBe(before);
    await page.keyboard.press('ArrowLeft');
    expect(await range()).not.toBe(zoomed);
    await page.keyboard.press('e');
    expect(await range()).toBe(before);
    // The first view frames the events; 0 fits the background facts too (they start earlier).
    await page.keyboard.press('0');
    const all = await range();
    expect(all).not.toBe(before);
    expect(await page.locator('.tl-item.fact').count()).toBe(2);
    expect(await page.locator('.tl-list li').count()).toBe(4);
    await page.keyboard.press('e');
    expect(await range()).toBe(before);
    // Wheel zoom.
    await page.mouse.move(600, 300);
    const box = await page.locator('.tl-canvas').boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + 20);
    await page.mouse.wheel(0, -300);
    await expect.poll(range).not.toBe(before);
    await page.keyboard.press('0');
    await page.screenshot({ path: join(OUT, 'ui-timeline.png'), fullPage: true });
    // Tab from the canvas to the entries; Enter opens the sources; the link leads to the event.
    await page.focus('.tl-canvas');
    let found = false;
    for (let i = 0; i < 10 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.getAttribute('data-event') === 'ev-levee-visit');
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tl-detail .sources');
    expect(await page.locator('.tl-detail .sources li').count()).toBe(2);
    await page.locator('.tl-detail a', { hasText: 'Buka peristiwa' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('article.event h1');
    expect(await page.textContent('article.event h1')).toBe('Gubernur meninjau tanggul Kali Sentiong');
  });

  it('the entity page: aliases, roles, events, quotes and who it appears with', async () => {
    await visit(`#/entity/${I.rahmat}`, 'article.entity h1');
    expect(await page.locator('.aliases li').allTextContents()).toEqual(['Rahmat', 'Gubernur Rahmat Santoso', 'Rachmat Santoso']);
    expect(await page.textContent('article.entity')).toContain('Gubernur Jakarta');
    expect(await page.locator('.event-list li').count()).toBe(2);
    expect(await page.locator('.quotes li').count()).toBe(4);
    expect(await page.locator('svg.graph a.node').count()).toBe(2);
    await page.screenshot({ path: join(OUT, 'ui-entity.png'), fullPage: true });
    await page.click('svg.graph a.node >> nth=0');
    await page.waitForSelector('text=BPBD DKI');
  });

  it('search with filters, from the header box and the form', async () => {
    await page.goto(`${srv.url}/`);
    await page.fill('#quick-q', 'rachmat');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.entity-results');
    expect(await page.textContent('.entity-results')).toContain('Rachmat Santoso');
    await page.fill('#s-q', 'tanggul');
    await page.selectOption('#s-lang', 'id');
    await page.click('.search-form button[type=submit]');
    await page.waitForSelector('.article-results');
    expect(page.url()).toContain('language=id');
    expect(await page.locator('.article-results li').count()).toBe(3);
    await page.fill('#s-from', '2025-02-10');
    await page.click('.search-form button[type=submit]');
    await expect.poll(() => page.locator('.article-results li').count()).toBe(1);
  });

  it('the upload box ingests files and links to them', async () => {
    await visit('#/upload', '.dropzone');
    await page.setInputFiles('#upload-files', { name: 'baru.txt', mimeType: 'text/plain', buffer: Buffer.from('Warga Bekasi membersihkan sisa lumpur setelah banjir surut pada Rabu pagi.') });
    await page.click('.upload button[type=submit]');
    await page.waitForSelector('.upload-result');
    expect(await page.textContent('.upload-result')).toContain('1 tersimpan');
    await page.click('.upload-result a');
    await page.waitForSelector('article.article .body');
    expect(await page.textContent('article.article .body')).toContain('Warga Bekasi');
  });
});
