// Finds a stored claim again in a page's text by its TextQuoteSelector (the figure as written,
// with the text just before and after it), as annotation tools re-anchor a quote.
//
// The page's text is not the article file the claim was read from: a page puts its blocks on
// lines of their own and collapses spaces, so the context is compared with whitespace runs
// read as one space. A figure such as "55" occurs many times on a page; only the occurrences
// whose surroundings agree with most of the stored context are the claim (more than one when
// the page repeats the passage, as a "read more" or a pull quote does). A page that has changed
// since the claim set was built gives no anchor rather than a wrong one.

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Share of the stored context (prefix and suffix together) that must agree. */
const MIN_AGREEMENT = 0.8;
// Claim sets are untrusted: however long a stored context, or however common a stored quote on
// the page, anchoring stays a bounded amount of work. Past the limit a quote gives no anchor
// and the page is read instead.
const MAX_CONTEXT = 64;
const MAX_OCCURRENCES = 1000;

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Where `selector.exact` stands in `text` with the stored context around it: every such place. */
export function anchorQuote(text: string, selector: QuoteSelector): { start: number; end: number }[] {
  const { exact } = selector;
  if (!exact) return [];
  const prefix = squeeze(selector.prefix).slice(-MAX_CONTEXT);
  const suffix = squeeze(selector.suffix).slice(0, MAX_CONTEXT);
  const wanted = prefix.length + suffix.length;
  // Whitespace in the page may be longer than in the article (indentation, line breaks).
  const reach = 4 * Math.max(prefix.length, suffix.length) + 16;
  const found: { start: number; end: number }[] = [];
  let seen = 0;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (++seen > MAX_OCCURRENCES) return [];
    const before = squeeze(text.slice(Math.max(0, at - reach), at));
    const after = squeeze(text.slice(at + exact.length, at + exact.length + reach));
    const agreed = commonTail(before, prefix) + commonHead(after, suffix);
    if (wanted === 0 || agreed / wanted >= MIN_AGREEMENT) found.push({ start: at, end: at + exact.length });
  }
  return found;
}
