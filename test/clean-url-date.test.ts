import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../src/clean/meta/url-date.js';
import { cleanDoc } from '../src/clean/index.js';
import type { RawDoc } from '../src/model/types.js';

describe('publication date from the article URL', () => {
  it('reads the usual path layouts', () => {
    expect(dateFromUrl('https://warta.example/read/2021/03/09/101500/banjir-surut')).toBe('2021-03-09');
    expect(dateFromUrl('https://news.example/metro/2019/Jun/5/fire-downtown/')).toBe('2019-06-05');
    expect(dateFromUrl('https://news.example/2018/WORLD/11/30/summit.ends/')).toBe('2018-11-30');
    expect(dateFromUrl('https://kabar.example/berita/20200704/pasar-ramai')).toBe('2020-07-04');
    expect(dateFromUrl('https://kabar.example/x/2017-12-31-malam-tahun-baru.html')).toBe('2017-12-31');
  });
  it('gives nothing for a year and month alone, impossible dates, ids and non-URLs', () => {
    expect(dateFromUrl('https://news.example/2013/05/star-checks-in/')).toBeNull();
    expect(dateFromUrl('https://news.example/2013/02/30/x')).toBeNull();
    expect(dateFromUrl('https://news.example/article-1.1333220')).toBeNull();
    expect(dateFromUrl('https://news.example/x/20139999/y')).toBeNull();
    expect(dateFromUrl('bukan alamat')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
  it('dates an article only when nothing printed dates it', () => {
    const raw = (body: string): RawDoc => ({
      hash: 'h' + body.length,
      origin: 'test',
      format: 'text',
      container: 'text',
      encoding: 'utf-8',
      body,
      hints: { url: 'https://warta.example/read/2021/03/09/101500/banjir-surut' },
    });
    const undated = 'Banjir Mulai Surut\nAir yang merendam permukiman warga di tepi sungai mulai surut pada Selasa pagi, kata petugas.';
    expect(cleanDoc(raw(undated)).publishedAt).toBe('2021-03-09');
    const dated = 'Banjir Mulai Surut\nRabu, 10 Maret 2021 08:15 WIB\nAir yang merendam permukiman warga di tepi sungai mulai surut pada Selasa pagi, kata petugas.';
    expect(cleanDoc(raw(dated)).publishedAt).toMatch(/^2021-03-10/);
  });
});
