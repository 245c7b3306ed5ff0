// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createConflictMap, type MapFigure } from './conflict-map';

function figures(): MapFigure[] {
  document.body.innerHTML = '<p><mark>55</mark> and <mark>about 175</mark> and <mark>688</mark></p>';
  const [a, b, c] = document.querySelectorAll<HTMLElement>('mark');
  return [
    { lead: a, timeVerdict: 'disputed', summary: 'vehicles destroyed: 55 <img src=x onerror=alert(1)>' },
    { lead: b, timeVerdict: 'agree', summary: 'vehicles destroyed: about 175' },
    { lead: c, timeVerdict: 'revised', summary: 'vehicles destroyed: 688' },
  ];
}

const marksOf = (host: HTMLElement) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('button.mark')];

describe('conflict map', () => {
  afterEach(() => document.querySelector('crosscount-map')?.remove());

  it('adds nothing to the page until there are figures, and nothing to its text', () => {
    const map = createConflictMap(document, () => {});
    map.draw([]);
    expect(document.querySelector('crosscount-map')).toBeNull();
    const given = figures();
    const before = document.body.textContent;
    map.draw(given);
    expect(map.host.parentElement).toBe(document.documentElement);
    expect(document.body.textContent).toBe(before);
  });

  it('draws one mark per figure in the order given, named by its verdict and summary, as text', () => {
    const map = createConflictMap(document, () => {});
    const given = figures();
    map.draw(given);
    const marks = marksOf(map.host);
    expect(marks.map((m) => m.dataset.verdict)).toEqual(['disputed', 'agree', 'revised']);
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(given.map((f) => f.summary));
    expect(map.host.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
    // Drawn again after a scan, it replaces its marks.
    map.draw(given.slice(0, 1));
    expect(marksOf(map.host)).toHaveLength(1);
  });

  it('reads where every figure is before it moves any mark, so the page is laid out once, not once per mark', () => {
    const map = createConflictMap(document, () => {});
    const given = figures();
    const movedBeforeRead: number[] = [];
    given.forEach((figure, i) => {
      const read = figure.lead.getBoundingClientRect.bind(figure.lead);
      figure.lead.getBoundingClientRect = () => {
        if (marksOf(map.host).some((m) => m.style.top !== '')) movedBeforeRead.push(i);
        return read();
      };
    });
    map.draw(given);
    expect(marksOf(map.host).every((m) => m.style.top !== '')).toBe(true);
    expect(movedBeforeRead).toEqual([]);
  });

  it("tells which figure's mark was clicked", () => {
    const picked: number[] = [];
    const map = createConflictMap(document, (index) => picked.push(index));
    map.draw(figures());
    marksOf(map.host)[2].click();
    marksOf(map.host)[0].click();
    expect(picked).toEqual([2, 0]);
  });

  it('leaves the page when it has no figures left or is removed', () => {
    const map = createConflictMap(document, () => {});
    map.draw(figures());
    map.draw([]);
    expect(document.querySelector('crosscount-map')).toBeNull();
    map.draw(figures());
    map.remove();
    expect(document.querySelector('crosscount-map')).toBeNull();
  });
});
