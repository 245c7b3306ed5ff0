// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageUrlOf } from './page-url';

describe('pageUrlOf', () => {
  it('prefers the canonical link', () => {
    document.head.innerHTML = '<link rel="canonical" href="https://edition.cnn.com/2016/06/30/a/">';
    expect(pageUrlOf(document)).toBe('https://edition.cnn.com/2016/06/30/a/');
  });

  it('reads a relative canonical link against the page', () => {
    document.head.innerHTML = '<link rel="canonical" href="/2016/06/30/a/">';
    expect(pageUrlOf(document)).toBe(new URL('/2016/06/30/a/', document.baseURI).href);
  });

  it('falls back to og:url, then to the location', () => {
    document.head.innerHTML = '<meta property="og:url" content="https://example.com/story">';
    expect(pageUrlOf(document)).toBe('https://example.com/story');
    document.head.innerHTML = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="story">';
    expect(pageUrlOf(document)).toBe(document.location.href);
  });
});
