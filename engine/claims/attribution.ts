// Who said it: "X said", "said X", "according to X", "X told Reuters", "X estimated that".
// No library does this; the forms of attribution in news copy are few and regular.

const SPEECH = '(?:said|says|say|told|stated|announced|estimated|estimates|estimate|reported|reports|claimed|claims|confirmed|added|wrote|writes|noted|insisted|explained|tweeted)';
const NAME = "[\\p{L}\\p{N}.’'\\-]+";
const SUBJECT = new RegExp(`^(?:[“"]?)((?:${NAME}\\s+){0,6}?${NAME})\\s+${SPEECH}\\b`, 'u');
const TRAILING = new RegExp(`[,”"]\\s*((?:${NAME}\\s+){0,6}?${NAME}),?\\s+${SPEECH}\\b[^,;]*$`, 'u');
// "..., said Police Chief Ana Ruiz": a short name after the verb, ending the clause; a longer
// run ("said Iraqi forces destroyed 100 vehicles") is what was said, not who said it.
const INVERTED = new RegExp(`[,”"]\\s*${SPEECH}\\s+((?:[^\\s,;“”"\\d]+\\s+){0,7}[^\\s,;“”"\\d]+?)\\.?(?=\\s*(?:[,;]|$))`, 'u');
const SAYING = new RegExp(`^((?:${NAME}\\s+){0,5}?${NAME})\\s+\\p{Ll}+ed\\b[^,;]*,\\s+saying\\b`, 'u');
const ACCORDING = /\baccording\s+to\s+(?:an?\s+|the\s+)?([^,;“”"]{2,80}?)(?=[,;“”"]|\.\s*$|\s+(?:on|in|at|earlier|last|this|that)\b|$)/iu;

const PRONOUN = /^(?:he|she|they|we|it|i|officials?|sources?)$/i;
const NOT_A_SPEAKER = /^(?:it|there|this|that|which|who|what|report|reports)$/i;

export interface Attribution {
  speaker: string;
  /** "he", "they": refers back to a speaker named earlier. */
  pronoun: boolean;
}

function clean(s: string): string {
  return s
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:on|in|at)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i, '')
    .replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b.*$/i, '')
    .replace(/[\s,.]+$/, '')
    .trim();
}

export function attributionIn(text: string): Attribution | null {
  // Spacing must not change who said it: pages use runs of no-break and thin spaces.
  const sentence = text.replace(/\s+/g, ' ');
  const found =
    ACCORDING.exec(sentence)?.[1] ??
    TRAILING.exec(sentence)?.[1] ??
    INVERTED.exec(sentence)?.[1] ??
    SUBJECT.exec(sentence)?.[1] ??
    SAYING.exec(sentence)?.[1];
  if (!found) return null;
  const speaker = clean(found);
  if (!speaker || NOT_A_SPEAKER.test(speaker) || speaker.split(/\s+/).length > 8) return null;
  // "Now the group is estimated to": a passive, not a person speaking.
  if (/\s(?:is|was|are|were|be|been|has|have|had)$/i.test(speaker)) return null;
  return { speaker, pronoun: /^(?:he|she|they|we|i)$/i.test(speaker) && PRONOUN.test(speaker) };
}
