// The claim-set format (version 2). `sources[].file`, `claims[].source/start/end` and
// `groups[].claims/conflict` are the fields ../shared/eval/CONTRACT.md names; the rest is ours.
// Version 2 added `groups[].timeVerdict`; a version-1 set is upgraded when it is read (see
// validate.ts), so sets stored or exported before still load.
import type { TimeVerdict } from '../align/verdict';

export type { TimeVerdict };

export const CLAIM_SET_FORMAT = 'crosscount-claim-set';
export const CLAIM_SET_VERSION = 2;
/** Versions this code reads: older ones are upgraded to the current one as they are read. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** A closed interval; null means open on that side ("more than 200" has no upper bound). */
export interface Interval {
  low: number | null;
  high: number | null;
}

export interface EventInfo {
  id: string;
  title: string;
  dates?: string;
  place?: string;
}

export interface Source {
  id: string;
  file: string;
  outlet: string;
  url: string;
  title: string;
  published: string;
}

/** W3C Web Annotation TextQuoteSelector, so a claim can be re-anchored in its article. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Claim {
  id: string;
  source: string;
  /** Offsets of the figure (number plus qualifier) in the article's text as read from its file. */
  start: number;
  end: number;
  /** The figure as written, qualifier included: "about 175". */
  text: string;
  value: Interval;
  /** The qualifier as written ("more than"), or null for a bare number. */
  qualifier: string | null;
  /** True for vague quantities (dozens, hundreds, tens). */
  vague: boolean;
  /** What is counted, as written ("vehicles") and folded to a concept ("vehicle"). */
  counted: string | null;
  concept: string | null;
  /** The unit of an amount ("barrel", "acre"), for which `counted` is the unit as written;
   *  null for a count. Absent in claim sets written before units were read. */
  unit?: string | null;
  /** What happened to it, folded ("destroyed", "killed", "in-convoy"), or null. */
  action: string | null;
  /** Who did it, one word per coordinated actor ("coalition", "iraqi"); empty when unsaid. */
  agents: string[];
  /** Words that narrow the quantity, as written: places and days in the figure's sentence,
   *  "in total" for totals, "another" for a quantity added to one already told, "separate" for
   *  a figure its sentence sets apart from the article's others, "disputed" for a figure its
   *  article calls false or disputed. */
  scope: string[];
  /** Places named elsewhere in the figure's paragraph: weaker evidence of scope. */
  nearby: string[];
  /** Who said it, as written ("Police Chief Ana Ruiz"), or null. */
  speaker: string | null;
  sentence: string;
  /** Offset of the figure inside `sentence`, to emphasise it when shown. */
  sentenceStart: number;
  selector: TextQuoteSelector;
}

export type Verdict = 'conflict' | 'agree' | 'single';

export interface Group {
  id: string;
  /** A label a reader understands: "homes destroyed, Riverton". */
  label: string;
  concept: string;
  action: string | null;
  claims: string[];
  verdict: Verdict;
  /** What CONTRACT.md reads: true when the figures' intervals cannot all hold. */
  conflict: boolean;
  /** The verdict with the articles' dates and who gave each figure (engine/align/verdict.ts):
   *  a conflict is `revised` (later counts replaced earlier ones) or `disputed` (counts stood
   *  against each other); otherwise `agree` or `single`, as `verdict` says. */
  timeVerdict: TimeVerdict;
  /** The span of everything reported: lowest low to highest high. */
  range: Interval;
}

export interface ClaimSet {
  format: typeof CLAIM_SET_FORMAT;
  version: typeof CLAIM_SET_VERSION;
  event: EventInfo;
  sources: Source[];
  claims: Claim[];
  groups: Group[];
  /** Words distinctive of the event; a page must contain several before it is matched at all. */
  terms: string[];
}
