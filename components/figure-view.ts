// What a reader is shown about one figure on the page, assembled from the matcher's PageFigure
// and the claim sets it refers to. Made in the background, where the claim sets are, and sent to
// the popover and the popup alike, so both say the same.
import type { Claim, ClaimSet, Interval, Verdict } from '../engine/claimset/types';
import type { PageFigure } from '../engine/match/page-figure';
import { formatNumber } from './format-number';

export interface CompetitorView {
  claimId: string;
  /** The figure as the other outlet wrote it. */
  text: string;
  outlet: string;
  speaker: string | null;
  date: string;
  /** The sentence in three parts, so the figure can be emphasised without markup in data. */
  sentence: { before: string; figure: string; after: string };
  /** The article's address, only when it is an http(s) URL. */
  url: string | null;
  agrees: boolean;
  value: Interval;
}

export interface FigureView {
  label: string;
  verdict: Verdict;
  /** This page's figure as written, and its interval. */
  pageText: string;
  pageInterval: string;
  /** "40 – 798 vehicles": everything reported for the quantity. */
  range: string;
  /** Lowest figure first, so the spread is plain. */
  competitors: CompetitorView[];
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

export const VERDICT_NAME: Record<Verdict, string> = {
  conflict: 'Outlets disagree',
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
  const competitors = figure.competitors
    .map((id) => claims.get(id))
    .filter((c): c is Claim => c !== undefined)
    .map((claim): CompetitorView => {
      const source = sources.get(claim.source);
      return {
        claimId: claim.id,
        text: claim.text,
        outlet: source?.outlet ?? 'Unknown outlet',
        speaker: claim.speaker,
        date: source?.published ?? '',
        sentence: splitSentence(claim),
        url: safeUrl(source?.url),
        agrees: agreeing.has(claim.id),
        value: claim.value,
      };
    })
    .sort((a, b) => (a.value.low ?? a.value.high ?? 0) - (b.value.low ?? b.value.high ?? 0));
  const range = rangeOf(figure, set);
  return { label: figure.label, verdict: figure.verdict, pageText: figure.text, pageInterval: formatInterval(figure.value), range, competitors, summary: summaryOf(figure, range) };
}

/** "40 – 798 vehicles": everything reported for the figure's quantity. */
function rangeOf(figure: PageFigure, set: ClaimSet | undefined): string {
  if (!set) return '';
  const { claims, groups } = lookupOf(set);
  const group = groups.get(figure.groupId);
  const unit = figure.competitors.map((id) => claims.get(id)?.counted).find((c) => c) ?? '';
  return group ? `${formatInterval(group.range)}${unit ? ` ${unit}` : ''}` : '';
}

/** The figure's one sentence for screen readers, without the rest of its view: every highlight
 *  carries one as its aria-label, so it is made for every figure on the page. */
export function summarizeFigure(figure: PageFigure, sets: readonly ClaimSet[]): string {
  return summaryOf(figure, rangeOf(figure, sets.find((s) => s.event.id === figure.eventId)));
}

function summaryOf(figure: PageFigure, range: string): string {
  switch (figure.verdict) {
    case 'conflict':
      return `${figure.label}: ${figure.text} on this page, disputed; reported range ${range}`;
    case 'agree':
      return `${figure.label}: ${figure.text} on this page, other outlets agree`;
    case 'single':
      return `${figure.label}: ${figure.text} on this page, no other outlet reported it`;
  }
}
