import type { Interval, Verdict } from '../claimset/types';

/** A figure found on a page that reports a quantity stored in a claim set. */
export interface PageFigure {
  /** Offsets of the figure in the page text given to the matcher. */
  start: number;
  end: number;
  /** The figure as it stands on the page ("about 175"). */
  text: string;
  value: Interval;
  eventId: string;
  groupId: string;
  /** The group's label ("vehicles destroyed"). */
  label: string;
  /** conflict when this page's figure and the stored ones cannot all hold, agree, or single
   *  when no other outlet reported the quantity. */
  verdict: Verdict;
  /** Claim ids of the stored figures for this quantity, from outlets other than this page. */
  competitors: string[];
  /** The subset of competitors whose interval overlaps this page's figure. */
  agreeing: string[];
}
