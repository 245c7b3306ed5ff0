// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { LEAD_PROSE_CHARS, readLeadWords } from './lead-words';

describe("a page's lead words", () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });

  it('reads the title, the description and social cards, and the JSON-LD headline', () => {
    document.head.innerHTML =
      '<title>Flood closes bridge</title>' +
      '<meta name="description" content="Rivers rose overnight">' +
      '<meta property="og:title" content="Valley flood">' +
      '<meta name="twitter:description" content="Evacuations ordered">' +
      '<meta name="keywords" content="unrelated words">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam \\"holds\\" as waters crest","author":{"name":"A. Writer"}}</script>';
    const words = readLeadWords(document);
    for (const part of ['Flood closes bridge', 'Rivers rose overnight', 'Valley flood', 'Evacuations ordered', 'Dam \\"holds\\" as waters crest']) expect(words).toContain(part);
    expect(words).not.toMatch(/unrelated|Writer/);
  });

  it('reads the main headings and the first paragraphs, up to a budget, whatever the page holds after them', () => {
    const paragraph = 'Levee crews worked through the night. '.repeat(20);
    document.body.innerHTML =
      '<nav><a>Home</a><a>Sport</a></nav><h1>Valley flood</h1><h2>What we know</h2><h3>Minor heading</h3>' +
      Array.from({ length: 40 }, (_, i) => `<p>${i === 30 ? 'Distant mention of a volcano. ' : ''}${paragraph}</p>`).join('') +
      '<aside>Most read: volcano erupts</aside>';
    const words = readLeadWords(document);
    expect(words).toMatch(/^Valley flood What we know Levee crews/);
    expect(words).not.toMatch(/Minor heading|volcano|Home/);
    expect(words.length).toBeLessThanOrEqual(LEAD_PROSE_CHARS + 100);
  });

  it('reads the first words of a page that sets its text without paragraphs, not scripts', () => {
    document.body.innerHTML = '<div><span>Bridge closed</span><script>var tracking = 1;</script><div>as rivers rise</div></div>';
    expect(readLeadWords(document)).toBe('Bridge closed as rivers rise');
  });
});
