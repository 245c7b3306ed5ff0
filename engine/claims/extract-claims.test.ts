import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

const first = (text: string) => extractClaims(text)[0];

describe('what is counted', () => {
  it('folds synonyms and inflection to one concept', () => {
    expect(first('Strikes destroyed 55 trucks.').concept).toBe('vehicle');
    expect(first('Strikes destroyed 55 Islamic State vehicles.').concept).toBe('vehicle');
    expect(first('Troops killed 40 jihadists.').concept).toBe('combatant');
    expect(first('Troops killed 40 fighters.').concept).toBe('combatant');
    expect(first('At least 12 civilians died.').concept).toBe('civilian');
  });

  it('finds the counted noun named earlier when the number stands alone', () => {
    expect(first('The strikes brought the number of vehicles destroyed to 175.').concept).toBe('vehicle');
  });
});

describe('what happened to it', () => {
  it.each([
    ['Coalition strikes destroyed approximately 120 vehicles.', 'destroyed'],
    ['A convoy of 120 vehicles was hit by bombs.', 'destroyed'],
    ['Officials said 688 vehicles were destroyed.', 'destroyed'],
    ['At least 250 suspected fighters were killed.', 'killed'],
    ['The vehicles could have carried as many as 250 militants.', 'carried'],
    ['A convoy of more than 700 vehicles began moving out.', 'convoy'],
    ['Police detained another 1,000 extremists.', 'captured'],
    ['Footage showed dozens of vehicles being taken out.', 'shown'],
  ])('%s -> %s', (text, action) => {
    expect(first(text).action).toBe(action);
  });
});

describe('who said it', () => {
  it.each([
    ['The army destroyed 55 vehicles, defense officials said.', 'defense officials'],
    ['Strikes destroyed 55 vehicles, according to Col. Chris Garver.', 'Col. Chris Garver'],
    ['At least 250 fighters were killed, U.S. officials told Reuters.', 'U.S. officials'],
    ['Defense Minister Khalid al-Obeidi said 688 vehicles were destroyed.', 'Defense Minister Khalid al-Obeidi'],
    ['“We estimate strikes destroyed approximately 120 vehicles”, Garver said.', 'Garver'],
  ])('%s', (text, speaker) => {
    expect(first(text).speaker).toBe(speaker);
  });

  it('resolves a pronoun to the speaker named before', () => {
    const claims = extractClaims('Col. Chris Garver said the strikes went on.\nHe estimates strikes destroyed 55 vehicles.');
    expect(claims[0].speaker).toBe('Col. Chris Garver');
  });
});

describe('scope', () => {
  it('reads places and days from the sentence', () => {
    const c = first('A convoy spotted east of Ramadi was hit on Wednesday, destroying 120 vehicles.');
    expect(c.scope).toEqual(expect.arrayContaining(['Ramadi', 'Wednesday']));
  });

  it('marks totals', () => {
    expect(first('Forces destroyed a total of 750 vehicles in the two convoys.').scope).toContain('in total');
  });
});

describe('who said it, whatever the spacing', () => {
  it('reads the same speaker with runs of spaces and no-break spaces', () => {
    const one = 'At least 40 vehicles were destroyed, U.S. officials told Reuters.';
    expect(first(one.replace(/ /g, '  ')).speaker).toBe('U.S. officials');
    expect(first(one.replace(/ /g, '\u00a0')).speaker).toBe('U.S. officials');
  });

  it('does not take what was said for who said it', () => {
    expect(first('Jaafer Al-Husseini, a militia spokesman, said Iraqi forces destroyed more than 100 vehicles.').speaker).not.toMatch(/destroyed/);
  });
});

describe('digits of other scripts', () => {
  // The reader's own digit patterns (a sentence goes on before a digit, a speaker's name holds
  // none) must see "٣" as they see "3": the same drafts as the ASCII spelling, at the same offsets.
  const arabic = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  const reading = (text: string) => extractClaims(text).map(({ figure: { text: _, ...figure }, ...draft }) => ({ ...draft, figure }));

  it.each([
    'The convoy lost 40 trucks near Falluja. 3 more were hit near Ramadi on Thursday.',
    'Strikes destroyed 55 vehicles, said 2 officials.',
    'Iraqi forces destroyed about 55 vehicles and 120 more near Fallujah, Col. Chris Garver said.',
  ])('%s', (ascii) => {
    const text = arabic(ascii);
    expect(text).not.toBe(ascii);
    expect(reading(text)).toEqual(reading(ascii));
  });
});
