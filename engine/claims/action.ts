// What happened to what a figure counts, read from the verbs around it.
//
// Order of evidence, strongest first: a verb whose object the figure is ("destroyed 55",
// "killing dozens"); a verb after the counted phrase ("688 vehicles were destroyed", "440
// militants killed"); then the nearest action word anywhere in the clause. A frame noun before
// the figure ("a convoy of 120 vehicles") yields to a verb after it ("... was hit").
import { actionOf } from './actions';
import { breaksClause, opensRelative, PHRASE_END, type ClauseWord } from './clause';
import { COUNT_NOUN } from './counted';

const SKIP_BEFORE = new Set(['another', 'a', 'an', 'the', 'further', 'additional', 'total', 'of', 'reportedly', 'some', 'extra', 'estimated', 'all', 'by', 'to']);
const SKIP_AFTER = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'be', 'reportedly', 'all', 'also', 'later', 'then', 'could', 'would', 'may', 'might', 'now', 'either', 'being', 'up', 'who', 'that', 'which', 'had']);
const RAISING = /^(?:found|discovered|confirmed|believed|thought|known|reported|said|understood|estimated)$/;
/** Verbs that carry an outcome after "to have": "to have sustained injuries", "to have suffered burns". */
const AFTER_RAISING = new Set(['sustained', 'suffered', 'received']);
const FRAME_NOUNS = new Set(['convoy', 'column', 'footage', 'video', 'videos', 'images', 'photos']);
// "A new count shows 2,000 people died": after a count or a study, "shows" reports a figure
// rather than tells what happened to it; footage that "shows" vehicles is another matter.
const REPORTS = /^(?:show|shows|showed|shown|showing|reveal|reveals|revealed|suggest|suggests|suggested)$/;
const REPORTERS = /^(?:count|counts|tally|tallies|figures|data|records|statistics|estimate|estimates|analysis|survey|study|report|reports|census|research|numbers|calculations?)$/;
const isReporting = (words: ClauseWord[], i: number) => REPORTS.test(words[i].lower) && i > 0 && REPORTERS.test(words[i - 1].lower);

// "Fire" is a verb after a modal or "to" ("went on to fire 1,000 rounds"); elsewhere in news it is
// far more often the noun (see actions.ts).
const VERB_FIRE = /^(?:to|will|would|could|can|did|not|began|continued)$/;
// People who "lost their homes" or are "without homes" were displaced; "lost" alone tells deaths.
/** The forms of "lose": of people it tells deaths, of things destruction (see extract-claims). */
export const LOST = /^(?:lost|lose|loses|losing)$/;
const HOMES = /^(?:homes?|houses?|housing|shelter|dwellings?)$/;
const POSSESSIVE = /^(?:their|his|her|its|a)$/;
const losesHome = (words: ClauseWord[], i: number) =>
  (LOST.test(words[i].lower) || words[i].lower === 'without') && (HOMES.test(words[i + 1]?.lower ?? '') || (POSSESSIVE.test(words[i + 1]?.lower ?? '') && HOMES.test(words[i + 2]?.lower ?? '')));

// "its earlier count", "the official tally": a count named as a noun tells what was done to nothing.
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|whose)$/;
const countNoun = (words: ClauseWord[], i: number) =>
  /^(?:count|counts|tally|tallies)$/.test(words[i].lower) && [words[i - 1], words[i - 2]].some((w) => w && DETERMINER.test(w.lower));

// "90,000 people used the subway": people who used or took a transit system rode it.
const USE = /^(?:use|uses|used|using|took|take|takes|taking)$/;
const TRANSIT = /^(?:metro|subway|transit|trains?|bus|buses|rail|railway|tube|underground|ferry|ferries|tram|trams|light-rail)$/;
const usesTransit = (words: ClauseWord[], i: number) =>
  USE.test(words[i].lower) && words.slice(i + 1, i + 5).some((w) => TRANSIT.test(w.lower));

// "It looked like 90,000 people": a crowd sized by eye, people present. A verb after the
// counted phrase tells more ("looked like 40 people were hurt"), so it yields as a frame does.
const LOOK = /^(?:look|looks|looked|looking)$/;
const looksLike = (words: ClauseWord[], i: number) => words[i].lower === 'like' && i > 0 && LOOK.test(words[i - 1].lower);

function actionAt(words: ClauseWord[], i: number): string | null {
  if (looksLike(words, i)) return 'gathered';
  if (losesHome(words, i)) return 'fled';
  if (usesTransit(words, i)) return 'rode';
  if (countNoun(words, i)) return null;
  return words[i].lower === 'fire' && i > 0 && VERB_FIRE.test(words[i - 1].lower) ? 'fired' : actionOf(words[i].lower);
}

export interface ActionFound {
  action: string;
  /** Index of the word that told it, so its actors can be read (agent.ts). */
  at: number;
}

export function actionAround(words: ClauseWord[], first: number, afterPhrase: number): ActionFound | null {
  let before: ActionFound | null = null;
  let frameBefore = false;
  for (let i = first - 1, hops = 0; i >= 0 && hops < 4; i--, hops++) {
    const w = words[i];
    // "According to the city's count, 300 people remain missing": a comma ends the verb's
    // reach; a quote mark does not ("killing “tens” of fighters").
    if (isReporting(words, i) || /[,;:]/.test(words[i + 1]?.gap ?? '')) break;
    const a = actionAt(words, i);
    if (a && w.lower !== 'by') {
      before = { action: a, at: i };
      frameBefore = FRAME_NOUNS.has(w.lower) || looksLike(words, i);
      break;
    }
    if (!SKIP_BEFORE.has(w.lower) || breaksClause(words[i + 1]?.gap ?? '')) break;
  }
  let after: ActionFound | null = null;
  for (let i = afterPhrase, hops = 0; i < words.length && hops < 4; i++, hops++) {
    const w = words[i];
    if (i > afterPhrase && breaksClause(w.gap)) break;
    // "80 were found to have sustained injuries": finding them tells how they were counted;
    // what happened to them follows "to have" or "to be".
    if (RAISING.test(w.lower) && words[i + 1]?.lower === 'to' && /^(?:have|be|been)$/.test(words[i + 2]?.lower ?? '')) {
      i += 2;
      continue;
    }
    const a = actionAt(words, i);
    if (a) { after = { action: a, at: i }; break; }
    if (!SKIP_AFTER.has(w.lower) && !AFTER_RAISING.has(w.lower)) break;
  }
  if (before && !(frameBefore && after)) return before;
  if (after) return after;
  // Nearest action word in the figure's own clause (between clause-breaking punctuation).
  let from = first;
  while (from > 0 && (!breaksClause(words[from]?.gap ?? '') || opensRelative(words[from]))) from--;
  // After the figure, the clause ends at a coordinated new clause too ("... and the army detained").
  let to = afterPhrase;
  // It ends too at the next figure, whose own words follow it ("rose to 88 with 203 missing").
  while (to < words.length && !breaksClause(words[to].gap) && !/^(?:and|but|while|whereas|with)$/.test(words[to].lower) && !/^\d/.test(words[to].text)) to++;
  let best: ActionFound | null = null;
  let bestDistance = Infinity;
  for (let i = Math.max(0, from); i < to; i++) {
    const a = isReporting(words, i) ? null : actionAt(words, i);
    if (!a) continue;
    const distance = i < first ? first - i : Math.max(0, i - afterPhrase) + 1;
    if (distance < bestDistance) { best = { action: a, at: i }; bestDistance = distance; }
  }
  return best ?? listVerb(words, from, first, afterPhrase);
}

// "Police found explosives, 18 firearms, and 3,000 rounds": an entry of a list whose verb comes
// before its first entry. An entry is read so when the list goes on after it ("18 firearms, and")
// or ends with it ("and 3,000 rounds"), walking back over entries of a few words without a
// preposition to a verb with its object: a clause before a comma ("In the attack on Monday, 18
// soldiers and 3 police ...") lends nothing.
const MAX_ENTRY_WORDS = 4;

function listVerb(words: ClauseWord[], from: number, first: number, afterPhrase: number): ActionFound | null {
  const lastEntry = first > 0 && /^(?:and|or)$/.test(words[first - 1].lower);
  const entryGoesOn = from === first && words[first]?.gap === ',' && /^(?:and|or)$/.test(words[afterPhrase]?.lower ?? '');
  if (!lastEntry && !entryGoesOn) return null;
  let entryWords = 0;
  for (let i = (lastEntry ? first - 1 : first) - 1; i >= 0; i--) {
    const a = actionAt(words, i);
    if (a && entryWords > 0) return { action: a, at: i };
    if (PHRASE_END.has(words[i].lower) || ++entryWords > MAX_ENTRY_WORDS) return null;
    if (breaksClause(words[i].gap)) {
      if (words[i].gap !== ',') return null;
      entryWords = 0;
    }
  }
  return null;
}

// "pegged the number in attendance at 90,000", "the number of Ruritanians killed in the crush has
// risen above 100": a figure reported as the value of a count names what happened in the count's
// own phrase, however far the figure stands from it. `named` is where the noun after "of" starts
// (-1 for "in attendance"), so a figure of something else ("… comb through 900 calls") is told
// apart by its noun.
const COUNT_PHRASE_WORDS = 4;

export function countPhraseAction(words: ClauseWord[], first: number): (ActionFound & { named: number }) | null {
  for (let i = Math.min(first, words.length) - 2; i >= 1; i--) {
    if (!COUNT_NOUN.test(words[i].lower) || !/^(?:of|in)$/.test(words[i + 1].lower) || !DETERMINER.test(words[i - 1].lower)) continue;
    for (let j = i + 2; j < Math.min(first, i + 2 + COUNT_PHRASE_WORDS); j++) {
      if (breaksClause(words[j].gap)) break;
      const a = actionAt(words, j);
      if (a) return { action: a, at: j, named: words[i + 1].lower === 'of' ? i + 2 : -1 };
    }
    return null;
  }
  return null;
}
