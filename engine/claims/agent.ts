// Who did it: the actors whose action a figure counts ("coalition strikes destroyed 175",
// "destroyed by coalition", "coalition and Iraqi forces destroyed 750"). A total is defined by
// what it sums over, so two totals by different actors are different quantities.
//
// Each coordinated actor ("X and Y") is reduced to its head: the last capitalised word or actor
// noun in it, so "the U.S.-led coalition" is the coalition and "Iraqi forces" is Iraqi.
import { breaksClause, type ClauseWord } from './clause';

const ACTOR_NOUNS = new Set(['coalition', 'government', 'regime', 'militia', 'militias', 'rebels', 'police', 'army', 'military', 'navy', 'opposition']);
// Capitalised at the start of a sentence, or names of days: never actors.
const NOT_ACTORS = new Set([
  'a', 'an', 'the', 'one', 'our', 'their', 'its', 'his', 'her', 'we', 'they', 'he', 'she', 'it', 'this', 'that',
  'these', 'those', 'at', 'in', 'on', 'as', 'after', 'during', 'when', 'while', 'hundreds', 'dozens', 'tens', 'thousands',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'now', 'then', 'but', 'and', 'more', 'most',
]);
const ALIASES: Record<string, string> = { usa: 'us', american: 'us', americans: 'us', 'u.s': 'us', 'u.s.': 'us', british: 'uk', britain: 'uk' };

function headOf(words: ClauseWord[]): string | null {
  let head: string | null = null;
  for (const w of words) {
    for (const part of w.text.split('-')) {
      if (/^led$/i.test(part)) continue;
      const lower = part.toLowerCase().replace(/\.$/, '').replace(/[’']s$/, '');
      if (NOT_ACTORS.has(lower)) continue;
      if (/^\p{Lu}/u.test(part) || ACTOR_NOUNS.has(lower)) head = ALIASES[lower] ?? lower.replace(/\./g, '');
    }
  }
  return head;
}

function actorsIn(words: ClauseWord[]): string[] {
  const conjuncts: ClauseWord[][] = [[]];
  for (const w of words) {
    if (w.lower === 'and' || (w.gap.includes(',') && conjuncts[conjuncts.length - 1].length)) conjuncts.push([]);
    if (w.lower !== 'and') conjuncts[conjuncts.length - 1].push(w);
  }
  return [...new Set(conjuncts.map(headOf).filter((h): h is string => !!h))].sort();
}

/**
 * Actors of the verb at `verbAt` (an index into the sentence's words): "by X" after it, else,
 * when the verb comes before the figure at `figureAt`, the words before the verb back to the
 * clause edge (its subject). A verb after the figure is passive ("688 vehicles were destroyed"):
 * the words before it are what was counted, not who acted.
 */
export function agentOf(words: ClauseWord[], verbAt: number, figureAt: number): string[] {
  if (verbAt < 0) return [];
  const by = words.findIndex((w, i) => i > verbAt && i <= verbAt + 8 && w.lower === 'by');
  if (by >= 0) {
    const phrase: ClauseWord[] = [];
    for (let i = by + 1; i < words.length && phrase.length < 5; i++) {
      if (i > by + 1 && breaksClause(words[i].gap)) break;
      if (/^(?:to|in|on|at|from|with|during|after|before|near|that|which|who)$/.test(words[i].lower)) break;
      phrase.push(words[i]);
    }
    const actors = actorsIn(phrase);
    if (actors.length) return actors;
  }
  if (verbAt > figureAt) return [];
  let from = verbAt;
  while (from > 0 && verbAt - from < 6 && !breaksClause(words[from].gap) && !/^(?:that|saying|said|says)$/.test(words[from - 1].lower)) from--;
  return actorsIn(words.slice(from, verbAt));
}
