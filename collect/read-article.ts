// Reads the article of a page for collecting: its text, found by Readability (the library
// behind Firefox's Reader View) in a copy of the document, so the page itself is left as it
// was, and its metadata (page-metadata.ts). The copy is parsed from the page's markup by
// DOMParser, whose documents run no script and load nothing (and which, unlike cloneNode,
// happy-dom copies faithfully, so the tests read pages as browsers do). DOM only; the collect script
// runs it in the reader's tab, the tests in happy-dom.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { readVisibleText } from '../page/visible-text';
import { MAX_METADATA_CHARACTERS, readPageMetadata, type PageMetadata } from './page-metadata';

/** An article as read from a page: the text `crosscount build` reads from a .txt file (headline,
 *  blank line, body) and the page's metadata. */
export interface PageArticle extends PageMetadata {
  text: string;
}

/**
 * Longest article text collected, in characters (about 16,000 words, several times a long
 * feature). Past it a page is more likely a book, a thread or a live blog than one article, and
 * rebuilding its event would take the background seconds rather than milliseconds.
 */
export const MAX_ARTICLE_CHARACTERS = 100_000;

/** Fewer characters of body text than this is a teaser, an index or a form, not an article. */
export const MIN_ARTICLE_CHARACTERS = 280;

export type ReadArticleResult = { ok: true; article: PageArticle } | { ok: false; problem: 'no-article' | 'too-long'; message: string };

export const NO_ARTICLE_MESSAGE = 'No article was found on this page, so nothing was added. Open the article itself (not a list of articles or a home page) and try again.';

export function tooLongMessage(characters: number): string {
  return `This article is ${characters.toLocaleString('en-US')} characters long, over the ${MAX_ARTICLE_CHARACTERS.toLocaleString('en-US')}-character limit for an article, so nothing was added.`;
}

/** The text as stored and as written to a .txt: lines trimmed, no empty runs, no NUL (which `crosscount build` refuses). */
function tidy(text: string): string {
  return text
    .replace(/\u0000/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function readArticle(doc: Document, pageUrl: string): ReadArticleResult {
  const metadata = readPageMetadata(doc, pageUrl);
  const view = doc.defaultView;
  if (!view || !doc.documentElement) return { ok: false, problem: 'no-article', message: NO_ARTICLE_MESSAGE };
  const clone = new view.DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html');
  if (!isProbablyReaderable(clone)) return { ok: false, problem: 'no-article', message: NO_ARTICLE_MESSAGE };
  const parsed = new Readability(clone, { serializer: (node) => node as Element }).parse();
  const body = parsed?.content ? tidy(readVisibleText(parsed.content).text) : '';
  if (body.length < MIN_ARTICLE_CHARACTERS) return { ok: false, problem: 'no-article', message: NO_ARTICLE_MESSAGE };
  // Never empty: `crosscount build` names an untitled article by its first line, and both must build the same set.
  const title = metadata.title || tidy(parsed?.title ?? '').split('\n')[0].slice(0, MAX_METADATA_CHARACTERS) || body.split('\n')[0].slice(0, MAX_METADATA_CHARACTERS);
  // The headline starts the text, as in the event folders' .txt files, unless the body already does.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  if (text.length > MAX_ARTICLE_CHARACTERS) return { ok: false, problem: 'too-long', message: tooLongMessage(text.length) };
  return { ok: true, article: { ...metadata, title, text } };
}
