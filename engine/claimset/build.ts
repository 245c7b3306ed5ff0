// Builds a claim set from the articles of one event: every reported figure of every outlet,
// grouped by the quantity it reports, with a verdict for each group. Pure and deterministic:
// the same articles give byte-identical JSON.
import { groupClaims } from '../align/group-claims';
import { labelOf } from '../align/label';
import { spanOf } from '../align/intervals';
import { datedFigure, timeVerdictOf, verdictOf } from '../align/verdict';
import { extractClaims, type ClaimDraft } from '../claims/extract-claims';
import { eventTerms } from '../match/event-terms';
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION, type Claim, type ClaimSet, type EventInfo, type Source } from './types';
import { byCodeUnit } from '../text/compare';

export interface Article {
  source: Source;
  text: string;
}

const QUOTE_CONTEXT = 32;

function claimsOfArticle(article: Article, presentYear: string | null): Claim[] {
  return claimsOfDrafts(article, extractClaims(article.text), presentYear);
}

/** "2018" of "2018-11-26"; null when no date is known. */
const yearPublished = (published: string) => /^\d{4}/.exec(published)?.[0] ?? null;

/** The year an event's articles were mostly published in, or null when no date is known. */
export function presentYearOf(sources: readonly Pick<Source, 'published'>[]): string | null {
  const counts = new Map<string, number>();
  for (const s of sources) {
    const year = yearPublished(s.published);
    if (year) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0]?.[0] ?? null;
}

/**
 * Claims from drafts already read from the article's text (see extractClaimsInSteps). A year
 * beside a figure dates it to another time only when it is neither the year the article was
 * published nor the event's: "the 2018 fire, which killed 84", written in 2019, is the event.
 */
export function claimsOfDrafts(article: Article, drafts: ClaimDraft[], presentYear: string | null): Claim[] {
  const { text, source } = article;
  const published = yearPublished(source.published);
  return drafts.map((d, i) => {
    const f = d.figure;
    const sentence = text.slice(d.sentence.start, d.sentence.end);
    return {
      id: `${source.id}-${String(i + 1).padStart(2, '0')}`,
      source: source.id,
      start: f.start,
      end: f.end,
      text: f.text,
      value: f.value,
      qualifier: f.qualifier,
      vague: f.vague,
      counted: d.counted,
      concept: d.concept,
      unit: d.unit,
      action: d.action,
      agents: d.agents,
      scope: d.scope.filter((s) => s !== published && s !== presentYear),
      nearby: d.nearby,
      speaker: d.speaker,
      sentence,
      sentenceStart: f.start - d.sentence.start,
      selector: {
        type: 'TextQuoteSelector',
        exact: f.text,
        prefix: text.slice(Math.max(0, f.start - QUOTE_CONTEXT), f.start),
        suffix: text.slice(f.end, f.end + QUOTE_CONTEXT),
      },
    };
  });
}

export function buildClaimSet(event: EventInfo, articles: Article[]): ClaimSet {
  const presentYear = presentYearOf(articles.map((a) => a.source));
  const claims = articles.flatMap((a) => claimsOfArticle(a, presentYear));
  const published = new Map(articles.map((a) => [a.source.id, a.source.published]));
  const groups = groupClaims(claims).map((members, i) => {
    const verdict = verdictOf(members);
    return {
      id: `${event.id}/q${String(i + 1).padStart(3, '0')}`,
      label: labelOf(members),
      concept: members[0].concept ?? 'figure',
      action: members[0].action,
      claims: members.map((c) => c.id),
      verdict,
      conflict: verdict === 'conflict',
      timeVerdict: timeVerdictOf(members.map((c) => datedFigure(c, published.get(c.source) ?? ''))),
      range: spanOf(members.map((c) => c.value)),
    };
  });
  return {
    format: CLAIM_SET_FORMAT,
    version: CLAIM_SET_VERSION,
    event,
    sources: articles.map((a) => a.source),
    claims,
    groups,
    terms: eventTerms(articles.map((a) => a.text), claims.flatMap((c) => (c.counted ? [c.counted] : []))),
  };
}
