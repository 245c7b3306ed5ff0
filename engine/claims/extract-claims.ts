// Turns a text into claim drafts: every reported figure with what it counts, what happened to
// it, its scope and who said it. Used alike for an outlet's article (the builder) and for the
// page a reader is on (the matcher), so both sides are read the same way.
import type { Claim } from '../claimset/types';
import { toAsciiDigits } from '../figures/ascii-digits';
import { findFigures, isAmountUnit, type Figure } from '../figures/find-figures';
import { splitSentences, type Sentence } from '../text/sentences';
import { actionAround, countPhraseAction, LOST } from './action';
import { agentOf } from './agent';
import { attributionIn } from './attribution';
import { clauseWords, type ClauseWord } from './clause';
import { actionOf, HARM_TO_PEOPLE } from './actions';
import { conceptOf, isKnownConceptWord, isPeopleConcept, isThingConcept } from './concepts';
import { countedAfter, countedBefore, numberOfBefore } from './counted';
import { demonymPart, partOf } from './part';
import { scopeIn } from './scope';

// A figure summed over several events or brought up to date is a total, not one event's part.
// A toll that rises is not: it is the running count of one quantity, told at another time.
const AGGREGATE = /\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|combined|cumulative|overall|bringing\s+(?:up\s+)?the\s+(?:number|total)|(?:number|total)\s+(?:has\s+)?(?:rose|risen|climbed|increased|reached)|(?:both|two|three|four|several|all)\s+(?:\p{L}+\s+){0,2}(?:convoys|attacks|strikes|raids|operations|days|nights|incidents|waves|rounds|battles))\b/iu;
// A sentence that sets its figure against one already told: "a separate set of strikes".
const CONTRAST = /\b(?:separate|second|another|further|additional|subsequent|earlier|later)\s+(?:\p{L}+\s+){0,2}(?:set|round|wave|attack|strike|strikes|raid|convoy|group|incident|operation|batch)\b/iu;

// "310 other buildings", "several prior mayors": the rest beside something counted, never that
// thing itself. ("412 others were injured" is not: "others" there sets the injured beside the dead.)
const OTHER = /^\s+(?:other|prior|previous|former)\s+\p{L}/iu;
// "marched across the nation", "protests nationwide": a count over a whole country, beside which
// one place's count is a part. Not people "from around the world", which says where they came from.
const NATIONWIDE = /\b(?:nationwide|(?<!from\s)(?:across|around|throughout)\s+the\s+(?:nation|country))\b/iu;

// A figure the article says is disputed, false or inflated ("disputed the attendance figures",
// "a figure he called a lie", "falsely claimed 4,000"), in its sentence or the next ("… we drew
// 9,000. That's a lie."), stands against another count of the same quantity.
const DISPUTED = /\b(?:disput(?:e|ed|es|ing)|lie|lies|lying|false|falsely|untrue|inaccurate|overstat(?:e|ed|es|ing)|understat(?:e|ed|es|ing)|exaggerat(?:e|ed|es|ing|ion)|inflated|undersold|contradict(?:s|ed|ing)?|disprov(?:e|ed|es|en)|refut(?:e|ed|es)|debunk(?:ed|s)?|contested)\b/i;

// "Nine crew are still missing. They are presumed dead.": the missing a sentence counts among
// the dead, in its own words or the next sentence's, are the deaths other outlets report.
const PRESUMED_DEAD = /\b(?:presumed|feared|believed|assumed)\s+(?:to\s+(?:be|have)\s+)?(?:dead|died|drowned|killed)\b/i;

/** The figure's clause: its sentence between the punctuation marks nearest it on either side. */
function clauseAround(text: string, f: Figure, s: Sentence): string {
  const before = text.slice(s.start, f.start);
  const after = text.slice(f.end, s.end);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const cut = after.search(/[,;:]/);
  return before.slice(from) + text.slice(f.start, f.end) + (cut < 0 ? after : after.slice(0, cut));
}

/** What happened, read from the count the figure at `first` is the value of (countPhraseAction),
 *  unless that count names something other than what the figure counts. */
function countPhraseOf(words: ClauseWord[], first: number, counted: string | null) {
  const found = countPhraseAction(words, first < 0 ? words.length : first);
  if (!found) return null;
  const countNoun = found.named >= 0 ? countedAfter(words, found.named) : null;
  return !countNoun || !counted || countNoun === counted ? found : null;
}

/** Longest line read as an entry of a list rather than prose. */
const LIST_ENTRY_LENGTH = 60;

const RATE_WORDS = /^(?:per|a|an|each|every|daily|day|week|month|year|hour|minute|second)$/;

// What joins a share to its whole: "14 of 120 countries", "12 of the 40 victims".
const FLOWING = /^(?:flowing|gushing|leaking|spewing|pouring|spilling|escaping)$/;
const BE = /^(?:is|are|was|were|been|be)$/;
const PARTITIVE = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;

// "it", "that number", "the figure", "a number that": words that point back to a count told.
const POINTS_BACK = /(?:^|[^\p{L}])(?:it|it[’']s|that\s+number|the\s+number|a\s+number|this\s+number|that\s+figure|the\s+figure|this\s+figure|that\s+count|the\s+tally)(?:[^\p{L}]|$)/iu;

/** Whether the words before a figure, back to the start of its sentence, point back to a count. */
function refersBack(text: string, sentenceStart: number, figureStart: number): boolean {
  return POINTS_BACK.test(text.slice(Math.max(sentenceStart, figureStart - 60), figureStart));
}

// A year close to a figure dates it ("Smith 2013: 78,000", "36.2 million, 1987"): figures of
// different years are different quantities however alike they are. A year dates the one figure
// nearest to it, so "30 million, down 19% vs. Smith 2009" dates the 19%, not the 30 million.
// It reaches across a short clause: "Smith's 2009 rally drew an in-person crowd of 1.3 million".
const YEAR_REACH = 50;

// "As of 11 a.m., 80,000 trips", "90,000 rides by 11 a.m.": a count up to an hour of the day
// is a running count, a different quantity from the day's count or another hour's.
// Not "at": "broke out at 6:30 a.m. and killed 85" tells when, not up to when.
const UP_TO_HOUR = /(?:^|[^\p{L}])(?:as\s+of|by|until|till)\s+$/iu;

function hourOf(f: Figure, times: Figure[], s: Sentence, text: string): string[] {
  const near = times.filter((t) => t.start >= s.start && t.end <= s.end && UP_TO_HOUR.test(text.slice(Math.max(s.start, t.start - 8), t.start)))
    .filter((t) => distance(text, f, t) <= YEAR_REACH);
  if (near.length !== 1) return [];
  const m = /(\d{1,2})(?::(\d{2}))?/.exec(near[0].text);
  if (!m) return [];
  return [`time:${Number(m[1])}${m[2] && m[2] !== '00' ? `:${m[2]}` : ''}`];
}

/** Characters between two figures, each run of spaces counted as one, so a page's wide spacing
 *  moves no year or hour to another figure. */
function distance(text: string, x: Figure, y: Figure): number {
  const [from, to] = y.start >= x.end ? [x.end, y.start] : x.start >= y.end ? [y.end, x.start] : [0, 0];
  return text.slice(from, to).replace(/\s+/g, ' ').length;
}

function yearOf(f: Figure, years: Figure[], reported: Figure[], s: Sentence, text: string): string[] {
  const gap = (x: Figure, y: Figure) => distance(text, x, y);
  const own = reported.filter((r) => r.start >= s.start && r.end <= s.end);
  const ownYears = years.filter((y) => y.start >= s.start && y.end <= s.end);
  // A sentence of one figure and one year dates its figure however long the sentence: "The
  // mayor's 2009 parade was by far the network's busiest day that decade, with 900,000 rides".
  const reach = own.length === 1 && ownYears.length === 1 ? Infinity : YEAR_REACH;
  for (const y of ownYears) {
    if (gap(f, y) > reach) continue;
    // "640,000 trips in 2011": a year after "in" dates what comes before it.
    const backward = /\b(?:in|of|since|during)\s+$/i.test(text.slice(Math.max(s.start, y.start - 8), y.start));
    const candidates = backward ? own.filter((r) => r.end <= y.start) : own;
    if (candidates.includes(f) && candidates.every((r) => r === f || gap(r, y) > gap(f, y))) return [y.text];
  }
  return [];
}

const CONVERTS = /^(?:contains|holds|equals|is|makes)$/;
const ONE_OF = /^(?:each|a|an|one|every|per)$/;
function isConversion(words: ClauseWord[], first: number): boolean {
  return first >= 3 && CONVERTS.test(words[first - 1].lower) && isAmountUnit(words[first - 2].lower) && ONE_OF.test(words[first - 3].lower);
}

/**
 * What a figure counts, as a concept two outlets' figures can share: a percentage, the unit of
 * an amount, or the counted noun's concept given what happened to it, and for a rate what it is
 * per ("barrel per day" is never "barrel"). A figure that names no noun but harm to people ("the
 * toll rose to 312") counts people.
 */
function conceptFor(f: Figure, counted: string | null, action: string | null, unit: string | null, per = f.per): string | null {
  // "280 more than the ministry's toll": a difference between two counts, not a count.
  if (f.comparative) return 'difference';
  let base: string | null = null;
  // "the ministry doubled its toll" tells how a count grew; "double the ministry's toll" compares two.
  if (f.multiple) base = f.multiple === 'growth' ? 'growth' : 'ratio';
  else if (f.kind === 'percent') base = 'percent';
  // "a quarter of all households": a share of a whole, never a count of it.
  else if (f.value.high !== null && f.value.low !== null && f.value.low > 0 && f.value.high < 1 && !f.unit) base = 'share';
  else if (unit) base = unit;
  else if (counted) base = conceptOf(counted, action);
  else if (f.kind === 'money') base = 'money';
  else if (action && HARM_TO_PEOPLE.has(action)) base = 'person';
  return base && per ? `${base} per ${per}` : base;
}

/** What the reader finds about one figure; the builder adds ids, offsets and the quote. */
export interface ClaimDraft extends Pick<Claim, 'counted' | 'concept' | 'unit' | 'action' | 'agents' | 'scope' | 'nearby' | 'speaker'> {
  figure: Figure;
  sentence: Sentence;
}

export function extractClaims(text: string, figures: Figure[] = findFigures(text)): ClaimDraft[] {
  return runToEnd(extractClaimsInSteps(text, figures, Infinity));
}

/** Runs a stepwise computation without pausing. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same reading, pausing (yielding) every `sentencesPerStep` sentences so a caller can
 *  spread a long page over several short tasks. */
export function* extractClaimsInSteps(original: string, figures: Figure[], sentencesPerStep: number): Generator<void, ClaimDraft[], void> {
  const reported = figures.filter((f) => f.reported);
  const years = figures.filter((f) => f.kind === 'year');
  const times = figures.filter((f) => f.kind === 'time');
  if (!reported.length) return [];
  // The reader matches digits with ASCII patterns of its own: a sentence goes on before a digit
  // ("3. 5"), a number ends a counted phrase, a speaker's name holds none. So it reads the text
  // the grammar read (figures/ascii-digits.ts): "٥٥" as 55, same length, same offsets. Nothing it
  // returns is sliced from the text but a speaker's name, where ASCII digits do no harm.
  const text = toAsciiDigits(original);
  const sentences = splitSentences(text);
  const drafts: ClaimDraft[] = [];
  const placesOfParagraph = new Map<number, Set<string>>();
  const scopes = new Map<Sentence, ReturnType<typeof scopeIn>>();
  const scopeOf = (s: Sentence) => {
    let sc = scopes.get(s);
    if (!sc) scopes.set(s, (sc = scopeIn(text.slice(s.start, s.end))));
    return sc;
  };
  let lastNamedSpeaker: string | null = null;
  let lastSpeakerParagraph = -1;
  let previousCounted = null as { sentence: Sentence; counted: string; unit: string | null } | null;
  // What a line that opens a list counts ("… the network's figures on full-day ridership:"), for
  // the short entries that follow it ("- Smith: 40,500"); a line of prose ends the list.
  let listCounts: string | null = null;
  const sentencesOfParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (!sentencesOfParagraph.has(s.paragraph)) sentencesOfParagraph.set(s.paragraph, []);
    sentencesOfParagraph.get(s.paragraph)!.push(s);
  }
  let next = 0;
  let step = 0;
  for (const [index, s] of sentences.entries()) {
    if (++step % sentencesPerStep === 0) yield;
    while (next < reported.length && reported[next].numberStart < s.start) next++;
    const own: Figure[] = [];
    while (next < reported.length && reported[next].numberStart < s.end) own.push(reported[next++]);
    const sentenceText = text.slice(s.start, s.end);
    const opensList = /:\s*$/.test(sentenceText);
    // Read once, and only for a sentence with figures or one that opens a list.
    const words = own.length || opensList ? clauseWords(text, s.start, s.end) : [];
    if (opensList) listCounts = countedBefore(words, words.length);
    else if (sentenceText.length > LIST_ENTRY_LENGTH) listCounts = null;
    const attribution = attributionIn(sentenceText);
    let speaker: string | null = null;
    if (attribution && !attribution.pronoun) {
      speaker = attribution.speaker;
      lastNamedSpeaker = speaker;
      lastSpeakerParagraph = s.paragraph;
    } else if (attribution?.pronoun) {
      speaker = lastNamedSpeaker;
    } else if (lastSpeakerParagraph === s.paragraph && /^[“"]/.test(sentenceText)) {
      // A quotation that runs over several sentences keeps its speaker.
      speaker = lastNamedSpeaker;
    }
    if (!own.length) continue;
    if (!placesOfParagraph.has(s.paragraph)) {
      const places = new Set<string>();
      for (const other of sentencesOfParagraph.get(s.paragraph)!) for (const p of scopeOf(other).places) places.add(p);
      placesOfParagraph.set(s.paragraph, places);
    }
    const scope = scopeOf(s);
    const following = sentences[index + 1];
    const followingText = following?.paragraph === s.paragraph ? text.slice(following.start, following.end) : '';
    const disputed = DISPUTED.test(sentenceText) || DISPUTED.test(followingText);
    for (const f of own) {
      const first = words.findIndex((w) => w.end > f.start);
      // "Each barrel contains about 42 gallons": a conversion between units, not a report.
      if (f.unit && isConversion(words, first)) continue;
      const afterFigure = words.findIndex((w) => w.start >= f.end);
      const from = afterFigure < 0 ? words.length : afterFigure;
      // An amount counts its unit, as written ("5,000 barrels a day"); anything else the noun
      // after it or named earlier in the clause.
      // "14 of over 120 countries": a share counts what the whole after "of" counts.
      const whole = f.unit ? undefined : own.find((g) => g.start >= f.end && PARTITIVE.test(text.slice(f.end, g.start)));
      const wholeFrom = whole ? words.findIndex((w) => w.start >= whole.end) : -1;
      const countedHere = f.multiple ? 'times' : f.unit ? words[from]?.lower ?? f.unit : countedAfter(words, from) ?? (wholeFrom >= 0 ? countedAfter(words, wholeFrom) : null);
      let counted = countedHere;
      // "2.1 million litres leaked, of which 300,000 were captured": a figure that takes its
      // noun from an amount before it in the sentence is an amount in that unit too.
      let unit = f.unit;
      const lent = !counted && previousCounted?.sentence === s;
      if (lent) {
        counted = previousCounted!.counted;
        unit ??= previousCounted!.unit;
      }
      const named = counted ? -1 : numberOfBefore(words, first < 0 ? words.length : first);
      if (named >= 0) counted = countedAfter(words, named);
      if (!counted) counted = countedBefore(words, first < 0 ? words.length : first);
      // "drew TV audiences as follows: Smith (29 million, 2001), Jones (21.4 million, 1989)": an
      // entry of a list counts what the words before its colon name.
      if (!counted && first > 0) {
        const colon = words.findLastIndex((w, i) => i < first && w.gap.includes(':'));
        if (colon > 0) counted = countedBefore(words, colon);
      }
      if (!counted && listCounts && sentenceText.length <= LIST_ENTRY_LENGTH) counted = listCounts;
      // A multiple ("doubled its toll to 300") lends no noun: 300 counts the toll, not times.
      if (counted && !f.multiple) previousCounted = { sentence: s, counted, unit };
      // The figure's phrase runs to its counted noun when that follows it ("688 vehicles were
      // destroyed"); a noun inherited from an earlier figure ends nothing here.
      let phraseEnd = from;
      // "eight others were being treated": the phrase runs past "others" to the verb after it.
      const wordAfter = countedHere ? null : words[from]?.lower;
      if (wordAfter === 'others' || wordAfter === 'more') phraseEnd = from + 1;
      if (countedHere && !f.unit) {
        const at = words.findIndex((w, i) => i >= from && w.lower === countedHere);
        if (at >= 0) phraseEnd = at + 1;
      } else if (f.unit && from < words.length) {
        // An amount's phrase runs past its unit ("9,000 barrels") to its rate ("per day", "a
        // day"), so the verb after it is read: "… estimate 9,000 barrels per day spilling".
        phraseEnd = Math.min(words.length, from + f.unit.split(' ').length);
        if (f.per) while (phraseEnd < words.length && phraseEnd < from + 6 && RATE_WORDS.test(words[phraseEnd].lower)) phraseEnd++;
      }
      const places = [...scope.places];
      const found = actionAround(words, first < 0 ? words.length : first, phraseEnd) ?? countPhraseOf(words, first, counted);
      // The figure's own counted noun, when it names an outcome too, tells it when no verb does:
      // "the audience for the first final (24.2 million)" watched it; "… parade day ridership:"
      // then "- Smith: 412,300" were rides. Not a noun lent by another figure ("Ruritania with 99
      // dead, Freedonia with 40 percent"), and only nouns of a known kind.
      let action = found?.action ?? (counted && !lent && isKnownConceptWord(counted) ? actionOf(counted) : null);
      // "While it's down from nearly 400", "that number rose to almost 500": a figure that
      // names neither what it counts nor what happened but refers back takes both from the last
      // figure of its paragraph.
      const last = drafts[drafts.length - 1];
      if (!action && !counted && last?.action && last.sentence.paragraph === s.paragraph && refersBack(text, s.start, f.start)) {
        action = last.action;
        counted = last.counted;
      }
      // "Ruritania with 30 dead, Freedonia with 25", "Elbonia lost 9 and Carpania 4": a figure that
      // names neither what it counts nor what happened, after one of its sentence that does,
      // is a gapped repetition and shares both.
      if (!action && !countedHere && last?.sentence === s && last.action && last.counted === counted && conceptFor(f, counted, last.action, unit) === last.concept) {
        action = last.action;
      }
      // Only people gather or flock: "a van packed with 20 rifles" tells no gathering of rifles.
      // Nor are places killed or missing: "18 countries who lost citizens" counts countries.
      // "9,000 barrels of oil were flowing": an amount told as flowing at the time is a rate,
      // and news gives flows per day.
      const flowing = !f.per && unit && found && FLOWING.test(words[found.at].lower) && BE.test(words[found.at - 1]?.lower ?? '');
      const concept = conceptFor(f, counted, action, unit, flowing ? 'day' : f.per);
      if (action === 'gathered' && concept && !isPeopleConcept(concept)) action = null;
      if (action && concept === 'place' && (HARM_TO_PEOPLE.has(action) || action === 'counted')) action = null;
      // Nor is an amount: "the 4,000-barrel toll" of a spill tells what was spilled, not killed.
      if (action && unit && HARM_TO_PEOPLE.has(action)) action = null;
      if (action === 'missing' && (PRESUMED_DEAD.test(sentenceText) || PRESUMED_DEAD.test(followingText))) action = 'killed';
      // Things "lost" were destroyed: "the town lost 300 homes".
      if (action === 'killed' && found && LOST.test(words[found.at].lower) && concept && isThingConcept(concept)) action = 'destroyed';
      // "Around 90 Ruritanians were declared dead, with more than 60 classified as missing", "70
      // Freedonians had died, while 12 others are missing": a figure that "with" adds to a party's
      // figure, naming no noun of its own, or that counts its "others", is that party's.
      const lastPart = last?.sentence === s ? last.scope.find((x) => x.startsWith('part:')) : undefined;
      const addedWith = first > 0 && words[first - 1].lower === 'with' && !(countedHere && isKnownConceptWord(countedHere));
      const others = wordAfter === 'others';
      const part = partOf(words, first < 0 ? words.length : first, phraseEnd, speaker)
        ?? (named >= 0 ? demonymPart(words[named].text) : null)
        ?? (addedWith || others ? lastPart ?? null : null);
      drafts.push({
        figure: f,
        counted,
        concept,
        unit,
        action,
        agents: found ? agentOf(words, found.at, first < 0 ? words.length : first) : [],
        scope: [
          ...places,
          ...(scope.day ? [scope.day] : []),
          ...yearOf(f, years, reported, s, text),
          ...hourOf(f, times, s, text),
          ...(part ? [part] : []),
          ...(f.total || AGGREGATE.test(sentenceText) ? ['in total'] : []),
          ...(f.additive ? ['another'] : CONTRAST.test(sentenceText) ? ['separate'] : []),
          ...(OTHER.test(text.slice(f.end, f.end + 12)) ? ['other'] : []),
          ...(NATIONWIDE.test(clauseAround(text, f, s)) ? ['nationwide'] : []),
          ...(disputed ? ['disputed'] : []),
        ],
        nearby: [...placesOfParagraph.get(s.paragraph)!].filter((p) => !places.includes(p)).sort(),
        speaker,
        sentence: s,
      });
    }
  }
  return drafts;
}
