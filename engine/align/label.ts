// A label a reader understands: what is counted, what happened to it, and the scope words
// most of the group's figures share ("homes destroyed, Riverton"). The words are neutral: the
// thing counted is named by the most general noun of its concept ("militants", where one outlet
// wrote "terrorists" and another "jihadists"), never by one outlet's loaded word.
import type { Claim } from '../claimset/types';
import { DAY } from '../claims/scope';

const PHRASE: Record<string, string> = {
  destroyed: 'destroyed', killed: 'killed', wounded: 'wounded', captured: 'captured', carried: 'carried',
  convoy: 'in the convoy', fled: 'fleeing', gathered: 'gathered', shown: 'shown in footage', counted: 'counted',
  fired: 'fired', controlled: 'controlled', spent: 'spent', voted: 'voting', attacked: 'attacked',
  rode: 'taken', watched: 'watching', found: 'found', contained: 'contained',
};

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}

/** The most general noun of each concept in engine/claims/concepts.ts, in the plural. */
const GENERAL_NOUN: Record<string, string> = {
  vehicle: 'vehicles', combatant: 'militants', soldier: 'soldiers', police: 'police officers', civilian: 'civilians',
  person: 'people', protester: 'protesters',
  aircraft: 'aircraft', munition: 'munitions', airstrike: 'airstrikes', building: 'buildings', refugee: 'refugees', vote: 'votes',
  trip: 'trips', viewer: 'viewers',
};

/** What the group's figures count, in neutral words: its concept's general noun, or the noun the
 *  outlets used most where the concept has none, and what a rate is per ("barrels per day");
 *  null when no figure says. */
export function countedNounOf(claims: Pick<Claim, 'counted' | 'concept'>[]): string | null {
  const concept = claims.find((c) => c.concept)?.concept;
  const [base, per] = concept?.split(' per ') ?? [];
  const noun = base && base in GENERAL_NOUN ? GENERAL_NOUN[base] : mostCommon(claims.map((c) => c.counted).filter((x): x is string => !!x));
  return noun && per ? `${noun} per ${per}` : noun;
}

/** The figure as its outlet wrote the number, without the qualifier: "200" of "more than 200". */
export function numberAsWritten(c: Pick<Claim, 'text' | 'qualifier'>): string {
  const q = c.qualifier;
  const text = c.text.trim();
  return q && text.toLowerCase().startsWith(q.toLowerCase()) ? text.slice(q.length).trim() || text : text;
}

/** Where a figure sits among others: its lower bound, or its upper one when it has none. */
const positionOf = (c: Pick<Claim, 'value'>) => c.value.low ?? c.value.high ?? 0;

/**
 * "outlets report 20 to 440 militants": the lowest and highest numbers the outlets wrote, as
 * they wrote them. Not the span of the figures' intervals, which for "at least 20" is open and
 * would tell the reader nothing.
 */
export function reportedRangeOf(claims: Pick<Claim, 'source' | 'text' | 'qualifier' | 'value' | 'counted' | 'concept'>[]): string {
  if (claims.length === 0) return '';
  const sorted = [...claims].sort((a, b) => positionOf(a) - positionOf(b));
  const low = numberAsWritten(sorted[0]);
  const high = numberAsWritten(sorted[sorted.length - 1]);
  const noun = countedNounOf(claims);
  const numbers = low === high ? low : `${low} to ${high}`;
  const who = new Set(claims.map((c) => c.source)).size > 1 ? 'outlets report' : 'one outlet reports';
  return `${who} ${numbers}${noun ? ` ${noun}` : ''}`;
}

/** A scope entry as a reader reads it: a party's key (a name cut to four letters) says
 *  nothing, an hour reads as the time the count runs to. */
function readableScope(s: string): string[] {
  if (/^(?:part|owner):/.test(s)) return [];
  const hour = /^time:(.+)$/.exec(s);
  if (hour) return [`up to ${hour[1].includes(':') ? hour[1] : `${hour[1]}:00`}`];
  return [s];
}

export function labelOf(claims: Claim[]): string {
  const counted = countedNounOf(claims) ?? 'figure';
  // The outcome of the group, told once: deaths are "people killed" (see concepts.ts).
  const action = claims.find((c) => c.action)?.action ?? null;
  const parts = [action ? `${counted} ${PHRASE[action] ?? action}` : counted];
  const scope = claims.flatMap((c) => [...new Set(c.scope.filter((s) => s !== 'another' && s !== 'separate' && s !== 'disputed' && !DAY.test(s)).flatMap(readableScope))]);
  const shared = [...new Set(scope)].filter((s) => scope.filter((x) => x === s).length * 2 > claims.length).sort();
  if (shared.length) parts.push(shared.join(', '));
  return parts.join(', ');
}
