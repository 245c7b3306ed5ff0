// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import './testing/happy-dom-node-iterator';
import type { PageFigure } from '../engine/match/page-figure';
import { highlightFigures, MARK_SELECTOR, unhighlight } from './highlight';
import { readVisibleText } from './visible-text';

function figureAt(text: string, written: string, verdict: PageFigure['verdict'] = 'conflict'): PageFigure {
  const start = text.indexOf(written);
  if (start < 0) throw new Error(`"${written}" not in text`);
  return {
    start,
    end: start + written.length,
    text: written,
    value: { low: 175, high: 175 },
    eventId: 'e',
    groupId: `g-${written}`,
    label: 'vehicles destroyed',
    verdict,
    competitors: [],
    agreeing: [],
  };
}

function highlightIn(html: string, ...figures: [string, PageFigure['verdict']?][]) {
  document.body.innerHTML = html;
  const visible = readVisibleText(document.body);
  return highlightFigures(document.body, visible, figures.map(([w, v]) => figureAt(visible.text, w, v)));
}

const marks = () => [...document.querySelectorAll<HTMLElement>(MARK_SELECTOR)];

describe('highlightFigures', () => {
  it('marks exactly the figure, tagged with its group and verdict', () => {
    const [h] = highlightIn('<p>Strikes destroyed about 175 vehicles.</p>', ['about 175', 'conflict']);
    expect(marks().map((m) => m.textContent)).toEqual(['about 175']);
    expect(h.marks).toEqual(marks());
    expect(h.marks[0].dataset.crosscountGroup).toBe('g-about 175');
    expect(h.marks[0].dataset.crosscountVerdict).toBe('conflict');
    expect(h.marks[0].classList.contains('crosscount-conflict')).toBe(true);
  });

  it('numbers the marks of one figure alike and of different figures apart', () => {
    document.body.innerHTML = '<p>about <b>175</b> and 55</p>';
    const visible = readVisibleText(document.body);
    highlightFigures(document.body, visible, [figureAt(visible.text, 'about 175'), figureAt(visible.text, '55')]);
    const [a, b, c] = marks().map((m) => m.dataset.crosscountFigure);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('gives each verdict its own class', () => {
    highlightIn('<p>A 1 b 2 c 3</p>', ['1', 'conflict'], ['2', 'agree'], ['3', 'single']);
    expect(marks().map((m) => m.className)).toEqual([
      'crosscount-mark crosscount-conflict',
      'crosscount-mark crosscount-agree',
      'crosscount-mark crosscount-single',
    ]);
  });

  it('finds the right text when scripts, hidden nodes and collapsed whitespace come before it', () => {
    highlightIn(
      '<script>var n = "175";</script><p hidden>175 hidden</p><p style="display:none">about 175</p>\n  <p>  the   convoy   of about 175   vehicles</p>',
      ['about 175'],
    );
    expect(marks().map((m) => m.textContent)).toEqual(['about 175']);
    expect(marks()[0].closest('p')!.hasAttribute('style')).toBe(false);
  });

  it('marks a figure that spans inline elements piece by piece without changing the text', () => {
    const html = '<p>destroying <a href="https://example.com/">about <b>175</b></a> vehicles</p>';
    document.body.innerHTML = html;
    const before = document.body.textContent;
    const visible = readVisibleText(document.body);
    const [h] = highlightFigures(document.body, visible, [figureAt(visible.text, 'about 175')]);
    expect(h.marks.map((m) => m.textContent)).toEqual(['about ', '175']);
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('a')!.getAttribute('href')).toBe('https://example.com/');
  });

  it('never highlights a figure twice when called again on the same page', () => {
    const [first] = highlightIn('<p>about 175 vehicles and 55 more</p>', ['about 175']);
    const visible = readVisibleText(document.body);
    const again = highlightFigures(document.body, visible, [figureAt(visible.text, 'about 175'), figureAt(visible.text, '55')]);
    expect(marks().map((m) => m.textContent)).toEqual(['about 175', '55']);
    expect(again[0].marks).toEqual(first.marks);
    expect(document.querySelectorAll('mark mark')).toHaveLength(0);
  });

  it('keeps the visible text identical', () => {
    const html = '<h1>Title</h1><p>Coalition strikes destroyed <i>about 175</i> vehicles, 750 said Iraq.</p>';
    document.body.innerHTML = html;
    const before = readVisibleText(document.body).text;
    highlightFigures(document.body, readVisibleText(document.body), [figureAt(before, 'about 175'), figureAt(before, '750')]);
    expect(readVisibleText(document.body).text).toBe(before);
  });

  it('marks each figure once when one lies in an element inside the paragraph of the next', () => {
    const [bold, plain, other] = highlightIn('<p>Strikes hit <b>55</b> trucks and then 120 more.</p><p>Iraq said 750.</p>', ['55'], ['120'], ['750']);
    expect(marks().map((m) => m.textContent)).toEqual(['55', '120', '750']);
    expect([bold, plain, other].map((h) => h.marks.map((m) => m.textContent))).toEqual([['55'], ['120'], ['750']]);
    expect(document.body.textContent).toBe('Strikes hit 55 trucks and then 120 more.Iraq said 750.');
  });

  it('finds figures after a script inside a paragraph', () => {
    highlightIn('<p>one <script>var n = "about 175";</script>two <b>three</b> 55 and <mark>page mark 120</mark> x</p><p>about 175</p>', ['55'], ['120'], ['about 175']);
    expect(marks().map((m) => m.textContent)).toEqual(['55', '120', 'about 175']);
  });
});

describe('unhighlight', () => {
  it('restores the page as it was', () => {
    const html = '<p>Strikes destroyed about 175 vehicles, <b>not 750</b>.</p>';
    highlightIn(html, ['about 175'], ['750']);
    expect(marks()).toHaveLength(2);
    unhighlight(document.body);
    expect(marks()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });
});
