import { describe, expect, it } from 'vitest';
import { sameArticle } from './article-url';

describe('sameArticle', () => {
  it('ignores the scheme, "www.", a trailing slash, the fragment and tracking parameters', () => {
    const source = 'https://edition.cnn.com/2016/06/30/middleeast/iraq-militants-airstrike/';
    expect(sameArticle(source, 'http://edition.cnn.com/2016/06/30/middleeast/iraq-militants-airstrike')).toBe(true);
    expect(sameArticle(source, `${source}?utm_source=twitter&utm_medium=social#comments`)).toBe(true);
    expect(sameArticle('https://www.example.com/a', 'https://example.com/a/?fbclid=x1')).toBe(true);
  });

  it('keeps the query parameters that name the article', () => {
    expect(sameArticle('https://celebcafe.org/?p=317923', 'https://celebcafe.org/?p=317923&utm_campaign=x')).toBe(true);
    expect(sameArticle('https://celebcafe.org/?p=317923', 'https://celebcafe.org/?p=999')).toBe(false);
    expect(sameArticle('https://celebcafe.org/?p=317923', 'https://celebcafe.org/')).toBe(false);
    expect(sameArticle('https://news.example/story?id=1&page=2', 'https://news.example/story?page=2&id=1')).toBe(true);
  });

  it('never matches a missing or non-web address', () => {
    expect(sameArticle('', '')).toBe(false);
    expect(sameArticle('not a url', 'not a url')).toBe(false);
    expect(sameArticle('javascript:alert(1)', 'javascript:alert(1)')).toBe(false);
  });
});
