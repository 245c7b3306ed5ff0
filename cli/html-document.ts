// A DOM built from a saved file, for the CLI to read pages exactly as the content script does.
// Scripts never run: happy-dom is told not to load or execute anything.
import { Window } from 'happy-dom';

export function documentFromHtml(html: string, url = 'http://localhost/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A plain-text article as a page: one paragraph per line. */
export function documentFromText(text: string): Document {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text.split('\n').map((line) => (line.trim() ? `<p>${escape(line)}</p>` : '')).join('\n');
  return documentFromHtml(`<!doctype html><html><body><article>${body}</article></body></html>`);
}
