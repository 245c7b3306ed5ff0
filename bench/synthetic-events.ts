// Synthetic events for the benchmarks: several outlets' articles about one made-up event each,
// in the wording of real wire copy (qualifiers, vague quantities, attributions, context figures),
// with invented place and person names so no real event is implied. Seeded, so every run
// generates the same corpus.
import type { Article } from '../engine/claimset/build';
import type { EventInfo } from '../engine/claimset/types';

export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lor', 'mi', 'dan', 've', 'tor', 'sa', 'bel', 'ri', 'om', 'har', 'zu', 'nel', 'quo', 'pra', 'fen'];
const OUTLETS = ['The Daily Ledger', 'Morning Wire', 'Civic Post', 'Harbor Times', 'Evening Courier', 'Metro Dispatch', 'Northern Record'];
const ROLES = ['police spokesman', 'the interior minister', 'the fire chief', 'organisers', 'health officials', 'the city council', 'a hospital director'];
const QUALIFIERS = ['', 'about ', 'more than ', 'at least ', 'nearly ', 'up to ', 'as many as ', 'an estimated ', 'some '];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Quantity {
  counted: string;
  sentence: (figure: string, place: string, speaker: string, day: string) => string;
  base: number;
}

const QUANTITIES: Quantity[] = [
  { counted: 'people', base: 40, sentence: (n, p, s, d) => `${cap(n)} people were killed in the collapse in ${p} on ${d}, ${s} said.` },
  { counted: 'protesters', base: 20000, sentence: (n, p, s, d) => `${cap(n)} protesters marched through central ${p} on ${d}, according to ${s}.` },
  { counted: 'homes', base: 300, sentence: (n, p, s) => `The floods destroyed ${n} homes east of ${p}, ${s} said.` },
  { counted: 'residents', base: 5000, sentence: (n, p, s) => `${cap(s)} said ${n} residents fled the district north of ${p}.` },
  { counted: 'injured', base: 120, sentence: (n, p, s) => `At the hospital in ${p}, ${s} told reporters that ${n} people were injured.` },
  { counted: 'vehicles', base: 60, sentence: (n, p, s) => `Rescue teams found ${n} vehicles destroyed on the highway west of ${p}, ${s} said.` },
  { counted: 'arrests', base: 80, sentence: (n, p, s) => `Police detained ${n} demonstrators in ${p}, ${s} said.` },
];

const FILLER = [
  (p: string) => `The first reports came in shortly after 6:30 a.m., when the road to ${p} was closed for five hours.`,
  (p: string) => `Residents of ${p} said it was one of the worst days the town had seen since 2009.`,
  (p: string) => `The area lies about 30 miles south of ${p} and has two main roads.`,
  () => `Officials promised a full inquiry and said more details would be released later in the week.`,
  () => `Aid groups urged people not to return home until engineers had inspected the buildings.`,
];

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function name(rand: () => number, parts = 2): string {
  let s = '';
  for (let i = 0; i < parts; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return cap(s);
}

function figure(rand: () => number, base: number): string {
  const q = QUALIFIERS[Math.floor(rand() * QUALIFIERS.length)];
  const spread = 0.6 + rand() * 0.9;
  const n = Math.max(2, Math.round((base * spread) / (base > 1000 ? 100 : 1)) * (base > 1000 ? 100 : 1));
  if (rand() < 0.08) return base > 1000 ? 'tens of thousands of' : base > 150 ? 'hundreds of' : 'dozens of';
  return q + n.toLocaleString('en-US');
}

/** One event: `outlets` articles of about `sentences` sentences each. */
export function syntheticEvent(seed: number, outlets = 5, sentences = 24): { event: EventInfo; articles: Article[] } {
  const rand = random(seed);
  const place = name(rand);
  const day = WEEKDAYS[Math.floor(rand() * 7)];
  const quantities = [...QUANTITIES].sort(() => rand() - 0.5).slice(0, 4);
  const event: EventInfo = { id: `synthetic-${seed}`, title: `Disaster in ${place}` };
  const articles: Article[] = [];
  for (let o = 0; o < outlets; o++) {
    const lines: string[] = [`${cap(quantities[0].counted)} counted after disaster in ${place}`];
    for (let i = 0; i < sentences; i++) {
      if (rand() < 0.3) lines.push(FILLER[Math.floor(rand() * FILLER.length)](place));
      else {
        const q = quantities[Math.floor(rand() * quantities.length)];
        const speaker = rand() < 0.5 ? ROLES[Math.floor(rand() * ROLES.length)] : `${name(rand)} ${name(rand, 3)}`;
        lines.push(q.sentence(figure(rand, q.base), place, speaker, day));
      }
    }
    const outlet = OUTLETS[(seed + o) % OUTLETS.length];
    const id = `s${seed}-${o}`;
    articles.push({
      source: { id, file: `${id}.txt`, outlet, url: `https://news${o}.example/${seed}`, title: `${outlet} on ${place}`, published: '2024-05-01' },
      text: lines.join('\n'),
    });
  }
  return { event, articles };
}
