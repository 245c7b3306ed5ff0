// The options page's list of collected events: each with its articles (outlet, title, date,
// figures found), a way to rename it, delete it, export it as a .zip that `crosscount build`
// reads, and to remove one article. Text from pages is rendered as text.
import { summaryText } from '../collect/collection';
import type { CollectedEventListing } from './collect-messages';
import { h } from './dom';

export interface CollectedEventActions {
  rename: (title: string) => void;
  remove: () => void;
  removeArticle: (articleId: string) => void;
}

export function renderCollectedEvent(doc: Document, event: CollectedEventListing, bundleUrl: string, actions: CollectedEventActions): HTMLElement {
  const title = h(doc, 'input', { type: 'text', name: 'title', 'aria-label': `Title of ${event.title}`, maxlength: '300' });
  title.value = event.title;
  const rename = h(doc, 'form', { class: 'rename' }, title, h(doc, 'button', { type: 'submit' }, 'Rename'));
  rename.addEventListener('submit', (e) => {
    e.preventDefault();
    actions.rename(title.value);
  });
  const remove = h(doc, 'button', { type: 'button', class: 'delete-event', 'aria-label': `Delete ${event.title}` }, 'Delete event');
  remove.addEventListener('click', () => actions.remove());
  const bundle = h(doc, 'a', { class: 'export-bundle', download: `${event.id}.zip`, href: bundleUrl }, 'Export articles (.zip for crosscount build)');
  const articles = event.articles.map((a) => {
    const drop = h(doc, 'button', { type: 'button', class: 'remove-article', 'aria-label': `Remove ${a.outlet}: ${a.title}` }, 'Remove');
    drop.addEventListener('click', () => actions.removeArticle(a.id));
    return h(
      doc,
      'li',
      { 'data-article': a.id },
      h(doc, 'strong', {}, a.outlet),
      ` — ${a.title}`,
      h(doc, 'span', { class: 'meta' }, ` · ${a.published || 'no date'} · ${a.figures} figure${a.figures === 1 ? '' : 's'} found`),
      drop,
    );
  });
  return h(
    doc,
    'li',
    { 'data-collected': event.id },
    rename,
    h(doc, 'div', { class: 'meta' }, `${event.id} · ${summaryText(event.summary)}`),
    h(doc, 'div', { class: 'actions' }, bundle, remove),
    h(doc, 'ul', { class: 'articles' }, ...articles),
  );
}
