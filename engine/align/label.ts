// A label a reader understands: what is counted, what happened to it, and the scope words
// most of the group's figures share ("homes destroyed, Riverton").
import type { Claim } from '../claimset/types';
import { DAY } from '../claims/scope';

const PHRASE: Record<string, string> = {
  destroyed: 'destroyed', killed: 'killed', wounded: 'wounded', captured: 'captured', carried: 'carried',
  convoy: 'in the convoy', fled: 'fleeing', gathered: 'gathered', shown: 'shown in footage', counted: 'counted',
  fired: 'fired', controlled: 'controlled', spent: 'spent', voted: 'voting', attacked: 'attacked',
};

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}

export function labelOf(claims: Claim[]): string {
  const counted = mostCommon(claims.map((c) => c.counted).filter((x): x is string => !!x)) ?? 'figure';
  const action = claims[0].action;
  const parts = [action ? `${counted} ${PHRASE[action] ?? action}` : counted];
  const scope = claims.flatMap((c) => [...new Set(c.scope.filter((s) => s !== 'another' && s !== 'separate' && !DAY.test(s)))]);
  const shared = [...new Set(scope)].filter((s) => scope.filter((x) => x === s).length * 2 > claims.length).sort();
  if (shared.length) parts.push(shared.join(', '));
  return parts.join(', ');
}
