// Who said it: "X said", "said X", "according to X", "X told Reuters", "X estimated that".
// No library does this; the forms of attribution in news copy are few and regular. What the
// forms capture is only a candidate: the reader sees it beside the figure ("Reuters · although
// some"), so a candidate that is not a noun phrase naming someone is dropped, and the next form
// is tried, rather than shown.

const NAME = "[\\p{L}\\p{N}.’'\\-]+";
// "Unconfirmed reports have ranged", "Those estimates put the total", "His estimate of the amount":
// these speech words are nouns too, as the word after them shows.
const NOT_BEFORE_NOUN_USE = '(?!\\s+(?:have|has|had|is|was|are|were|put|puts|show|shows|showed|suggest|suggests|suggested|of|from|by|for)\\b)';
const SPEECH = `(?:said|says|say|told|stated|announced|estimated|reported|claimed|confirmed|added|wrote|writes|noted|insisted|explained|tweeted|(?:estimates|estimate|reports|claims)\\b${NOT_BEFORE_NOUN_USE})`;
const SUBJECT = new RegExp(`^(?:[“"]?)((?:${NAME}\\s+){0,6}?${NAME})\\s+${SPEECH}\\b`, 'u');
const TRAILING = new RegExp(`[,”"]\\s*((?:${NAME}\\s+){0,6}?${NAME}),?\\s+${SPEECH}\\b[^,;]*$`, 'u');
// "..., said Police Chief Ana Ruiz": a short name after the verb, ending the clause; a longer
// run ("said Iraqi forces destroyed 100 vehicles") is what was said, not who said it.
const INVERTED = new RegExp(`[,”"]\\s*${SPEECH}\\s+((?:[^\\s,;“”"\\d]+\\s+){0,7}[^\\s,;“”"\\d]+?)\\.?(?=\\s*(?:[,;]|$))`, 'u');
const SAYING = new RegExp(`^((?:${NAME}\\s+){0,5}?${NAME})\\s+\\p{Ll}+ed\\b[^,;]*,\\s+saying\\b`, 'u');
// "experts who pegged the number at 90,000", "the agency puts the toll at 1,200": who puts a
// figure on something gave it. Three words at most, read back from the verb once it is found:
// a pattern tried from every word of every sentence cost the reader more than all the others.
const PUTS_VERB = /\s(?:who\s+|which\s+)?(?:put|puts|pegged|pegs|placed|places)\s+(?:the|its|it|their|his|her)\b[^,;]*?\sat\s/u;
const GIVER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.’'\\-])(?!(?:to|of|for|with|from|at|in|on|and|or|that|by)\\s)(?:${NAME}\\s+){0,2}(?!(?:who|which)\\s)${NAME}$`, 'u');
// "Mayor Smith's assertion that 90,000 people attended", "Oldtown's earlier boast of 2 million": a
// named giver's claim. Only a capitalised name: "the kingdom's official toll" names no giver.
const POSSESSIVE_CLAIM = /[’']s\s+(?:(?:own|earlier|latest|initial|first|new)\s+)?(?:assertion|assertions|claim|claims|boast|boasts|estimate|estimates)\b/u;
const NAME_BEFORE = /(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*$/u;

/** The giver that ends right before where `verb` matches in `sentence`, or undefined. */
function readBack(sentence: string, verb: RegExp, giver: RegExp): string | undefined {
  const at = verb.exec(sentence)?.index;
  return at === undefined ? undefined : giver.exec(sentence.slice(Math.max(0, at - 120), at))?.[0];
}

const ACCORDING = /\baccording\s+to\s+(?:an?\s+|the\s+)?([^,;“”"]{2,80}?)(?=[,;“”"]|\.\s*$|\s+(?:on|in|at|earlier|last|this|that)\b|$)/iu;

// "according to a new estimate released this afternoon by the Flow Team": who released it.
const RELEASED_BY = /^(\p{Ll}+ed)\b[^,;]{0,40}?\bby\s+(?:the\s+)?(\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,5})/u;

/** Whom a figure is "according to": the source named, or who released the document named. */
function accordingTo(sentence: string): string | undefined {
  const m = ACCORDING.exec(sentence);
  if (!m) return undefined;
  const participle = /\s(\p{Ll}+ed)$/u.exec(m[1]);
  if (!participle) return m[1];
  return RELEASED_BY.exec(sentence.slice(m.index + m[0].length - participle[1].length))?.[2].trim() ?? m[1].slice(0, participle.index);
}

const PRONOUN = /^(?:he|she|they|we|it|i|officials?|sources?)$/i;
// Words that stand for a noun phrase without naming anyone ("Those estimates", "A second estimate").
const NOT_A_SPEAKER = /^(?:it|there|this|that|these|those|which|who|what|report|reports|his|her|their|its|our|some|many|others?|another|second|third|first|one)$/i;
// A clause opened by a connective or a discourse adverb lends them to the candidate ("And while
// officials said", "But the agency says", "Scientists now say"); they are not part of a name.
const LEADING = /^(?:and|but|as|while|although|though|because|since|so|yet|when|whereas|meanwhile|also|now|then|still)\s+/i;
// So do an adverb and a perfect's auxiliary before the verb ("the province has nearly doubled").
const TRAILING_ADVERB = /\s+(?:now|previously|also|later|earlier|initially|originally|recently|again|still|already|once|too|then|first|has|have|had|\p{Ll}+ly)$/u;
// A candidate that starts with a preposition or a digit ("By June the", "based on official
// statements", "000 health workers" cut from "25,000") or ends in a determiner, a possessive or
// a connective ("emails and other", "despite the council’s") is a piece of a sentence.
const NOT_A_NOUN_PHRASE = /^(?:\p{N}|(?:according|by|based|despite|from|with|of|for|in|on|at|after|before|during|under|using|over)\b)|\b(?:the|an?|his|her|their|its|our|my|your|this|that|these|those|of|about|by|for|with|to|from|and|or|other|another|some|any|no|not)$|[’']s$/iu;
// A verb inside a subject makes it a clause, not a name: "the province has nearly (doubled)", "He
// took no questions and did not", "Engineers revised the", "The mayor made his remarks about crowd".
const CLAUSE = /\b(?:is|was|are|were|has|have|had|did|does|do|not|will|would|could|can|may|might|should|must|made|took|gave|(?<![-‐])\p{Ll}+ed)\b|\b(?!(?:of|for|at|in|on|to|from|by|with)\s)\p{Ll}+\s+(?:his|her|their|its|my|our|your)\b/u;

const FIGURE_NOUN = /\b(?:estimates?|figures?|reports?|counts?|tally|tallies|numbers?|data)$/i;

export interface Attribution {
  speaker: string;
  /** "he", "they": refers back to a speaker named earlier. */
  pronoun: boolean;
}

function clean(s: string): string {
  let t = s.trim();
  while (LEADING.test(t)) t = t.replace(LEADING, '');
  while (TRAILING_ADVERB.test(t)) t = t.replace(TRAILING_ADVERB, '');
  return t
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:on|in|at)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i, '')
    .replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b.*$/i, '')
    .replace(/[\s,.]+$/, '')
    .trim();
}

/** The candidate as a speaker's name, or null when it is not a noun phrase naming someone. */
function speakerOf(found: string | undefined, isSubject: boolean): string | null {
  if (!found) return null;
  let speaker = clean(found);
  // "the attendance figure the new president claimed": the subject of a relative clause.
  const relative = /^\p{Ll}+\s+(?:the|an?)\s+(.+)$/u.exec(speaker);
  if (isSubject && relative) speaker = relative[1];
  if (!speaker || NOT_A_SPEAKER.test(speaker) || speaker.split(/\s+/).length > 8) return null;
  if (NOT_A_NOUN_PHRASE.test(speaker)) return null;
  // A subject is read back from the verb, so a clause can end up in it; "according to" names a
  // source, whose phrase may hold a participle ("figures reported by the agency").
  if (isSubject && CLAUSE.test(speaker)) return null;
  // "A second estimate puts the flow at": a figure put by a figure names no one.
  if (isSubject && FIGURE_NOUN.test(speaker)) return null;
  // "Now the group is estimated to": a passive, not a person speaking.
  if (/\s(?:is|was|are|were|be|been|has|have|had)$/i.test(speaker)) return null;
  return speaker;
}

export function attributionIn(text: string): Attribution | null {
  // Spacing must not change who said it: pages use runs of no-break and thin spaces.
  const sentence = text.replace(/\s+/g, ' ');
  const speaker =
    speakerOf(accordingTo(sentence), false) ??
    speakerOf(TRAILING.exec(sentence)?.[1], true) ??
    speakerOf(INVERTED.exec(sentence)?.[1], false) ??
    speakerOf(SUBJECT.exec(sentence)?.[1], true) ??
    speakerOf(SAYING.exec(sentence)?.[1], true) ??
    speakerOf(readBack(sentence, PUTS_VERB, GIVER_BEFORE), true) ??
    speakerOf(readBack(sentence, POSSESSIVE_CLAIM, NAME_BEFORE), false);
  if (!speaker) return null;
  return { speaker, pronoun: /^(?:he|she|they|we|i)$/i.test(speaker) && PRONOUN.test(speaker) };
}
