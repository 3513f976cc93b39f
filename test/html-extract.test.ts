import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/clean/html/extract.js';
import { densityExtract } from '../src/clean/html/density.js';
import { parseDocument } from '../src/clean/html/dom.js';
import { aggregate, shingleMatch, shingles, tokenize } from '../src/clean/html/metric.js';

const para = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>The ${topic} report, part ${i + 1}, explains in plain words how the council reviewed the budget, heard residents and agreed on the next steps for the district.</p>`).join('\n');

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('extractHtml: body text', () => {
  it('keeps the article and drops nav, ads, share widgets, captions and related lists', () => {
    const html = page(`
      <header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/news">Berita</a></li><li><a href="/sport">Olahraga</a></li></ul></nav></header>
      <div class="ad-slot">ADVERTISEMENT Buy our product now</div>
      <main><article>
        <h1>Council approves flood budget</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <p class="byline">By Jane Doe</p>
        ${para('flood', 3)}
        <figure><img src="x.jpg"><figcaption>Residents at the hearing on Monday. (Photo: Staff)</figcaption></figure>
        <h2>What happens next</h2>
        ${para('follow-up', 2)}
        <ul><li>First, the pumps are repaired before the rainy season starts.</li><li>Second, the canals are dredged along the river bank.</li></ul>
        <div class="related-articles"><h3>Related stories</h3><ul><li><a href="/a">Flood hits the old town again</a></li><li><a href="/b">Mayor promises new pumps</a></li></ul></div>
      </article></main>
      <aside><h3>Most popular</h3><ol><li><a href="/c">Something else entirely happened</a></li></ol></aside>
      <footer><p>© 2025 Example Media. All rights reserved.</p></footer>`);
    const r = extractHtml(html, { url: 'https://example.com/news/flood' });
    const lines = r.text.split('\n');
    expect(lines.filter((l) => l.startsWith('The flood report')).length).toBe(3);
    expect(lines).toContain('What happens next');
    expect(lines).toContain('First, the pumps are repaired before the rainy season starts.');
    expect(r.text).not.toMatch(/Beranda|ADVERTISEMENT|Share on Facebook|Residents at the hearing|Flood hits the old town|Something else entirely|All rights reserved/);
    expect(r.text).not.toMatch(/<[a-z]/i);
    const reasons = new Set(r.removed.map((x) => x.reason));
    expect(reasons.has('caption')).toBe(true);
    expect(reasons.has('related')).toBe(true);
    expect(reasons.has('navigation')).toBe(true);
    expect(r.removed.find((x) => x.text.includes('Residents at the hearing'))?.reason).toBe('caption');
  });

  it('puts one block per line, decodes entities and normalizes whitespace', () => {
    const html = page(`<article><h1>T</h1>${para('x', 3)}<p>Tom &amp; Jerry&nbsp;said   &quot;hi&quot;\n\n   again &#8212; twice &hellip; at 5&#37;.</p><blockquote>A quoted line that the reporter kept in the body of this article text.</blockquote></article>`);
    const r = extractHtml(html);
    expect(r.text).toContain('Tom & Jerry said "hi" again — twice … at 5%.');
    expect(r.text.split('\n')).toContain('A quoted line that the reporter kept in the body of this article text.');
    for (const line of r.text.split('\n')) {
      expect(line).toBe(line.trim());
      expect(line).not.toMatch(/\s{2,}/);
    }
  });

  it('drops share prompts, ad labels, date stamps and "read also" lines inside the body', () => {
    const html = page(`<article>
      <p>Updated Nov 19, 2019, 9:41 AM</p>
      ${para('market', 2)}
      <p>Advertisement</p>
      <p><strong>Baca juga:</strong> <a href="/x">Harga cabai naik lagi di pasar induk</a></p>
      ${para('trade', 2)}
      <p>Share this article</p>
      <p>Follow us on Twitter and Facebook for more updates.</p>
    </article>`);
    const r = extractHtml(html);
    expect(r.text).not.toMatch(/Updated Nov 19|^Advertisement$|Harga cabai|Share this article|Follow us on/m);
    expect(r.text.split('\n').length).toBe(4);
    const reasons = r.removed.map((x) => x.reason);
    expect(reasons).toEqual(expect.arrayContaining(['site-date', 'advertisement', 'related', 'social']));
  });

  it('keeps embedded posts (tweets) that the story quotes', () => {
    const html = page(`<article>${para('campaign', 3)}
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million on it, says a resident who watched the ad.</p>— A Resident (@resident) November 18, 2019</blockquote></div>
      ${para('reaction', 2)}</article>`);
    expect(extractHtml(html).text).toContain('Yes this is real and the state spent half a million on it');
  });

  it('drops the standfirst that repeats the description, tooltip pop-ups, filing lines and the author box', () => {
    const desc = 'The council has approved the flood budget after a long night of debate among its members.';
    const html = page(
      `<article><h1>Flood budget</h1><h2 class="sub-headline">${desc}</h2>
        <p>Filed under: Politics</p>
        <p>The council met on Monday. Its member <span class="tooltip"><a href="/p/jane">Jane Doe</a><span class="tooltip-content"><img src="j.jpg"><a href="/x">Other story about Jane Doe and the mayor</a></span></span> voted in favour of the plan after hours of debate in the hall.</p>
        ${para('budget', 4)}
        <h3>About the author</h3><p>Jane Roe covers city hall and likes long walks along the canals of the old town.</p>
      </article>`,
      `<meta name="description" content="${desc}">`,
    );
    const r = extractHtml(html);
    expect(r.text).not.toContain('after a long night of debate');
    expect(r.text).toContain('Its member Jane Doe voted in favour');
    expect(r.text).not.toMatch(/Other story|Filed under|About the author|long walks/);
    expect(r.removed.find((x) => x.text === desc)?.reason).toBe('title');
    expect(r.removed.find((x) => x.text.startsWith('Jane Roe covers'))?.reason).toBe('byline');
  });

  it('keeps the article when the whole page sits inside one <form> (ASP.NET style)', () => {
    const html = page(`<form id="aspnetForm"><nav><a href="/">Home</a></nav><div id="content">${para('form', 4)}</div></form>`);
    const r = extractHtml(html);
    expect(r.text.split('\n').filter((l) => l.startsWith('The form report')).length).toBe(4);
  });

  it('does not read CMS taxonomy classes on the article wrapper as chrome', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/t/${i}">Trending topic number ${i} of the week in town</a></li>`).join('');
    const html = page(`<div class="post-7 post type-post tag-advertising category-related-news">${para('wp', 3)}</div><div class="index"><ul>${links}</ul></div>`);
    expect(extractHtml(html).text.split('\n').filter((l) => l.startsWith('The wp report')).length).toBe(3);
  });

  it('keeps a first paragraph that doubles as the description', () => {
    const first = 'The council has approved the flood budget after a long night of debate among its members.';
    const html = page(`<article><h1>Flood budget</h1><p>${first}</p>${para('budget', 4)}</article>`, `<meta name="description" content="${first}">`);
    expect(extractHtml(html).text.split('\n')[0]).toBe(first);
  });

  it('uses JSON-LD articleBody when the markup holds no readable body', () => {
    const body = 'Pemerintah kota mengumumkan rencana baru untuk mengatasi banjir di kawasan utara. '.repeat(8);
    const html = page(
      `<div id="app"><div class="spinner">Loading…</div></div>`,
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rencana banjir","articleBody":${JSON.stringify(body)}}</script>`,
    );
    const r = extractHtml(html);
    expect(r.method).toBe('json-ld');
    expect(r.text).toContain('Pemerintah kota mengumumkan rencana baru');
  });

  it('falls back to the density extractor where Readability is not run (pathological nesting)', () => {
    const html = page('<div>'.repeat(150) + `<div class="story">${para('deep', 4)}</div>` + '</div>'.repeat(150) + '<div class="links"><a href="/1">One link</a> <a href="/2">Two links</a></div>');
    const r = extractHtml(html);
    expect(r.method).toBe('density');
    expect(r.text.split('\n').filter((l) => l.startsWith('The deep report')).length).toBe(4);
    expect(r.text).not.toContain('One link');
  });

  it('density extractor picks the container with the most prose', () => {
    const cells = Array.from({ length: 6 }, (_, i) => `<td>Row ${i} of the table says the committee met in the hall and voted on the plan, which was long debated.</td>`).join('');
    const doc = parseDocument(page(`<div><a href="/a">Home</a> <a href="/b">News</a></div><table><tr>${cells}</tr></table>`));
    expect(doc).not.toBeNull();
    const text = densityExtract(doc!).map((b) => b.text).join('\n');
    expect(text).toContain('Row 0 of the table');
    expect(text).not.toContain('Home');
  });
});

describe('extractHtml: metadata', () => {
  it('reads title, author, date, site, language and canonical url', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Kabar Contoh' },
        { '@type': 'NewsArticle', headline: 'Banjir surut', author: [{ '@type': 'Person', name: 'Siti Aminah' }], datePublished: '2025-10-27T09:15:00+07:00', publisher: { '@type': 'Organization', name: 'Kabar Contoh' } },
      ],
    };
    const html = page(
      `<article><h1>Banjir surut di Jakarta Utara</h1>${para('banjir', 3)}</article>`,
      `<title>Banjir surut di Jakarta Utara | Kabar Contoh</title><link rel="canonical" href="/berita/banjir-surut"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    const r = extractHtml(html, { url: 'https://kabar.example/berita/banjir-surut?utm=x' });
    expect(r.title).toBe('Banjir surut di Jakarta Utara');
    expect(r.meta.author).toBe('Siti Aminah');
    expect(r.meta.publishedAt).toBe('2025-10-27T09:15:00+07:00');
    expect(r.meta.siteName).toBe('Kabar Contoh');
    expect(r.meta.lang).toBe('id');
    expect(r.meta.url).toBe('https://kabar.example/berita/banjir-surut');
    expect(r.text.split('\n')[0]).not.toBe('Banjir surut di Jakarta Utara');
  });

  it('prefers og/article meta tags and <time datetime>', () => {
    const html = page(
      `<article><h1>Headline</h1><time datetime="2024-01-02T03:04:05Z">2 Jan</time>${para('x', 3)}</article>`,
      `<meta property="og:title" content="OG headline"><meta property="og:site_name" content="The Site"><meta name="author" content="John Roe">`,
    );
    const r = extractHtml(html);
    expect(r.title).toBe('OG headline');
    expect(r.meta.author).toBe('John Roe');
    expect(r.meta.publishedAt).toBe('2024-01-02T03:04:05Z');
    expect(r.meta.siteName).toBe('The Site');
  });
});

describe('extractHtml: robustness', () => {
  it('never throws on broken or odd input', () => {
    const inputs = [
      '',
      'just some text, no markup at all',
      '<p>unclosed <b>bold <i>italic</p></div></span></table>',
      '<html><body><div><p>a<p>b</div',
      '<<<>>>&&&;;<!-- unterminated comment',
      '<script type="application/ld+json">{not json,,}</script><p>x</p>',
      '\u0000\uffff<p>\ud800 lone surrogate</p>',
      '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000),
    ];
    for (const html of inputs) {
      const r = extractHtml(html);
      expect(typeof r.text).toBe('string');
      expect(Array.isArray(r.removed)).toBe(true);
    }
    expect(extractHtml('<p>unclosed <b>bold <i>italic</p></div>').text).toContain('unclosed bold italic');
  });

  it('caps work on a huge page', () => {
    const huge = page(`<article>${para('big', 20)}</article>` + '<div class="x"><span>filler words here</span></div>'.repeat(30_000));
    const t0 = Date.now();
    const r = extractHtml(huge);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.text).toContain('The big report, part 1');
  });
});

describe('benchmark metric (word 4-gram shingles)', () => {
  it('tokenizes like a Unicode \\w+ regex and builds shingles', () => {
    expect(tokenize("Jakarta's mayor, 2025: naïve_x!")).toEqual(['Jakarta', 's', 'mayor', '2025', 'naïve_x']);
    expect([...shingles('a b c').keys()].length).toBe(1); // shorter than n: one shingle of all tokens
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
  });

  it('scores identical text 1 and disjoint text 0, and averages per page', () => {
    const same = shingleMatch('one two three four five', 'one two three four five');
    expect(same).toEqual({ tp: 1, fp: 0, fn: 0 });
    const none = shingleMatch('one two three four five', 'six seven eight nine ten');
    expect(none.tp).toBe(0);
    const empty = shingleMatch('one two three four five', '');
    const s = aggregate([same, empty]);
    expect(s.precision).toBe(1); // a page with no prediction is left out of the precision mean
    expect(s.recall).toBe(0.5);
  });
});

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/html/scrapinghub-dev');
const haveData = existsSync(join(dataDir, 'ground-truth.json'));
if (!haveData) console.warn(`html-extract.test: ${dataDir} not found; skipping the benchmark sample.`);

describe.skipIf(!haveData)('benchmark sample (../shared/data/html/scrapinghub-dev)', () => {
  it('reaches a sensible F1 on a few real pages', () => {
    const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
    const ids = Object.keys(truth)
      .sort()
      .filter((id) => existsSync(join(dataDir, 'html', `${id}.html.gz`)))
      .filter((_, i) => i % 9 === 0)
      .slice(0, 10);
    expect(ids.length).toBeGreaterThan(0);
    const counts = ids.map((id) => {
      const html = gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8');
      return shingleMatch(truth[id].articleBody, extractHtml(html, { url: truth[id].url }).text);
    });
    const s = aggregate(counts);
    expect(s.f1).toBeGreaterThan(0.9);
    expect(s.recall).toBeGreaterThan(0.9);
  });
});

describe('extractHtml: a dateline printed in its own element', () => {
  const lead = 'Harga gabah kering panen di tingkat petani turun untuk pekan kedua berturut-turut karena panen raya di tiga kabupaten.';
  const page = (dateline: string) =>
    `<html><body><article><div class="loc">${dateline}</div><p>${lead}</p><p>${lead.replace('gabah', 'jagung')}</p><p>${lead.replace('gabah', 'kedelai')}</p></article></body></html>`;

  it.each(['Karawang, WARTATANI.ID —', 'SUBANG (Kabar Sawah) -', 'Indramayu, kabarsawah.com:'])('joins "%s" to the lead instead of dropping it', (d) => {
    const text = extractHtml(page(d)).text;
    expect(text.split('\n')[0]).toBe(`${d} ${lead}`);
  });

  it('leaves a short block that is not a dateline alone', () => {
    const text = extractHtml(page('Baca selengkapnya')).text;
    expect(text.split('\n')[0]).toBe(lead);
  });
});
