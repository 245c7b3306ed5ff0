import { describe, expect, it } from 'vitest';
import { anchorQuote } from './anchor-quote';

const article = 'Officials said about 55 vehicles were destroyed.\n\nA second strike hit 55 more near the river.';
const quote = (start: number, end: number, context = 32) => ({
  exact: article.slice(start, end),
  prefix: article.slice(Math.max(0, start - context), start),
  suffix: article.slice(end, end + context),
});
const texts = (page: string, places: { start: number; end: number }[]) => places.map((p) => page.slice(p.start, p.end));

describe('anchorQuote', () => {
  it('finds the occurrence whose surroundings match, not every occurrence of the figure', () => {
    const second = article.lastIndexOf('55');
    const page = `Site header 55 links\n${article}\nFooter 55`;
    expect(anchorQuote(page, quote(second, second + 2))).toEqual([{ start: page.lastIndexOf('55 more'), end: page.lastIndexOf('55 more') + 2 }]);
  });

  it('finds every copy of a passage the page repeats', () => {
    const start = article.indexOf('about 55');
    const page = `${article}\nRead more: Officials said about 55 vehicles were destroyed.`;
    const places = anchorQuote(page, quote(start, start + 'about 55'.length));
    expect(places.map((p) => p.start)).toEqual([start, page.lastIndexOf('about 55')]);
  });

  it('reads a page whose blocks and spaces are laid out differently from the article', () => {
    const start = article.indexOf('about 55');
    const page = 'Officials   said\tabout 55 vehicles were destroyed.\nA second strike hit 55 more near the river.';
    expect(texts(page, anchorQuote(page, quote(start, start + 'about 55'.length)))).toEqual(['about 55']);
  });

  it('gives no anchor when the figure is no longer there or its context has changed', () => {
    const start = article.indexOf('about 55');
    const q = quote(start, start + 'about 55'.length);
    expect(anchorQuote(article.replace('about 55', 'about 60'), q)).toEqual([]);
    expect(anchorQuote('Weather: about 55 degrees and sunny all week, forecasters expect.', q)).toEqual([]);
  });

  it('anchors a figure at the very start or end of its article, where one side has no context', () => {
    const text = '120 vehicles were hit';
    expect(anchorQuote(`Menu\n${text}`, { exact: '120', prefix: '', suffix: ' vehicles were hit' })).toEqual([{ start: 5, end: 8 }]);
    expect(anchorQuote('', { exact: '120', prefix: '', suffix: '' })).toEqual([]);
  });

  it('stays bounded on a hostile quote: an overlong context is cut, a quote found everywhere gives no anchor', () => {
    const page = 'e '.repeat(200_000);
    expect(anchorQuote(page, { exact: 'e', prefix: 'x'.repeat(100_000), suffix: '' })).toEqual([]);
    const long = 'Wire copy. '.repeat(10_000) + article;
    const start = long.indexOf('about 55');
    const quoted = { exact: 'about 55', prefix: long.slice(0, start), suffix: long.slice(start + 8) };
    expect(anchorQuote(long, quoted)).toEqual([{ start, end: start + 8 }]);
  });
});
