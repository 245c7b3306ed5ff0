// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FigureView } from '../figure-view';
import { renderDetails } from './details';

const view: FigureView = {
  label: 'vehicles destroyed',
  verdict: 'conflict',
  timeVerdict: 'disputed',
  pageText: 'about 175',
  pageInterval: '161 – 189',
  range: 'outlets report 40 to 798 vehicles',
  revision: null,
  summary: '',
  competitors: [
    {
      claimId: 'a',
      text: '<b>40</b>',
      outlet: 'Outlet <script>x()</script>',
      speaker: 'Col. Chris Garver',
      date: '2016-06-30',
      latest: true,
      sentence: { before: 'They said <img src=x onerror=alert(1)> ', figure: '<b>40</b>', after: ' vehicles.' },
      url: 'https://example.com/a',
      agrees: false,
      value: { low: 40, high: 40 },
    },
    {
      claimId: 'b',
      text: '175',
      outlet: 'Other',
      speaker: null,
      date: '',
      latest: false,
      sentence: { before: 'About ', figure: '175', after: '.' },
      url: null,
      agrees: true,
      value: { low: 175, high: 175 },
    },
  ],
};

describe('renderDetails', () => {
  const el = renderDetails(document, view, 'title');

  it('shows the range, this page figure, and every competitor with outlet, speaker, date and sentence', () => {
    expect(el.querySelector('h2')!.textContent).toBe('vehicles destroyed');
    expect(el.querySelector('.summary')!.textContent).toBe('Outlets report 40 to 798 vehicles; this page: about 175 (161 – 189)');
    const items = [...el.querySelectorAll('li')];
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.meta')!.textContent).toBe('Outlet <script>x()</script> · Col. Chris Garver · 30 June 2016');
    expect(items[0].querySelector('.latest')!.textContent).toBe('latest');
    expect(items[0].querySelector('blockquote em')!.textContent).toBe('<b>40</b>');
    expect(items[1].textContent).toContain('agrees with this page');
    expect(items[1].querySelector('.latest')).toBeNull();
  });

  it('renders data as text, never as markup', () => {
    expect(el.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(el.querySelector('blockquote')!.textContent).toBe('They said <img src=x onerror=alert(1)> <b>40</b> vehicles.');
  });

  it('links to an article only when it has an http(s) address', () => {
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a']);
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
  });
  it('puts the differing figures first and folds those that agree into one line that opens', () => {
    const folded = el.querySelector('details.agreeing')!;
    expect(folded.hasAttribute('open')).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toBe('1 figure agrees with this page: Other');
    expect(folded.querySelector('li')!.textContent).toContain('175');
    expect(el.querySelector('ol.others > li')!.textContent).toContain('40');
  });

  it('shows a revised quantity as its counts over time, not as a dispute', () => {
    const revised = renderDetails(document, { ...view, verdict: 'conflict', timeVerdict: 'revised', revision: { counts: ['717', '769'], span: '26 September 2015' } }, 't');
    expect(revised.querySelector('.verdict')!.textContent).toBe('Revised over time');
    expect(revised.querySelector('.revision')!.textContent).toBe('717 → 769, 26 September 2015');
    expect(revised.querySelector('.summary')!.textContent).toBe('this page: about 175 (161 – 189)');
    expect(revised.classList.contains('revised')).toBe(true);
  });
});
