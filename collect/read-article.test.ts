// Reading the article and its metadata from saved pages of several shapes: the labelled events'
// pages (Open Graph, canonical link, <time>), real pages of the shared corpus with JSON-LD and
// with no metadata at all, a page in French, and pages that are not articles or are too long.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../cli/html-document';
import { mayMissFigures, readPageMetadata } from './page-metadata';
import { MAX_ARTICLE_CHARACTERS, NO_ARTICLE_MESSAGE } from './article';
import { readArticle } from './read-article';

const SHARED = resolve(import.meta.dirname, '../../shared');
const EVENT_PAGES = join(SHARED, 'events/las-vegas-shooting-2017/pages');
const CORPUS = join(SHARED, 'corpus/pages');
const PAGE_URL = 'http://127.0.0.1:8123/pages/article.html';

const pageAt = (path: string) => documentFromHtml(readFileSync(path, 'utf8'), PAGE_URL);
const page = (html: string) => documentFromHtml(html, PAGE_URL);

const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) => `<p>Firefighters said on day ${i + 1} that the blaze had destroyed 1,200 more homes, and officials counted 71 people still missing across the county.</p>`,
).join('');

describe('readArticle on an Open Graph page (a labelled event page)', () => {
  const doc = pageAt(join(EVENT_PAGES, '02-slate.html'));
  const before = doc.documentElement.outerHTML;
  const result = readArticle(doc, PAGE_URL);

  it('reads the outlet, headline, canonical address, date and language from the metadata', () => {
    if (!result.ok) throw new Error(result.message);
    const { text, ...metadata } = result.article;
    expect(metadata).toEqual({
      outlet: 'Slate',
      title: 'More Than 58 Killed and 500 Injured in Mass Shooting at Las Vegas Music Festival, Deadliest in U.S. History',
      url: 'https://slate.com/news-and-politics/2017/10/mass-shooting-reported-at-a-music-festival-in-las-vegas.html',
      published: '2017-10-02',
      language: 'en',
    });
    expect(mayMissFigures(metadata.language)).toBe(false);
  });

  it('reads the article text as `crosscount build` reads a .txt: headline, blank line, paragraphs; not the site chrome', () => {
    if (!result.ok) throw new Error(result.message);
    const { text, title } = result.article;
    expect(text.startsWith(`${title}\n\n`)).toBe(true);
    expect(text).toContain('Update, Oct. 2, 6:10 p.m.: Police now say that 59 have died and 527 are injured.');
    const chrome = doc.querySelector('aside')!.textContent!;
    expect(chrome.length).toBeGreaterThan(0);
    expect(text).not.toContain(doc.querySelector('aside li')!.textContent);
  });

  it('leaves the page as it was', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readPageMetadata', () => {
  it('reads JSON-LD when the page has no Open Graph site name (a saved GitLab blog post)', () => {
    const metadata = readPageMetadata(pageAt(join(CORPUS, 'gitlab-blog.html')), PAGE_URL);
    expect(metadata.outlet).toBe('GitLab');
    expect(metadata.published).toBe('2024-06-25');
    expect(metadata.title).toBe('3 surprising findings from our 2024 Global DevSecOps Survey');
  });

  it('prefers Open Graph to JSON-LD, finds the article in an @graph behind CDATA, and skips blocks that are not JSON', () => {
    const html = (head: string) => `<html><head>${head}<script type="application/ld+json">{ not json</script>
      <script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
      {"@type":["NewsArticle"],"headline":"Fire toll rises","datePublished":"2018-11-12T08:00:00-08:00","publisher":{"@type":"Organization","name":"Valley Courier"}}]}]]></script>
      </head><body><h1>Something else</h1></body></html>`;
    expect(readPageMetadata(page(html('')), PAGE_URL)).toMatchObject({ outlet: 'Valley Courier', title: 'Fire toll rises', published: '2018-11-12' });
    const og = '<meta property="og:site_name" content="The Courier"><meta property="og:title" content="Toll rises to 71"><meta property="article:published_time" content="2018-11-13">';
    expect(readPageMetadata(page(html(og)), PAGE_URL)).toMatchObject({ outlet: 'The Courier', title: 'Toll rises to 71', published: '2018-11-13' });
  });

  it('falls back to the host, the page address, the first <h1> and the <time> on a page with no metadata', () => {
    const doc = page(`<html><head><title>Page title</title></head><body><article><h1>Headline here</h1><time datetime="2019-01-29T10:00">Jan. 29</time></article></body></html>`);
    expect(readPageMetadata(doc, 'https://www.example-news.org/story/1#comments')).toEqual({
      outlet: 'example-news.org',
      title: 'Headline here',
      url: 'https://www.example-news.org/story/1',
      published: '2019-01-29',
      language: '',
    });
  });

  it('reads a saved page with neither Open Graph nor JSON-LD (Daring Fireball): outlet from the host, no date', () => {
    const metadata = readPageMetadata(pageAt(join(CORPUS, 'daringfireball-1.html')), 'https://daringfireball.net/colophon/');
    expect(metadata).toMatchObject({ outlet: 'daringfireball.net', url: 'https://daringfireball.net/colophon/', published: '', language: 'en' });
  });

  it('keeps a canonical link only when it is an http(s) address, resolving a relative one', () => {
    expect(readPageMetadata(page('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>'), PAGE_URL).url).toBe(PAGE_URL);
    expect(readPageMetadata(page('<html><head><link rel="canonical" href="/story/2"></head><body></body></html>'), PAGE_URL).url).toBe('http://127.0.0.1:8123/story/2');
  });

  it('cuts metadata a page overfills to 300 characters', () => {
    const metadata = readPageMetadata(page(`<html><head><meta property="og:site_name" content="${'x'.repeat(10_000)}"></head><body></body></html>`), PAGE_URL);
    expect(metadata.outlet.length).toBe(300);
  });
});

describe('readArticle on pages that are not one usable article', () => {
  it('accepts a page in another language, whose language says figures may be missed (Le Monde)', () => {
    const result = readArticle(pageAt(join(CORPUS, 'lemonde-1.html')), PAGE_URL);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.language).toBe('fr');
    expect(result.article.outlet).toBe('Le Monde.fr');
    expect(mayMissFigures(result.article.language)).toBe(true);
    expect(mayMissFigures('en-gb')).toBe(false);
    expect(mayMissFigures('')).toBe(false);
  });

  it('refuses a page with no article, with a clear message', () => {
    expect(readArticle(pageAt(join(CORPUS, 'ol.html')), PAGE_URL)).toEqual({ ok: false, problem: 'no-article', message: NO_ARTICLE_MESSAGE });
    const links = `<html><body><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/s/${i}">Story ${i}</a>`).join(' ')}</nav></body></html>`;
    expect(readArticle(page(links), PAGE_URL)).toMatchObject({ ok: false, problem: 'no-article' });
  });

  it('refuses an article over the size limit, naming the limit', () => {
    const paragraphs = Math.ceil(MAX_ARTICLE_CHARACTERS / 90) + 10;
    const long = `<html><body><article><h1>A very long read</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i}: the county said 71 people died and 1,276 were missing, officials said later that week.</p>`).join('')}</article></body></html>`;
    const result = readArticle(page(long), PAGE_URL);
    expect(result).toMatchObject({ ok: false, problem: 'too-long' });
    if (!result.ok) expect(result.message).toContain('100,000-character limit');
  });

  it('accepts an article just under the limit', () => {
    const result = readArticle(page(`<html><body><article><h1>Fire</h1>${PARAGRAPHS}</article></body></html>`), PAGE_URL);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text.length).toBeLessThan(MAX_ARTICLE_CHARACTERS);
  });
});
