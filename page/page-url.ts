// The address a page stands for: its canonical link when it declares one, else where it was
// loaded from. The matcher uses it to leave a page's own article out of its competitors, so a
// copy of an article (served locally, mirrored, or reached through tracking parameters) is
// still recognised as that article. Shared by the content script and the CLI.
//
// No URL object is made here: a content script's first `new URL` on a page costs about a tenth
// of a millisecond, as the browser sets up the URL interface in the script's fresh world. A
// link's `href` property is already resolved against the page's base, and og:url is an absolute
// address by definition; the matcher parses and normalises whatever is sent.

const WEB_ADDRESS = /^https?:\/\//i;

export function pageUrlOf(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href;
  if (canonical && WEB_ADDRESS.test(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content')?.trim();
  if (og && WEB_ADDRESS.test(og)) return og;
  return doc.location?.href ?? doc.baseURI;
}
