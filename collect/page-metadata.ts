// What a news page says about itself: its outlet, headline, address, publication date and
// language, read from the markup publishers write for link previews and search engines (Open
// Graph, JSON-LD, <time>), with the page's own host and <title> when it has none. DOM only: it
// reads elements and attributes and runs nothing of the page.

export interface PageMetadata {
  outlet: string;
  title: string;
  /** The article's canonical http(s) address, else the page's own (without its fragment). */
  url: string;
  /** As the page gives it: an ISO date (YYYY-MM-DD) when it is one, else the text of its <time>; '' when none. */
  published: string;
  /** The page's language tag, lower case ("en-gb", "fr"); '' when it declares none. */
  language: string;
}

/** Longest outlet, title or date kept: a page can put anything in its metadata. */
export const MAX_METADATA_CHARACTERS = 300;

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_METADATA_CHARACTERS);

function meta(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const content = clean(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content'));
    if (content) return content;
  }
  return '';
}

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|OpinionNewsArticle|BackgroundNewsArticle)$/;

/** Every object of the page's JSON-LD blocks (top level, arrays and @graph), in order; blocks that are not JSON are skipped. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (Array.isArray(value['@graph'])) value['@graph'].forEach(visit);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Some sites wrap the JSON in a CDATA section.
    const text = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '');
    try {
      visit(JSON.parse(text));
    } catch {
      // Not JSON: the other sources of metadata still count.
    }
  }
  return found;
}

const typesOf = (o: JsonObject) => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');

function nameOf(value: unknown): string {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  return isObject(value) ? clean(typeof value.name === 'string' ? value.name : '') : '';
}

function jsonLdArticle(doc: Document): { publisher: string; headline: string; published: string; url: string } {
  const article = jsonLdObjects(doc).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  if (!article) return { publisher: '', headline: '', published: '', url: '' };
  return {
    publisher: nameOf(article.publisher),
    headline: typeof article.headline === 'string' ? clean(article.headline) : '',
    published: typeof article.datePublished === 'string' ? clean(article.datePublished) : '',
    url: typeof article.url === 'string' ? clean(article.url) : '',
  };
}

const isHttp = (url: string) => /^https?:\/\/[^\s/]/i.test(url);

function absolute(url: string, base: string): string {
  try {
    const resolved = new URL(url, base);
    resolved.hash = '';
    return resolved.href;
  } catch {
    return '';
  }
}

/** A date as its ISO day when it starts with one ("2017-10-02T09:00:00Z" → "2017-10-02"). */
function day(value: string): string {
  return /^\d{4}-\d{2}-\d{2}(?![\d])/.exec(value)?.[0] ?? value;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = jsonLdArticle(doc);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? '';
  const url =
    [canonical, meta(doc, 'og:url'), ld.url, pageUrl].map((candidate) => (candidate ? absolute(candidate, pageUrl) : '')).find(isHttp) ?? absolute(pageUrl, pageUrl);
  const time = doc.querySelector('article time, time');
  const published = day(
    meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished') || ld.published || clean(time?.getAttribute('datetime')) || clean(time?.textContent),
  );
  const title = meta(doc, 'og:title', 'twitter:title') || ld.headline || clean(doc.querySelector('h1')?.textContent) || clean(doc.title);
  const outlet = meta(doc, 'og:site_name', 'application-name') || ld.publisher || hostOf(url) || hostOf(pageUrl);
  const language = clean(doc.documentElement.getAttribute('lang') || meta(doc, 'og:locale') || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'))
    .toLowerCase()
    .replace(/_/g, '-');
  return { outlet, title, url, published, language };
}

/** True when the page declares a language other than English: the figure grammar reads English words. */
export function mayMissFigures(language: string): boolean {
  return language !== '' && !/^en(-|$)/.test(language);
}
