// The words a page leads with: its title, its metadata (description, Open Graph and Twitter
// cards, the JSON-LD headline), its main headings and the first few thousand characters of its
// paragraphs. A news page names its subject there, so the relevance gate decides from these
// alone, and what it reads no longer grows with the page. The trade-off: a page that names its
// subject only further down is missed; one whose sidebar or related links name a stored event
// is no longer let through on them (see content/page-gate.ts for what was measured).
import { readPageWords } from './page-words';

/** About a screenful of an article: its first paragraphs, where the event is named. */
export const LEAD_PROSE_CHARS = 3000;
/** Headings read, h1 first, then h2: the headline and the first section titles. */
const LEAD_HEADINGS = 12;
/** JSON-LD is read only this far: some pages put their whole article or catalogue there. */
const JSON_LD_CHARS = 20_000;
/** Text nodes a page without paragraphs is read for, at most. */
const FALLBACK_NODES = 600;

const META =
  'meta[name="description"],meta[property="og:title"],meta[property="og:description"],' +
  'meta[name="twitter:title"],meta[name="twitter:description"]';
const JSON_LD_TEXT = /"(?:headline|alternativeHeadline|description)"\s*:\s*"((?:[^"\\]|\\.){1,500})"/g;

/** The lead words of `doc`, joined by spaces. */
export function readLeadWords(doc: Document): string {
  const parts: string[] = [doc.title];
  for (const meta of doc.querySelectorAll<HTMLMetaElement>(META)) parts.push(meta.content);
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const m of (script.textContent ?? '').slice(0, JSON_LD_CHARS).matchAll(JSON_LD_TEXT)) parts.push(m[1]);
  }
  const body = doc.body;
  if (!body) return join(parts);
  let headings = 0;
  for (const tag of ['h1', 'h2']) {
    // Indexed rather than asked for its length: a live collection counts every match for that.
    const found = body.getElementsByTagName(tag);
    for (let i = 0; headings < LEAD_HEADINGS && found[i]; i++, headings++) parts.push(found[i].textContent ?? '');
  }
  let budget = LEAD_PROSE_CHARS;
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0; budget > 0 && paragraphs[i]; i++) {
    const text = paragraphs[i].textContent ?? '';
    parts.push(text.length > budget ? text.slice(0, budget) : text);
    budget -= text.length;
  }
  if (budget === LEAD_PROSE_CHARS) parts.push(firstWords(body, budget));
  return join(parts);
}

const join = (parts: string[]) => parts.filter((part) => part !== '').join(' ');

/** The first `chars` characters of prose under `body`, for pages that set their text without
 *  paragraphs. */
function firstWords(body: HTMLElement, chars: number): string {
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(), n = 0; node && chars > 0 && n < FALLBACK_NODES; node = walker.nextNode(), n++) {
    const words = readPageWords(node);
    parts.push(words);
    chars -= words.length;
  }
  return join(parts);
}
