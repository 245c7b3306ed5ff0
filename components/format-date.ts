// Dates as the popover, the popup and the report show them: "26 September 2015", and spans
// "25–26 September 2015". Written out, like format-number.ts, rather than Intl.DateTimeFormat:
// the claim set's dates are calendar days ("2015-09-26"), which need no time zone, and the
// first formatter would cost the page ICU setup.
import { dayOf } from '../engine/align/verdict';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Day {
  year: string;
  month: string;
  date: number;
}

function partsOf(published: string): Day | null {
  const day = dayOf(published);
  if (!day) return null;
  const [year, month, date] = day.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && Number(date) >= 1 && Number(date) <= 31 ? { year, month: name, date: Number(date) } : null;
}

/** "26 September 2015"; a date that is not a calendar day is shown as it was given. */
export function formatDay(published: string): string {
  const d = partsOf(published);
  return d ? `${d.date} ${d.month} ${d.year}` : published;
}

/** "25–26 September 2015", "30 September – 2 October 2015", or one day; '' when either end is unknown. */
export function formatDaySpan(from: string | null, to: string | null): string {
  const a = from ? partsOf(from) : null;
  const b = to ? partsOf(to) : null;
  if (!a || !b) return '';
  if (a.year !== b.year) return `${formatDay(from!)} – ${formatDay(to!)}`;
  if (a.month !== b.month) return `${a.date} ${a.month} – ${b.date} ${b.month} ${b.year}`;
  return a.date === b.date ? `${a.date} ${a.month} ${a.year}` : `${a.date}–${b.date} ${a.month} ${a.year}`;
}
