// What is counted, folded to a concept so outlets that say "trucks" and "vehicles", or
// "fighters" and "militants", are seen to count the same thing.
//
// A small curated table rather than WordNet or word vectors: measured, WordNet joins militants
// and fighters only at "person" (no closer than civilians) and word vectors put militants as
// near civilians as fighters. News needs combatants kept apart from civilians, so we say so.

const CONCEPT_OF: Record<string, string> = {};
const TABLE: Record<string, string[]> = {
  vehicle: ['vehicle', 'truck', 'car', 'pickup', 'lorry', 'bus', 'van', 'jeep', 'suv', 'motorcycle', 'humvee'],
  combatant: [
    'militant', 'fighter', 'terrorist', 'jihadist', 'jihadi', 'insurgent', 'extremist', 'rebel', 'gunman',
    'combatant', 'guerrilla', 'guerilla', 'mujahideen',
  ],
  soldier: ['soldier', 'troop', 'serviceman', 'servicemember', 'marine', 'trooper', 'paratrooper', 'conscript'],
  police: ['policeman', 'officer', 'police', 'policemen'],
  civilian: ['civilian', 'resident', 'villager', 'noncombatant', 'bystander'],
  person: ['person', 'people', 'individual', 'human', 'man', 'woman', 'child', 'adult'],
  protester: ['protester', 'protestor', 'demonstrator', 'marcher', 'rallygoer', 'attendee', 'participant'],
  death: ['death', 'fatality', 'dead'],
  casualty: ['casualty'],
  injury: ['injury', 'wounded', 'injured'],
  aircraft: ['aircraft', 'plane', 'jet', 'warplane', 'helicopter', 'gunship', 'drone', 'airplane'],
  munition: ['munition', 'bomb', 'missile', 'rocket', 'shell', 'projectile', 'bullet', 'round'],
  airstrike: ['airstrike', 'strike', 'raid', 'sortie'],
  building: ['building', 'house', 'home', 'dwelling', 'structure', 'apartment'],
  refugee: ['refugee', 'migrant', 'asylum-seeker', 'evacuee'],
  vote: ['vote', 'ballot'],
};
for (const [concept, words] of Object.entries(TABLE)) for (const w of words) CONCEPT_OF[w] = concept;

const IRREGULAR: Record<string, string> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', persons: 'person', feet: 'foot',
  police: 'police', policemen: 'policeman', mujahideen: 'mujahideen', casualties: 'casualty',
  fatalities: 'fatality', dead: 'dead', wounded: 'wounded', injured: 'injured', aircraft: 'aircraft',
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

/** The concept a counted noun belongs to, or the noun's own singular when the table has none. */
export function conceptOf(noun: string): string {
  const s = singular(noun);
  return CONCEPT_OF[s] ?? s;
}

export function isKnownConceptWord(word: string): boolean {
  return singular(word) in CONCEPT_OF;
}
