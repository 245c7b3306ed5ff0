// The element a UI piece lives in on a page: a custom element (so no page style for a known
// element applies) with an open shadow root holding the piece's own style sheet, reset first so
// the page's `* { all: … }` cannot reach in. Open, as WXT's were: the browser tests read inside,
// and a page that looks can already see the marks in its own text.
const RESET = ':host { all: initial !important; }';

export function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${RESET}\n${css}`;
  shadow.append(style);
  return { host, shadow };
}
