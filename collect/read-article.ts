// Reads the article of a page for collecting: its text, found by Readability (the library
// behind Firefox's Reader View) in a copy of the document, so the page itself is left as it
// was, and its metadata (page-metadata.ts). The copy is parsed from the page's markup by
// DOMParser, whose documents run no script and load nothing (and which, unlike cloneNode,
// happy-dom copies faithfully, so the tests read pages as browsers do). DOM only: the collect
// script runs it in the reader's tab, the tests in happy-dom.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { readVisibleText } from '../page/visible-text';
import { MAX_ARTICLE_CHARACTERS, MIN_ARTICLE_CHARACTERS, NO_ARTICLE_MESSAGE, tooLongMessage, type ReadArticleResult } from './article';
import { MAX_METADATA_CHARACTERS, readPageMetadata } from './page-metadata';

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
