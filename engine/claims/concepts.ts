// What is counted, folded to a concept so outlets that say "trucks" and "vehicles", or
// "fighters" and "militants", are seen to count the same thing.
//
// A small curated table rather than WordNet or word vectors: measured, WordNet joins militants
// and fighters only at "person" (no closer than civilians) and word vectors put militants as
// near civilians as fighters. News needs combatants kept apart from civilians, so we say so.

import { HARM_TO_PEOPLE } from './actions';

const CONCEPT_OF: Record<string, string> = {};
const TABLE: Record<string, string[]> = {
  vehicle: ['vehicle', 'truck', 'car', 'pickup', 'lorry', 'bus', 'van', 'jeep', 'suv', 'motorcycle', 'humvee'],
  combatant: [
    'militant', 'fighter', 'terrorist', 'jihadist', 'jihadi', 'insurgent', 'extremist', 'rebel', 'gunman',
    'combatant', 'guerrilla', 'guerilla', 'mujahideen',
  ],
  soldier: ['soldier', 'troop', 'serviceman', 'servicemember', 'marine', 'trooper', 'paratrooper', 'conscript'],
  police: ['policeman', 'officer', 'police', 'policemen'],
  civilian: ['civilian', 'villager', 'noncombatant', 'bystander'],
  person: [
    'person', 'people', 'individual', 'human', 'man', 'woman', 'child', 'adult',
    // What happened to them, named as a noun or adjective: "58 dead", "the death toll", "515 injured".
    'death', 'fatality', 'dead', 'deceased', 'body', 'victim', 'casualty', 'injury', 'wounded', 'injured', 'missing',
  ],
  protester: ['protester', 'protestor', 'demonstrator', 'marcher', 'rallygoer', 'attendee', 'participant', 'crowd', 'concertgoer', 'spectator', 'fan', 'festivalgoer'],
  aircraft: ['aircraft', 'plane', 'jet', 'warplane', 'helicopter', 'gunship', 'drone', 'airplane'],
  munition: ['munition', 'bomb', 'missile', 'rocket', 'shell', 'projectile', 'bullet', 'round', 'shot'],
  airstrike: ['airstrike', 'strike', 'raid', 'sortie'],
  building: ['building', 'house', 'home', 'dwelling', 'structure', 'apartment', 'property'],
  viewer: ['viewer', 'view', 'watcher', 'viewership', 'audience'],
  trip: ['trip', 'ride', 'journey', 'entry', 'boarding', 'ridership'],
  refugee: ['refugee', 'migrant', 'asylum-seeker', 'evacuee'],
  vote: ['vote', 'ballot'],
  // Places and bodies are counted too ("34 countries", "five hospitals"), never as people.
  place: ['country', 'nation', 'city', 'town', 'village', 'state', 'province', 'county', 'district', 'region', 'hospital', 'school', 'site', 'location'],
};
for (const [concept, words] of Object.entries(TABLE)) for (const w of words) CONCEPT_OF[w] = concept;

const IRREGULAR: Record<string, string> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', persons: 'person', feet: 'foot',
  police: 'police', policemen: 'policeman', mujahideen: 'mujahideen', casualties: 'casualty',
  fatalities: 'fatality', dead: 'dead', wounded: 'wounded', injured: 'injured', aircraft: 'aircraft', missing: 'missing',
  deceased: 'deceased', bodies: 'body', others: 'others', hundreds: 'hundreds', thousands: 'thousands',
  lives: 'life', wives: 'wife', series: 'series', species: 'species', news: 'news',
};

/** The singular of an English noun: enough for counted nouns, not a full lemmatiser. */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (w in IRREGULAR) return IRREGULAR[w];
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

// Kinds of people that stay apart whatever happened to them: combatants and civilians killed
// are two quantities. Any other noun counted as killed, injured or missing ("pilgrims",
// "residents", "Americans") is people, and joins "deaths" and "people killed".
const ROLES = new Set(['combatant', 'soldier', 'police', 'civilian']);
// Things the table knows are not people, so "94 bombs" stays bombs even next to "killed".
const THINGS = new Set(['vehicle', 'aircraft', 'munition', 'airstrike', 'building', 'vote', 'place']);

/**
 * The concept a counted noun belongs to, given what happened to it: the table's concept, or the
 * noun's own singular when the table has none. Harm to people makes any noun but a role or a
 * known thing "person"; so does a gathering, where protesters, marchers, the crowd and people
 * are one count.
 */
export function conceptOf(noun: string, action: string | null = null): string {
  const s = singular(noun);
  // "three times as many", "ten times the amount": a ratio, whatever it compares.
  if (s === 'time') return 'ratio';
  const concept = CONCEPT_OF[s] ?? s;
  // People who rode are counted as trips: "200,000 people rode the subway" is its ridership.
  if (action === 'rode' && (concept === 'person' || concept === 'rider')) return 'trip';
  if (action && PEOPLE_OUTCOMES.has(action)) {
    if (action === 'gathered') return concept === 'protester' || concept === 'person' ? 'person' : concept;
    if (!ROLES.has(concept) && !THINGS.has(concept)) return 'person';
  }
  return concept;
}

const PEOPLE_OUTCOMES = new Set([...HARM_TO_PEOPLE, 'gathered']);

const PEOPLE = new Set(['person', 'protester', 'refugee', ...ROLES]);

/** Whether a concept counts people (of any kind), the only things that gather or flock. */
export function isPeopleConcept(concept: string): boolean {
  return PEOPLE.has(concept.replace(/ per \w+$/, ''));
}

/** Whether a concept counts things the table knows are not people ("homes", "vehicles"). */
export function isThingConcept(concept: string): boolean {
  return THINGS.has(concept);
}

export function isKnownConceptWord(word: string): boolean {
  return singular(word) in CONCEPT_OF;
}
