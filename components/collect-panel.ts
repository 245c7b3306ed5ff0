// The popup's "Add this article" panel: reads the open page's article (through `readPage`, the
// collect script), offers the stored events it could join (those whose terms the page shares
// first) or a new one titled from the headline, and shows progress while the background adds it
// and rebuilds the event's claim set, then what the set now holds or why nothing was added.
import { summaryText } from '../collect/collection';
import { mayMissFigures } from '../collect/page-metadata';
import type { PageArticle, ReadArticleResult } from '../collect/article';
import type { CollectResponse, EventChoice } from './collect-messages';
import { h } from './dom';

export interface CollectPanelDeps {
  readPage: () => Promise<ReadArticleResult>;
  send: <T>(message: object) => Promise<T>;
}

const NEW_EVENT = '';

/** Said when a page declares a language other than English. */
export function languageNote(language: string): string {
  return `This page is in another language (${language}): it was added, but Crosscount reads figures written in English, so some of its figures may be missed.`;
}

/** Fills `root` with the panel; returns its teardown. */
export function mountCollectPanel(root: HTMLElement, { readPage, send }: CollectPanelDeps): () => void {
  const doc = root.ownerDocument;
  const status = h(doc, 'p', { class: 'collect-status', role: 'status', 'aria-live': 'polite' });
  const start = h(doc, 'button', { type: 'button', class: 'collect-start' }, 'Add this article to an event…');
  const form = h(doc, 'form', { class: 'collect-form', hidden: '' });
  root.replaceChildren(start, form, status);
  let ended = false;

  const say = (text: string, kind: 'progress' | 'ok' | 'error' | 'note', ...more: string[]) => {
    if (ended) return;
    status.className = `collect-status ${kind}`;
    status.replaceChildren(
      kind === 'progress' ? h(doc, 'progress', { 'aria-label': text }) : '',
      h(doc, 'span', {}, text),
      ...more.map((line) => h(doc, 'span', { class: 'note' }, line)),
    );
  };

  function showForm(article: PageArticle, events: EventChoice[]) {
    const options = events.map((event, i) =>
      h(
        doc,
        'label',
        { class: 'choice' },
        h(doc, 'input', { type: 'radio', name: 'target', value: event.id, ...(i === 0 && event.related ? { checked: '' } : {}) }),
        ` ${event.title} `,
        h(doc, 'span', { class: 'meta' }, `${event.articles} article${event.articles === 1 ? '' : 's'}${event.related ? ' · shares words with this page' : ''}`),
      ),
    );
    const proposed = !events[0]?.related;
    const title = h(doc, 'input', { type: 'text', name: 'title', class: 'collect-title', 'aria-label': 'Title of the new event', maxlength: '300' });
    title.value = article.title;
    const add = h(doc, 'button', { type: 'submit', class: 'collect-add' }, 'Add');
    form.replaceChildren(
      h(doc, 'p', { class: 'collect-article' }, h(doc, 'strong', {}, article.outlet), ` — ${article.title}`, article.published ? ` (${article.published})` : ''),
      h(
        doc,
        'fieldset',
        {},
        h(doc, 'legend', {}, 'Add it to'),
        ...options,
        h(doc, 'label', { class: 'choice' }, h(doc, 'input', { type: 'radio', name: 'target', value: NEW_EVENT, ...(proposed ? { checked: '' } : {}) }), ' A new event: '),
        title,
      ),
      add,
    );
    title.addEventListener('focus', () => {
      form.querySelector<HTMLInputElement>(`input[name="target"][value="${NEW_EVENT}"]`)!.checked = true;
    });
    form.hidden = false;
    form.onsubmit = async (event) => {
      event.preventDefault();
      const target = form.querySelector<HTMLInputElement>('input[name="target"]:checked')?.value ?? NEW_EVENT;
      const to = target === NEW_EVENT ? { title: title.value } : { event: target };
      const name = target === NEW_EVENT ? title.value.trim() : (events.find((e) => e.id === target)?.title ?? '');
      add.disabled = true;
      say(`Adding the article and rebuilding the claim set of “${name}”…`, 'progress');
      try {
        const result = await send<CollectResponse>({ type: 'collect', article, to });
        if (result.ok) {
          form.hidden = true;
          say(`Added to “${result.event.title}”: ${summaryText(result.summary)}.`, 'ok', ...(result.mayMissFigures ? [languageNote(article.language)] : []));
        } else {
          say(result.message, 'error');
        }
      } catch (error) {
        say(`The article could not be added (${error instanceof Error ? error.message : String(error)}); nothing was changed.`, 'error');
      } finally {
        add.disabled = false;
      }
    };
  }

  start.addEventListener('click', async () => {
    start.disabled = true;
    say('Reading the article…', 'progress');
    try {
      const read = await readPage();
      if (!read.ok) {
        say(read.message, 'error');
        return;
      }
      const { events } = await send<{ events: EventChoice[] }>({ type: 'collect-choices', text: read.article.text });
      say(mayMissFigures(read.article.language) ? `This page declares the language “${read.article.language}”; figures may be missed.` : '', 'note');
      start.hidden = true;
      showForm(read.article, events);
    } catch (error) {
      say(`This page could not be read (${error instanceof Error ? error.message : String(error)}).`, 'error');
    } finally {
      start.disabled = false;
    }
  });

  return () => {
    ended = true;
    form.onsubmit = null;
    root.replaceChildren();
  };
}
