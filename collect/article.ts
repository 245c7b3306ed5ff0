// An article as the collect script reads it from a page, the limits it is held to, and what
// the reader is told when a page has none. Apart from the extractor (read-article.ts), so the
// popup and the background use them without bundling it.
import type { PageMetadata } from './page-metadata';

/** An article as read from a page: the text `crosscount build` reads from a .txt file (headline,
 *  blank line, body) and the page's metadata. */
export interface PageArticle extends PageMetadata {
  text: string;
}

/**
 * Longest article text collected, in characters (about 16,000 words, several times a long
 * feature). Past it a page is more likely a book, a thread or a live blog than one article, and
 * every later rebuild of its event would read it all again.
 */
export const MAX_ARTICLE_CHARACTERS = 100_000;

/** Fewer characters of body text than this is a teaser, an index or a form, not an article. */
export const MIN_ARTICLE_CHARACTERS = 280;

export type ReadArticleResult = { ok: true; article: PageArticle } | { ok: false; problem: 'no-article' | 'too-long'; message: string };

export const NO_ARTICLE_MESSAGE = 'No article was found on this page, so nothing was added. Open the article itself (not a list of articles or a home page) and try again.';

export function tooLongMessage(characters: number): string {
  return `This article is ${characters.toLocaleString('en-US')} characters long, over the ${MAX_ARTICLE_CHARACTERS.toLocaleString('en-US')}-character limit for an article, so nothing was added.`;
}

