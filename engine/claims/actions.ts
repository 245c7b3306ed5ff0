// What happened to what was counted, folded: "destroyed", "hit", "taken out" are one outcome.
// Verbs are matched by their forms as written; a missing form simply leaves the action unknown.

const FORMS: Record<string, string[]> = {
  destroyed: [
    'destroy', 'destroys', 'destroyed', 'destroying', 'hit', 'hits', 'hitting', 'struck', 'strike',
    'obliterated', 'demolished', 'wiped', 'burned', 'burnt', 'eliminated', 'knocked', 'taken', 'took',
    'targeted', 'targeting', 'bombed', 'decimated', 'razed', 'damaged', 'downed', 'shot',
  ],
  killed: [
    'kill', 'kills', 'killed', 'killing', 'dead', 'died', 'die', 'dying', 'slain', 'perished',
    'massacred', 'executed', 'murdered', 'lost', 'death', 'deaths', 'toll', 'fatalities',
  ],
  wounded: ['wounded', 'wounding', 'injured', 'injuring', 'hurt', 'injuries'],
  captured: ['captured', 'capturing', 'detained', 'detaining', 'arrested', 'arresting', 'imprisoned', 'surrendered', 'apprehended', 'held'],
  carried: ['carried', 'carrying', 'carry', 'carries', 'transported', 'transporting', 'aboard', 'onboard'],
  convoy: ['convoy', 'consisted', 'comprising', 'comprised', 'column'],
  fled: ['fled', 'flee', 'fleeing', 'flees', 'escape', 'escaped', 'escaping', 'evacuated', 'displaced', 'retreating', 'retreated'],
  gathered: ['attended', 'gathered', 'marched', 'rallied', 'protested', 'demonstrated', 'turned', 'crowd', 'crowds', 'joined'],
  shown: ['showing', 'shows', 'showed', 'shown', 'footage', 'video', 'videos', 'image', 'images', 'photos'],
  counted: ['counted', 'counting', 'tallied'],
  fired: ['fired', 'unleashed', 'launched', 'firing'],
  attacked: ['attack', 'attacked', 'attacks', 'attacking', 'ambushed', 'ambush', 'pursued', 'chased'],
  controlled: ['controlled', 'control', 'controls', 'holds', 'seized'],
  spent: ['spent', 'cost', 'costs', 'paid'],
  voted: ['voted', 'votes', 'ballots', 'turnout'],
};

const ACTION_OF = new Map<string, string>();
for (const [action, forms] of Object.entries(FORMS)) for (const f of forms) if (!ACTION_OF.has(f)) ACTION_OF.set(f, action);

export function actionOf(word: string): string | null {
  return ACTION_OF.get(word.toLowerCase()) ?? null;
}
