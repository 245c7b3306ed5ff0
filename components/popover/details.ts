// The popover's content for one figure: the quantity, its verdict with time, this page's figure,
// and the competing figures in the order they were published, each with its outlet, speaker,
// date, sentence and article. A revised quantity shows its counts over time ("290 → 312") first.
// The figures that differ from the page's come first; those that agree are folded into one line
// that opens to show them, so a long list does not hide the disagreement.
import { h } from '../dom';
import { formatDay } from '../format-date';
import { VERDICT_NAME, type CompetitorView, type FigureView } from '../figure-view';

function competitor(doc: Document, c: CompetitorView): HTMLElement {
  const meta = [c.outlet, c.speaker, c.date && formatDay(c.date)].filter((part): part is string => !!part).join(' · ');
  return h(
    doc,
    'li',
    { class: c.agrees ? 'other agrees' : 'other differs' },
    h(
      doc,
      'div',
      { class: 'figure-line' },
      h(doc, 'strong', { class: 'figure' }, c.text),
      c.latest && h(doc, 'span', { class: 'latest' }, 'latest'),
      c.agrees && h(doc, 'span', { class: 'tag' }, 'agrees with this page'),
    ),
    h(doc, 'div', { class: 'meta' }, meta),
    h(doc, 'blockquote', {}, c.sentence.before, h(doc, 'em', {}, c.sentence.figure), c.sentence.after),
    c.url && h(doc, 'a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, `Read the ${c.outlet} article`),
  );
}

function others(doc: Document, view: FigureView): HTMLElement {
  const differing = view.competitors.filter((c) => !c.agrees);
  const agreeing = view.competitors.filter((c) => c.agrees);
  const list = h(doc, 'ol', { class: 'others', 'aria-label': 'Figures from other outlets, oldest first' }, ...differing.map((c) => competitor(doc, c)));
  if (agreeing.length === 0) return list;
  const outlets = [...new Set(agreeing.map((c) => c.outlet))];
  const folded = h(
    doc,
    'details',
    { class: 'agreeing' },
    h(doc, 'summary', {}, `${agreeing.length} ${agreeing.length === 1 ? 'figure agrees' : 'figures agree'} with this page: ${outlets.join(', ')}`),
    h(doc, 'ol', { class: 'others', 'aria-label': 'Figures that agree with this page, oldest first' }, ...agreeing.map((c) => competitor(doc, c))),
  );
  // With nothing that differs, the agreeing figures are all there is to see.
  if (differing.length === 0) folded.setAttribute('open', '');
  return h(doc, 'div', {}, differing.length > 0 && list, folded);
}

export function renderDetails(doc: Document, view: FigureView, titleId: string): HTMLElement {
  return h(
    doc,
    'div',
    { class: `details ${view.timeVerdict}` },
    h(doc, 'div', { class: 'heading' }, h(doc, 'span', { class: `verdict ${view.timeVerdict}` }, VERDICT_NAME[view.timeVerdict]), h(doc, 'h2', { id: titleId }, view.label)),
    view.revision &&
      h(
        doc,
        'p',
        { class: 'revision' },
        h(doc, 'strong', {}, view.revision.counts.join(' → ')),
        view.revision.span && `, ${view.revision.span}`,
      ),
    h(
      doc,
      'p',
      { class: 'summary' },
      !view.revision && view.range && `${view.range[0].toUpperCase()}${view.range.slice(1)}; `,
      'this page: ',
      h(doc, 'strong', {}, view.pageText),
      view.pageInterval !== view.pageText && ` (${view.pageInterval})`,
    ),
    view.competitors.length > 0
      ? others(doc, view)
      : h(doc, 'p', { class: 'none' }, 'No other outlet in the stored claim sets reported this quantity.'),
  );
}
