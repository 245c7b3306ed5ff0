// The address a page stands for: its canonical link when it declares one, else where it was
// loaded from. The matcher uses it to leave a page's own article out of its competitors, so a
// copy of an article (served locally, mirrored, or reached through tracking parameters) is
// still recognised as that article. Shared by the content script and the CLI.

export function pageUrlOf(doc: Document): string {
  for (const selector of ['link[rel~="canonical"][href]', 'meta[property="og:url"][content]']) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('href') ?? el?.getAttribute('content');
    if (!value) continue;
    try {
      const url = new URL(value, doc.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not a URL: fall through to the next candidate
    }
  }
  return doc.location?.href ?? doc.baseURI;
}
