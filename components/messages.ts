// The messages the extension's parts exchange. Every receiver checks a message's shape with
// these guards before acting on it: pages can't send to the extension, but a bad shape from a
// stale content script (after an update) must be ignored, not crash a handler.
import type { ClaimSet, Interval, TextQuoteSelector, TimeVerdict, Verdict } from '../engine/claimset/types';
import { pageTerms } from '../engine/match/relevance';
import type { PageFigure } from '../engine/match/page-figure';
import type { Settings } from '../entrypoints/background/store';
import { parseCollectRequest, type CollectRequest } from './collect-messages';
import type { FigureView } from './figure-view';

/** Sent to the background. */
export type BackgroundRequest =
  | ({ type: 'lookup' } & PageQuestion)
  | { type: 'match'; text: string; url: string; events: string[] | null }
  | { type: 'report'; conflicts: number }
  | { type: 'views'; figures: PageFigure[] }
  | { type: 'list' }
  | { type: 'import'; json: unknown }
  | { type: 'remove'; id: string }
  | { type: 'restore-bundled' }
  | { type: 'settings' }
  | { type: 'set-enabled'; enabled: boolean }
  | { type: 'set-site'; site: string; enabled: boolean }
  /** From the popup: a tab's page and the views of its figures (see TabPageResponse). */
  | { type: 'tab-page'; tabId: number }
  | { type: 'refresh-tab'; tabId: number }
  | CollectRequest;

/**
 * What a page shows, for the question "which stored events does it concern?": terms the content
 * script has already split out, and words it has not. A page's first question carries its words
 * whole and the background splits them (see termsOfQuestion): off the page's thread, and never
 * at all on the page when the answer is yes or the page does not change. Later questions carry
 * every term the page has shown.
 */
export interface PageQuestion {
  terms: string[];
  words: string;
}

/** Every term of a question, as the background reads it. */
export function termsOfQuestion({ terms, words }: PageQuestion): string[] {
  return words ? [...new Set([...terms, ...pageTerms(words)])] : terms;
}

/** Sent by the popup and the background to a tab's reader. */
export type TabRequest =
  | { type: 'page-figures' }
  | { type: 'reveal'; index: number }
  | { type: 'refresh' }
  /** The keyboard command to go to the next (1) or previous (-1) disputed figure. */
  | { type: 'step-disputed'; direction: 1 | -1 };

/** The manifest's keyboard commands (wxt.config.ts), and the step each takes. */
export const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-disputed': 1, 'previous-disputed': -1 };

/**
 * Data for a page that arrives as JSON text, which the reader parses in a task of its own. As
 * objects, the browser's messaging would rebuild it on the page's thread before any of the
 * reader's code runs, where its task measures cannot see the cost (see
 * content/task-timing.ts).
 */
export type JsonText<T> = string & { readonly parsesTo: T };

export const asJsonText = <T>(value: T) => JSON.stringify(value) as JsonText<T>;
export const fromJsonText = <T>(text: JsonText<T>): T => JSON.parse(text);

/**
 * A figure as the page receives it: the matcher's figure and the one sentence that describes it
 * to a screen reader (its highlight's aria-label). The claims behind it stay in the background;
 * the popover asks for a figure's view when it first opens (a 'views' request), and the popup
 * gets the views with the page (a 'tab-page' request), so a page parses data in proportion to
 * its figures, not to the claim sets they come from.
 */
export interface FigureOnPage extends PageFigure {
  summary: string;
  /** Its verdict with time (see engine/align/verdict.ts): the conflict map's colour. */
  timeVerdict: TimeVerdict;
}

export interface LookupResponse {
  /** False when Crosscount is off everywhere or for this site. */
  enabled: boolean;
  /** The stored events the page's words point to. */
  events: string[];
}

export interface MatchResponse {
  /** False when Crosscount is off everywhere or for this site. */
  enabled: boolean;
  /** The figures of the page text that report a quantity of the events asked about. */
  figures: JsonText<FigureOnPage[]>;
  /** When the request named no events (the reader's first scan: the background has asked about
   *  the page's lead already), the events the text concerns, which it was matched against; otherwise
   *  null. */
  events: string[] | null;
}

/** The background's answer to a page's lead: whether the page concerns a stored event, in which
 *  case the background has loaded the reader into it. */
export interface GateResponse {
  enabled: boolean;
  reading: boolean;
}

export interface ListedSet {
  set: ClaimSet;
  bundled: boolean;
}

export type ImportResponse = { ok: true; id: string; title: string; replaced: boolean } | { ok: false; errors: string[] };

export interface PageFiguresResponse {
  url: string;
  enabled: boolean;
  /** How many scans of the page have finished (0 while the first is under way). */
  scans: number;
  /** True once the reader runs on the page: it concerns a stored event. */
  reader: boolean;
  /** Errors our scripts caught on this page (they never let one reach the page). */
  problems: string[];
  figures: FigureOnPage[];
  /** The page's title, and each figure's place in its text (`quotes[i]` is `figures[i]`'s),
   *  for the report; only the reader has figures to give them for. */
  title?: string;
  quotes?: TextQuoteSelector[];
}

/**
 * The popup's whole question in one message: the page as its reader tells it (or, where the
 * reader is not, as the background read it), with each figure's view. A popup opened afresh pays
 * for each channel it opens, one after the other: asking the reader and then the background for
 * the views took two round trips before the list could show.
 */
export interface TabPageResponse {
  page: PageFiguresResponse;
  /** `views[i]` is `page.figures[i]`'s. */
  views: FigureView[];
}

export type { Settings };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isBound = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const VERDICTS = new Set<unknown>(['conflict', 'agree', 'single'] satisfies Verdict[]);

/** A page figure with exactly the fields the matcher gives it, or null. */
function parsePageFigure(m: unknown): PageFigure | null {
  if (!isObject(m) || !isObject(m.value) || !isBound(m.value.low) || !isBound(m.value.high)) return null;
  const { start, end, text, eventId, groupId, label, verdict, competitors, agreeing } = m;
  if (!Number.isInteger(start) || !Number.isInteger(end) || !VERDICTS.has(verdict)) return null;
  if (typeof text !== 'string' || typeof eventId !== 'string' || typeof groupId !== 'string' || typeof label !== 'string') return null;
  if (!isStringArray(competitors) || !isStringArray(agreeing)) return null;
  const value: Interval = { low: m.value.low as number | null, high: m.value.high as number | null };
  return { start: start as number, end: end as number, text, value, eventId, groupId, label, verdict: verdict as Verdict, competitors, agreeing };
}

export function parseBackgroundRequest(m: unknown): BackgroundRequest | null {
  if (!isObject(m)) return null;
  switch (m.type) {
    case 'lookup':
      return isStringArray(m.terms) && typeof m.words === 'string' ? { type: m.type, terms: m.terms, words: m.words } : null;
    case 'tab-page':
    case 'refresh-tab':
      return Number.isInteger(m.tabId) ? { type: m.type, tabId: m.tabId as number } : null;
    case 'match':
      return typeof m.text === 'string' && typeof m.url === 'string' && (m.events === null || isStringArray(m.events))
        ? { type: 'match', text: m.text, url: m.url, events: m.events }
        : null;
    case 'report':
      return Number.isInteger(m.conflicts) && (m.conflicts as number) >= 0 ? { type: 'report', conflicts: m.conflicts as number } : null;
    case 'views': {
      if (!Array.isArray(m.figures)) return null;
      const figures = m.figures.map(parsePageFigure);
      return figures.every((f) => f !== null) ? { type: 'views', figures } : null;
    }
    case 'list':
    case 'restore-bundled':
    case 'settings':
      return { type: m.type };
    case 'import':
      return 'json' in m ? { type: 'import', json: m.json } : null;
    case 'remove':
      return typeof m.id === 'string' ? { type: 'remove', id: m.id } : null;
    case 'set-enabled':
      return typeof m.enabled === 'boolean' ? { type: 'set-enabled', enabled: m.enabled } : null;
    case 'set-site':
      return typeof m.site === 'string' && m.site !== '' && typeof m.enabled === 'boolean'
        ? { type: 'set-site', site: m.site, enabled: m.enabled }
        : null;
    default:
      return parseCollectRequest(m);
  }
}

export function parseTabRequest(m: unknown): TabRequest | null {
  if (!isObject(m)) return null;
  if (m.type === 'page-figures' || m.type === 'refresh') return { type: m.type };
  if (m.type === 'reveal' && Number.isInteger(m.index)) return { type: 'reveal', index: m.index as number };
  if (m.type === 'step-disputed' && (m.direction === 1 || m.direction === -1)) return { type: 'step-disputed', direction: m.direction };
  return null;
}
