// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageWords } from './page-words';

describe('page words for the relevance gate', () => {
  it('reads prose, not scripts, styles or form fields', () => {
    document.body.innerHTML = '<p>Convoy hit</p><script>var convoy = 1;</script><style>.x{}</style><textarea>typed</textarea><div>near Ramadi</div>';
    const words = readPageWords(document.body);
    expect(words).toContain('Convoy hit');
    expect(words).toContain('near Ramadi');
    expect(words).not.toMatch(/var|typed|\.x/);
  });

  it('keeps words of separate nodes apart', () => {
    document.body.innerHTML = '<span>air</span><span>strikes</span>';
    expect(readPageWords(document.body)).toBe('air strikes');
  });

  it('reads the words of one changed node, element or text, as a page change gives them', () => {
    document.body.innerHTML = '<p>Convoy <b>hit</b></p><script>var x;</script>';
    const [p, script] = [document.querySelector('p')!, document.querySelector('script')!];
    expect(readPageWords(p)).toBe('Convoy  hit');
    expect(readPageWords(p.firstChild!)).toBe('Convoy ');
    expect(readPageWords(script)).toBe('');
    expect(readPageWords(script.firstChild!)).toBe('');
  });
});
