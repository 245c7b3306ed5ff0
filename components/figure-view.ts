// What a reader is shown about one figure on the page, assembled from the matcher's PageFigure
// and the claim sets it refers to. Made in the background, where the claim sets are, and sent to
// the popover and the popup alike, so both say the same.
import type { Claim, ClaimSet, Interval, TimeVerdict, Verdict } from '../engine/claimset/types';
import type { PageFigure } from '../engine/match/page-figure';
import { numberAsWritten, reportedRangeOf } from '../engine/align/label';
import { datedFigure, dayOf, revisionSteps, timeVerdictOfPageFigure } from '../engine/align/verdict';
import { formatDaySpan } from './format-date';
import { formatNumber } from './format-number';
import { byCodeUnit } from '../engine/text/compare';
import type { FigureOnPage } from './messages';

export interface CompetitorView {
  claimId: string;
  /** The figure as the other outlet wrote it. */
  text: string;
  outlet: string;
  speaker: string | null;
  /** The article's publication date as the claim set gives it ("2016-06-30"). */
  date: string;
  /** From the latest article among the competitors, when they were not all published the same day. */
  latest: boolean;
  /** The sentence in three parts, so the figure can be emphasised without markup in data. */
  sentence: { before: string; figure: string; after: string };
  /** The article's address, only when it is an http(s) URL. */
  url: string | null;
  agrees: boolean;
  value: Interval;
}

/** A revised quantity's counts in date order: "290 → 312", "3–4 May 2015". */
export interface RevisionView {
  counts: string[];
  span: string;
}

export interface FigureView {
  label: string;
  verdict: Verdict;
  /** The verdict with time: a conflict is a revision or a dispute. */
  timeVerdict: TimeVerdict;
  /** This page's figure as written, and its interval. */
  pageText: string;
  pageInterval: string;
  /** "outlets report 40 to 798 vehicles": the lowest and highest numbers written. */
  range: string;
  /** In the order they were published, undated last; lowest first within a day. */
  competitors: CompetitorView[];
  /** For a revised quantity, its counts over time; otherwise null. */
  revision: RevisionView | null;
  /** One sentence for screen readers and tooltips. */
  summary: string;
}

export function formatInterval({ low, high }: Interval): string {
  if (low !== null && high !== null) return low === high ? formatNumber(low) : `${formatNumber(low)} – ${formatNumber(high)}`;
  if (low !== null) return `at least ${formatNumber(low)}`;
  if (high !== null) return `at most ${formatNumber(high)}`;
  return 'unknown';
}

export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export const VERDICT_NAME: Record<TimeVerdict, string> = {
  disputed: 'Outlets disagree',
  revised: 'Revised over time',
  agree: 'Outlets agree',
  single: 'Only one outlet',
};

function splitSentence(claim: Claim) {
  const at = Math.max(0, Math.min(claim.sentenceStart, claim.sentence.length));
  const end = Math.min(claim.sentence.length, at + claim.text.length);
  return { before: claim.sentence.slice(0, at), figure: claim.sentence.slice(at, end), after: claim.sentence.slice(end) };
}

interface SetLookup {
  claims: Map<string, Claim>;
  sources: Map<string, ClaimSet['sources'][number]>;
  groups: Map<string, ClaimSet['groups'][number]>;
}

// Every figure on a page is viewed (its aria-label is its summary): the set's lookups are built
// once per set, not once per figure.
const lookups = new WeakMap<ClaimSet, SetLookup>();

function lookupOf(set: ClaimSet): SetLookup {
  let lookup = lookups.get(set);
  if (!lookup) {
    lookup = {
      claims: new Map(set.claims.map((c) => [c.id, c])),
      sources: new Map(set.sources.map((s) => [s.id, s])),
      groups: new Map(set.groups.map((g) => [g.id, g])),
    };
    lookups.set(set, lookup);
  }
  return lookup;
}

export function viewFigure(figure: PageFigure, sets: readonly ClaimSet[]): FigureView {
  const set = sets.find((s) => s.event.id === figure.eventId);
  const { claims, sources } = set ? lookupOf(set) : { claims: new Map<string, Claim>(), sources: new Map() };
  const agreeing = new Set(figure.agreeing);
  const competing = figure.competitors.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
  // "Latest" tells figures apart only when some are older: on one day's coverage it marks none.
  const days = competing.map((c) => dayOf(sources.get(c.source)?.published ?? '')).filter((d) => d !== null).sort();
  const lastDay = days.length > 0 && days[0] !== days.at(-1) ? days.at(-1) : undefined;
  const competitors = competing
    .map((claim): CompetitorView => {
      const source = sources.get(claim.source);
      return {
        claimId: claim.id,
        text: claim.text,
        outlet: source?.outlet ?? 'Unknown outlet',
        speaker: claim.speaker,
        date: source?.published ?? '',
        latest: lastDay !== undefined && dayOf(source?.published ?? '') === lastDay,
        sentence: splitSentence(claim),
        url: safeUrl(source?.url),
        agrees: agreeing.has(claim.id),
        value: claim.value,
      };
    })
    .sort((a, b) => byCodeUnit(dayOf(a.date) ?? '\uffff', dayOf(b.date) ?? '\uffff') || lowOf(a.value) - lowOf(b.value));
  const { range, timeVerdict, members } = describe(figure, set);
  // The whole quantity's counts over time, this page's article's among them when it is one of
  // the set's: the sequence is the story, not only the other outlets' part of it.
  const revision = timeVerdict === 'revised' ? revisionOf(members, sources) : null;
  return {
    label: figure.label,
    verdict: figure.verdict,
    timeVerdict,
    pageText: figure.text,
    pageInterval: formatInterval(figure.value),
    range,
    competitors,
    revision,
    summary: summaryOf(figure, timeVerdict, range, revision),
  };
}

const lowOf = (v: Interval) => v.low ?? v.high ?? 0;

function revisionOf(members: Claim[], sources: SetLookup['sources']): RevisionView {
  const steps = revisionSteps(members.map((claim) => ({ ...datedFigure(claim, sources.get(claim.source)?.published ?? ''), claim })));
  return {
    counts: steps.map((step) => [...new Set(step.figures.map((f) => numberAsWritten(f.claim)))].join(' / ')),
    span: formatDaySpan(steps[0]?.from ?? null, steps.at(-1)?.to ?? null),
  };
}

/** What the view and the summary say of a figure's group: its reported range and time verdict. */
function describe(figure: PageFigure, set: ClaimSet | undefined): { range: string; timeVerdict: TimeVerdict; members: Claim[] } {
  const lookup = set ? lookupOf(set) : undefined;
  const group = lookup?.groups.get(figure.groupId);
  const members = (group?.claims ?? []).map((id) => lookup!.claims.get(id)).filter((c): c is Claim => c !== undefined);
  return {
    range: members.length ? reportedRangeOf(members) : '',
    timeVerdict: timeVerdictOfPageFigure(figure.verdict, figure.value, group?.timeVerdict, members.map((c) => c.value)),
    members,
  };
}

/** A figure as the page receives it (see FigureOnPage): made by the background for every
 *  figure it matched. */
export function figureOnPage(figure: PageFigure, sets: readonly ClaimSet[]): FigureOnPage {
  const { range, timeVerdict } = describe(figure, sets.find((s) => s.event.id === figure.eventId));
  const revision = timeVerdict === 'revised' ? viewFigure(figure, sets).revision : null;
  return { ...figure, timeVerdict, summary: summaryOf(figure, timeVerdict, range, revision) };
}

/** The figure's one sentence for screen readers: every highlight carries one as its
 *  aria-label. */
export function summarizeFigure(figure: PageFigure, sets: readonly ClaimSet[]): string {
  return figureOnPage(figure, sets).summary;
}

function summaryOf(figure: PageFigure, verdict: TimeVerdict, range: string, revision: RevisionView | null): string {
  switch (verdict) {
    case 'disputed':
      return `${figure.label}: ${figure.text} on this page, disputed${range ? `; ${range}` : ''}`;
    case 'revised':
      return `${figure.label}: ${figure.text} on this page; revised over time${revision ? `: ${revision.counts.join(' → ')}${revision.span ? `, ${revision.span}` : ''}` : ''}`;
    case 'agree':
      return `${figure.label}: ${figure.text} on this page, other outlets agree`;
    case 'single':
      return `${figure.label}: ${figure.text} on this page, no other outlet reported it`;
  }
}
