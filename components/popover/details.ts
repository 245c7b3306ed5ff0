// The popover's content for one figure: the quantity, this page's figure, the reported range,
// and every competing figure with its outlet, speaker, date, sentence and article.
import { h } from '../dom';
import { VERDICT_NAME, type CompetitorView, type FigureView } from '../figure-view';

function competitor(doc: Document, c: CompetitorView): HTMLElement {
  const meta = [c.outlet, c.speaker, c.date].filter((part): part is string => !!part).join(' · ');
  return h(
    doc,
    'li',
    { class: c.agrees ? 'other agrees' : 'other differs' },
    h(doc, 'div', { class: 'figure-line' }, h(doc, 'strong', { class: 'figure' }, c.text), c.agrees && h(doc, 'span', { class: 'tag' }, 'agrees with this page')),
    h(doc, 'div', { class: 'meta' }, meta),
    h(doc, 'blockquote', {}, c.sentence.before, h(doc, 'em', {}, c.sentence.figure), c.sentence.after),
    c.url && h(doc, 'a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, `Read the ${c.outlet} article`),
  );
}

export function renderDetails(doc: Document, view: FigureView, titleId: string): HTMLElement {
  return h(
    doc,
    'div',
    { class: `details ${view.verdict}` },
    h(doc, 'div', { class: 'heading' }, h(doc, 'span', { class: `verdict ${view.verdict}` }, VERDICT_NAME[view.verdict]), h(doc, 'h2', { id: titleId }, view.label)),
    h(
      doc,
      'p',
      { class: 'summary' },
      view.range && `Reported range ${view.range}; `,
      'this page: ',
      h(doc, 'strong', {}, view.pageText),
      view.pageInterval !== view.pageText && ` (${view.pageInterval})`,
    ),
    view.competitors.length > 0
      ? h(doc, 'ol', { class: 'others', 'aria-label': 'Figures from other outlets' }, ...view.competitors.map((c) => competitor(doc, c)))
      : h(doc, 'p', { class: 'none' }, 'No other outlet in the stored claim sets reported this quantity.'),
  );
}
