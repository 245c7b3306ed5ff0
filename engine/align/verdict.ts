// Verdicts on a quantity several outlets reported.
//
// `verdictOf` is the timeless one the claim set's `conflict` field has always carried: can every
// figure hold at once? `timeVerdictOf` refines a conflict with the articles' dates and who gave
// each figure, because a death toll that rises from 71 to 76 in a day is not a dispute between
// outlets, while an official 76 against an independent count of 210 is:
//
// - revised: the figures cannot all hold, but no two of them are rivals (below): each change is
//   a later count replacing an earlier one. One outlet, 3 May: "killed at least 71 people";
//   another, 4 May: "has risen to 76, the health ministry said".
// - disputed: at least two figures are rivals. One outlet, 10 May, in one sentence: "officials
//   previously said the disaster killed 76 people, an independent count … shows at least 210
//   died".
// - agree: every figure can hold at once (two outlets, both 4 May: 76).
// - single: one outlet.
//
// Two figures that cannot both hold are rivals when
// - they were published the same day (or either date is unknown) and did not come from the same
//   giver: two counts standing side by side. The same giver on the same day is a correction
//   ("an increase from the previous toll of 71");
// - or one came from officials and the other from an independent count, whatever their dates:
//   an independent tally does not supersede the official one, it contests it.
// Otherwise the later figure supersedes the earlier: who gave it is unknown or of the same kind
// (police then hospital officials), as tolls are updated.
import type { Claim, Interval, Verdict } from '../claimset/types';
import { allHold } from './intervals';
import { byCodeUnit } from '../text/compare';

/** conflict when the figures cannot all hold, agree when they can and two or more outlets gave them. */
export function verdictOf(figures: { source: string; value: Interval }[]): Verdict {
  if (new Set(figures.map((f) => f.source)).size < 2) return 'single';
  return allHold(figures.map((f) => f.value)) ? 'agree' : 'conflict';
}

export type TimeVerdict = 'revised' | 'disputed' | 'agree' | 'single';

/** A figure with what its verdict over time needs: its article, who gave it, and when. */
export interface DatedFigure {
  /** The article it comes from. */
  source: string;
  value: Interval;
  speaker: string | null;
  /** The article's publication date as the claim set stores it ("2015-09-26"); anything that
   *  does not start with a calendar date counts as unknown. */
  published: string;
  /** The words of its sentence before it, where an article says a figure is an earlier one
   *  ("an increase from the previous toll of 717"). */
  before?: string;
}

/** A claim as its verdict over time reads it; `published` is its article's date. */
export function datedFigure(claim: Claim, published: string): DatedFigure {
  return { source: claim.source, value: claim.value, speaker: claim.speaker, published, before: claim.sentence.slice(0, claim.sentenceStart) };
}

/** "2015-09-26" from "2015-09-26" or "2015-09-26T08:00Z"; null when there is no date. */
export function dayOf(published: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

// "the previous toll of 717", "up from 717", "an initial count of": the article itself dates the
// figure before its own day.
const SUPERSEDED = /\b(?:(?:previous|earlier|initial|prior|old|original)\s+(?:\p{L}+\s+){0,2}(?:of\s+)?|(?:up|increase|rise|down|risen|rose)\s+from\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:of\s+)?)$/iu;

/** The day a figure stood, as a sortable key: a figure its article calls an earlier one sorts
 *  just before the article's day ("2015-09-26<"), the others on it ("2015-09-26="). */
function standingKey(f: DatedFigure): string | null {
  const day = dayOf(f.published);
  if (!day) return null;
  return f.before && SUPERSEDED.test(f.before) ? `${day}<` : `${day}=`;
}

// Words that name a role rather than who holds it: "Ruritanian officials" and "Ruritanian Health
// Minister Ana Ruiz" are the same giver through "ruritanian", not through "officials".
const ROLE_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'who', 'said', 'says', 'told', 'previously', 'while', 'also', 'its', 'his', 'her', 'their',
  'official', 'officials', 'authority', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources',
  'statement', 'minister', 'ministry', 'director', 'general', 'chief', 'head', 'count', 'tally', 'figures', 'figure',
]);

function giverWords(speaker: string | null): Set<string> {
  if (!speaker) return new Set();
  const words = speaker.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  return new Set(words.map((w) => w.replace(/[.'’-]+$/, '')).filter((w) => w.length > 1 && !ROLE_WORDS.has(w)));
}

const sameGiver = (a: DatedFigure, b: DatedFigure) => {
  const words = giverWords(b.speaker);
  return [...giverWords(a.speaker)].some((w) => words.has(w));
};

// Checked in this order: "an Associated Press count based on official figures" is a count of
// its own, not an official one.
const INDEPENDENT = /\b(associated press|ap|afp|reuters|count|tally|study|survey|researchers?|university|monitor|observatory|independent|analysis|ngo|human rights)\b/i;
const OFFICIAL = /\b(officials?|authorit(y|ies)|ministry|minister|government|governor|police|sheriff|coroner|spokes(man|woman|person)|military|army|pentagon|coalition|command|department|president|mayor|directorate|kingdom|civil defen[cs]e)\b/i;

export type Giver = 'official' | 'independent' | null;

export function giverKind(speaker: string | null): Giver {
  if (!speaker) return null;
  if (INDEPENDENT.test(speaker)) return 'independent';
  return OFFICIAL.test(speaker) ? 'official' : null;
}

function rivals(a: DatedFigure, b: DatedFigure): boolean {
  if (allHold([a.value, b.value])) return false;
  const kindA = giverKind(a.speaker), kindB = giverKind(b.speaker);
  if (kindA && kindB && kindA !== kindB) return true;
  const dayA = standingKey(a), dayB = standingKey(b);
  return (dayA === null || dayB === null || dayA === dayB) && !sameGiver(a, b);
}

export function timeVerdictOf(figures: DatedFigure[]): TimeVerdict {
  const timeless = verdictOf(figures);
  if (timeless !== 'conflict') return timeless;
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) if (rivals(figures[i], figures[j])) return 'disputed';
  }
  return 'revised';
}

/** One step of a revised quantity: the figures of consecutive days that all hold together. */
export interface RevisionStep<F extends DatedFigure = DatedFigure> {
  figures: F[];
  /** First and last day of the step; null when its figures are undated. */
  from: string | null;
  to: string | null;
}

/**
 * The figures in date order, cut where the count changed: 290 on 3 May, then 312 on 4 May
 * and after. Undated figures go last. Within a day, figures keep their given order.
 */
export function revisionSteps<F extends DatedFigure>(figures: readonly F[]): RevisionStep<F>[] {
  const dated = figures
    .map((figure, index) => ({ figure, index, day: dayOf(figure.published), key: standingKey(figure) ?? '\uffff' }))
    .sort((a, b) => byCodeUnit(a.key, b.key) || a.index - b.index);
  const steps: RevisionStep<F>[] = [];
  for (const { figure, day } of dated) {
    const last = steps.at(-1);
    if (last && allHold([...last.figures, figure].map((f) => f.value))) {
      last.figures.push(figure);
      if (day) last.to = day;
      last.from ??= day;
    } else {
      steps.push({ figures: [figure], from: day, to: day });
    }
  }
  return steps;
}

/**
 * The time verdict of a page's figure in a stored group. The page has no date the claim set
 * knows, so its figure cannot start a revision of its own: where it conflicts, the quantity is
 * revised when the stored figures were revised and the page gives one of their counts (an
 * article written before the last update); otherwise the page's figure stands against them.
 */
export function timeVerdictOfPageFigure(pageVerdict: Verdict, pageValue: Interval, group: TimeVerdict | undefined, stored: readonly Interval[]): TimeVerdict {
  if (pageVerdict !== 'conflict') return pageVerdict;
  return group === 'revised' && stored.some((value) => allHold([value, pageValue])) ? 'revised' : 'disputed';
}
