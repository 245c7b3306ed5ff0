// Numbers as the popover, the popup and the aria-labels show them: en-US digit grouping, at most
// three decimals ("12,345.679"). Written out rather than Intl.NumberFormat because building the
// first formatter costs a page a fraction of a millisecond of ICU setup, paid by every page the
// reader runs on for a handful of labels.

/** Digit groups of three, from the right. */
const GROUPS = /\B(?=(\d{3})+$)/g;

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  // Past 1e21 String() switches to exponent notation; such values are not figures of news.
  if (rounded >= 1e21) return String(n);
  const [whole, fraction] = String(rounded).split('.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${whole.replace(GROUPS, ',')}${fraction ? `.${fraction}` : ''}`;
}
