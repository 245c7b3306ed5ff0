// What happened to what was counted, folded to an outcome: "killed", "died", "deaths", "death
// toll", "fatalities" and "lost their lives" are one outcome, so are "injured", "wounded" and
// "hurt". An outcome is named by verbs, by their nominalisations and by the adjectives news uses
// for the people it happened to ("58 dead", "hundreds missing").
//
// Each outcome lists the base forms of its words; regular inflection is generated (destroy →
// destroys, destroyed, destroying), irregular forms are listed. The outcomes are the kinds of
// event news counts (harm to people, damage to things, gatherings, flows, audiences), not the
// words of any one event.

interface Outcome {
  /** Verbs by their base form; -s, -ed and -ing forms are generated. */
  verbs: string[];
  /** Irregular verb forms, nouns and adjectives, as written. */
  words: string[];
}

const OUTCOMES: Record<string, Outcome> = {
  killed: {
    verbs: ['kill', 'die', 'perish', 'massacre', 'execute', 'murder', 'drown', 'suffocate', 'crush', 'trample'],
    words: ['dead', 'died', 'dying', 'slain', 'death', 'deaths', 'toll', 'tolls', 'fatality', 'fatalities', 'deceased', 'lost', 'lose', 'loses', 'losing', 'bodies', 'corpses', 'victims', 'killings', 'fatal', 'fatally', 'perished'],
  },
  wounded: {
    verbs: ['wound', 'injure'],
    words: ['hurt', 'hurts', 'hurting', 'injuries', 'injury', 'casualties', 'treated', 'hospitalised', 'hospitalized', 'hospitalisation', 'hospitalization'],
  },
  missing: {
    verbs: [],
    words: ['missing', 'unaccounted', 'unaccounted-for', 'whereabouts', 'disappeared', 'vanished', 'unreachable', 'unlocated'],
  },
  fled: {
    verbs: ['escape', 'evacuate', 'displace', 'retreat', 'relocate'],
    words: ['fled', 'flee', 'flees', 'fleeing', 'homeless', 'evacuees', 'evacuation', 'evacuations', 'displacement', 'refuge', 'shelters', 'sheltering'],
  },
  destroyed: {
    verbs: ['destroy', 'obliterate', 'demolish', 'raze', 'level', 'flatten', 'burn', 'scorch', 'char', 'consume', 'eliminate', 'target', 'bomb', 'decimate', 'damage', 'gut'],
    words: ['hit', 'hits', 'hitting', 'struck', 'strike', 'wiped', 'burnt', 'knocked', 'downed', 'shot', 'destruction', 'damages'],
  },
  captured: {
    verbs: ['capture', 'detain', 'arrest', 'imprison', 'surrender', 'apprehend', 'jail'],
    words: ['held', 'arrests', 'detentions', 'custody'],
  },
  found: {
    verbs: ['recover', 'seize', 'discover', 'confiscate', 'locate', 'uncover'],
    words: ['found', 'find', 'finds', 'finding', 'seizure', 'stockpile', 'arsenal'],
  },
  carried: {
    verbs: ['carry', 'transport'],
    words: ['aboard', 'onboard', 'passengers'],
  },
  convoy: {
    verbs: ['comprise', 'consist'],
    words: ['convoy', 'convoys', 'column', 'columns'],
  },
  gathered: {
    verbs: ['attend', 'gather', 'march', 'rally', 'protest', 'demonstrate', 'assemble', 'pack', 'fill', 'converge', 'flock', 'join', 'jam', 'throng', 'cram'],
    words: ['turned', 'turnout', 'crowd', 'crowds', 'drew', 'draw', 'draws', 'drawing', 'attendance', 'attendees', 'marchers', 'protesters', 'demonstrators', 'participants', 'spectators', 'rally', 'rallies'],
  },
  watched: {
    verbs: ['watch', 'view', 'stream', 'tune'],
    words: ['viewers', 'viewership', 'audience', 'audiences', 'ratings', 'households', 'streams', 'views'],
  },
  rode: {
    verbs: ['ride'],
    words: ['rode', 'ridden', 'riders', 'ridership', 'trips', 'entries', 'commuters'],
  },
  spilled: {
    verbs: ['spill', 'leak', 'flow', 'gush', 'spew', 'release', 'discharge', 'pour', 'seep', 'dump'],
    words: ['outflow', 'spillage', 'leakage', 'spill', 'spills', 'leak', 'leaks', 'flow', 'flows', 'flowing', 'flow-rate'],
  },
  contained: {
    verbs: ['contain'],
    words: ['containment'],
  },
  shown: {
    verbs: ['show'],
    words: ['shown', 'footage', 'video', 'videos', 'image', 'images', 'photos'],
  },
  counted: {
    verbs: ['count', 'tally'],
    words: [],
  },
  fired: {
    // Not "fire": in news it is far more often the noun (a wildfire, "the fire") than the verb.
    verbs: ['unleash', 'launch'],
    words: ['fired', 'firing', 'shots', 'gunfire'],
  },
  attacked: {
    verbs: ['attack', 'ambush', 'pursue', 'chase', 'assault'],
    words: [],
  },
  controlled: {
    verbs: ['control'],
    words: ['holds'],
  },
  spent: {
    verbs: ['spend', 'cost', 'pay'],
    words: ['spent', 'paid', 'costs'],
  },
  voted: {
    verbs: ['vote'],
    words: ['votes', 'ballots'],
  },
};

/** Outcomes that happen to people, so whatever they count is people ("58 dead", "the toll"). */
export const HARM_TO_PEOPLE = new Set(['killed', 'wounded', 'missing', 'fled']);

/** The -s, -ed and -ing forms of a regular verb. */
export function inflections(verb: string): string[] {
  const forms = [verb];
  const cvc = /[^aeiou][aeiou][bdgklmnprt]$/.test(verb) && !/(?:en|er|on|et|it|om|al|el)$/.test(verb);
  const doubled = cvc && verb.length <= 4 ? verb + verb[verb.length - 1] : verb;
  if (/[^aeiou]y$/.test(verb)) forms.push(verb.slice(0, -1) + 'ies', verb.slice(0, -1) + 'ied', verb + 'ing');
  else if (/e$/.test(verb)) forms.push(verb + 's', verb + 'd', verb.replace(/ie$/, 'y').replace(/e$/, '') + 'ing');
  else if (/(?:s|sh|ch|x|z)$/.test(verb)) forms.push(verb + 'es', verb + 'ed', verb + 'ing');
  else forms.push(verb + 's', doubled + 'ed', doubled + 'ing');
  return forms;
}

const ACTION_OF = new Map<string, string>();
const VERB_FORMS = new Set<string>();
for (const [action, { verbs, words }] of Object.entries(OUTCOMES)) {
  for (const v of verbs.flatMap(inflections)) VERB_FORMS.add(v);
  for (const w of [...verbs.flatMap(inflections), ...words]) if (!ACTION_OF.has(w)) ACTION_OF.set(w, action);
}

/** A plural noun that names an outcome ("trips", "viewers", "deaths") can itself be what a
 *  figure counts; a verb ("kills") cannot. */
export function isOutcomeNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ACTION_OF.has(w) && /[^s]s$/.test(w) && !VERB_FORMS.has(w);
}

export function actionOf(word: string): string | null {
  return ACTION_OF.get(word.toLowerCase()) ?? null;
}
