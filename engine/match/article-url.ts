// Whether two addresses name the same article: the page a reader has open and a source of a
// claim set. Scheme, "www.", a trailing slash, the fragment and the parameters that only track
// where a reader came from do not change the article; every other query parameter may be what
// names it ("?p=317923" on a WordPress site, "?id=…" elsewhere), so it is kept.

// Parameters that analytics and social sites add to a shared link.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|cmpid|ocid|_ga|smid|src)$/i;

/** The article an address names, as a comparable string; '' when it is not an http(s) address. */
export function articleKey(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const params = [...url.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  return `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
}

export function sameArticle(a: string, b: string): boolean {
  const key = articleKey(a);
  return key !== '' && key === articleKey(b);
}
