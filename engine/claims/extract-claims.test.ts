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
    expect(first('The final drew 8 million views.').concept).toBe(first('The final drew 8 million viewers.').concept);
    expect(first('The subway logged 90,000 station entries.').concept).toBe(first('Riders took 90,000 trips.').concept);
    expect(first('The final drew a TV audience of 8 million.').concept).toBe(first('The final drew 8 million viewers.').concept);
    expect(first('The gunman fired hundreds of shots.').concept).toBe(first('The gunman fired hundreds of rounds.').concept);
    expect(first('The fire destroyed 40 homes.').action).toBe('destroyed');
    expect(first('The fire burned 90 commercial properties.').concept).toBe(first('The fire burned 90 commercial structures.').concept);
  });

  it('ends the counted phrase at "plus", as at "and"', () => {
    expect(first('They also recovered 12 rifles plus explosives.').counted).toBe('rifles');
  });

  it('takes no verb after a bare number for what it counts, nor lends one to the next figure', () => {
    const [dead, injured] = extractClaims('At least 40 died and 300 were injured.');
    expect([dead.counted, injured.counted]).toEqual([null, null]);
    expect([dead.concept, injured.concept]).toEqual(['person', 'person']);
    expect(first('Perhaps as many as 900,000 watched as she was sworn in.').counted).toBeNull();
  });

  it('gives the entries of a list what the words before its colon count', () => {
    const entries = extractClaims('Earlier finals drew TV audiences as follows: Smith (24 million, 2003), Jones (36.2 million, 1987).');
    expect(entries.map((c) => c.concept)).toEqual(['viewer', 'viewer']);
    expect(first('Results: 40 in the north.').concept).toBe(null);
  });

  it('gives the short lines after a line that ends in a colon what that line counts, until prose', () => {
    const claims = extractClaims('The network confirmed its figures on full-day ridership:\n\n- Smith: 412,300\n\n- Jones 2005: 1.3 million\n\nThe mayor spoke for an hour about the parade and the weather that day.\n\n- Roe: 300');
    expect(claims.map((c) => c.concept)).toEqual(['trip', 'trip', null]);
    // "ridership" names an outcome too: the entries were rides taken.
    expect(claims.map((c) => c.action)).toEqual(['rode', 'rode', null]);
  });

  it('finds the counted noun named earlier when the number stands alone', () => {
    expect(first('The strikes brought the number of vehicles destroyed to 175.').concept).toBe('vehicle');
  });

  it('takes a plural noun ending the phrase as its head, not a known word modifying it', () => {
    const c = first('The band played to a crowd of about 9,000 country music fans.');
    expect(c.counted).toBe('fans');
    expect(c.concept).toBe(first('About 9,000 people gathered in the park.').concept);
  });

  it('ends the counted phrase at a participle after a plural noun: "2 million Ruritanians taking part"', () => {
    expect(first('Roughly 2 million Ruritanians taking part in the festival were there.').counted).toBe('ruritanians');
  });

  it('reads a crowd sized by eye ("it looked like 90,000 people") as gathered, unless a verb after tells more', () => {
    expect(first('From the stage it looked like 90,000 people to me.').action).toBe('gathered');
    expect(first('It looked like 40 people were hurt.').action).toBe('wounded');
    expect(first('The van looked like 20 rifles had been stacked inside.').action).not.toBe('gathered');
  });

  it('tells no gathering of things: "a van packed with 20 rifles"', () => {
    const c = first('Police found a van packed with more than 20 rifles.');
    expect(c.concept).toBe('rifle');
    expect(c.action).not.toBe('gathered');
    expect(first('Some 20,000 people packed the square.').action).toBe('gathered');
    expect(first('An estimated 90,000 people jammed the square.').action).toBe('gathered');
  });

  it('tells no death of places: "12 countries that lost citizens"', () => {
    const [share, whole] = extractClaims('The count of the dead is based on figures from 12 of over 90 countries whose citizens were killed.');
    expect([share, whole].map((c) => [c.concept, c.action])).toEqual([['place', null], ['place', null]]);
    expect(first('Reports from 30 countries who lost citizens were added.').action).toBe(null);
  });

  it('counts neither "below" nor "above" after a figure, and takes a fraction for a share, never a count', () => {
    const [, audience] = extractClaims('The tally falls 19 percent below the audience for the final (37.8 million).');
    expect(audience.concept).toBe('viewer');
    expect(first('when a quarter of all households tuned in').concept).toBe('share');
  });

  it('gives a share the noun its whole counts: "14 of over 120 countries"', () => {
    expect(first('The tally drew on figures from 14 of over 120 countries.').concept).toBe('place');
    expect(first('In 14 of the 52 villages, wells ran dry.').counted).toBe('villages');
    expect(first('The tally drew on figures from 14 of the more-than 120 countries.').counted).toBe('countries');
  });

  it('reads a relative clause\'s figure with its antecedent before the comma', () => {
    const c = first('Officials have not updated the number of injured, which stands at 412, since Monday.');
    expect([c.concept, c.action]).toEqual(['person', 'wounded']);
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
    ['A new count shows at least 340 passengers drowned.', 'killed'],
    ['A hospital survey suggests 1,200 people were injured in the quake.', 'wounded'],
    ['Researchers view the footage and estimate 9,000 barrels per day leaking from the pipe.', 'spilled'],
    ['Nobody knows what led the gunman to fire more than 900 bullets.', 'fired'],
  ])('%s -> %s', (text, action) => {
    expect(first(text).action).toBe(action);
  });

  it('reads the outcome a counted noun names when no verb tells one, for nouns of a known kind', () => {
    expect(first('The tally falls below the audience for the first final (24.2 million).').action).toBe('watched');
  });

  it('never has an amount killed, injured or missing: a spill’s toll in barrels', () => {
    expect(first('Pipeline Leak: The 80,000 Gallon Toll').action).toBeNull();
    expect(first('The flood left 40 people dead.').action).toBe('killed');
  });

  it('reads what happened from the count a figure is the value of, when the figure counts the same', () => {
    expect(first('Experts pegged the number in attendance on Sunday at a third of the 2010 crowd, or 90,000 people.').action).toBe('gathered');
    const [before, after, calls] = extractClaims('The number of people unaccounted for rose from 600 to 1,000 as crews combed through 900 calls.');
    expect([before.action, after.action]).toEqual(['missing', 'missing']);
    expect(calls.action).toBeNull();
  });
});

describe('what is counted, given what happened to it', () => {
  it.each([
    ['Death toll rises to 76.', 'person', 'killed'],
    ['58 dead and hundreds injured at the festival.', 'person', 'killed'],
    ['Hundreds Still Missing', 'person', 'missing'],
    ['The tragedy killed 769 pilgrims.', 'person', 'killed'],
    ['At least 412 others were injured.', 'person', 'wounded'],
    ['He thought a million people attended.', 'person', 'gathered'],
    ['Hundreds of protesters marched downtown.', 'person', 'gathered'],
    ['The fire scorched 151,373 acres.', 'acre', 'destroyed'],
    ['Oil was flowing at 5,000 barrels a day.', 'barrel per day', 'spilled'],
    ['Foreign fighters now arrive at as low as 200 per month.', 'figure per month', null],
    ['The AP count killed nearly three times as many.', 'ratio', 'killed'],
    ['AP says the toll is 630 more than the official one.', 'difference', null],
  ])('%s -> %s, %s', (text, concept, action) => {
    const c = first(text);
    expect(c.concept).toBe(concept === 'figure per month' ? c.concept : concept);
    if (concept === 'figure per month') expect(c.concept).toMatch(/ per month$/);
    if (action !== null) expect(c.action).toBe(action);
  });

  it('stops a clause\'s outcome at the next figure', () => {
    const [toll, missing] = extractClaims('The death toll rose to 88 on Monday with 203 people still missing.');
    expect(toll.action).toBe('killed');
    expect(missing.action).toBe('missing');
  });

  it('counts the missing a sentence or the next presumes dead among the dead', () => {
    expect(first('Nine crew are missing, presumed drowned, after the trawler sank.').action).toBe('killed');
    expect(first('Nine crew are still missing from the trawler. They are presumed dead, and the search has ended.').action).toBe('killed');
    expect(first('Nine crew are still missing from the trawler. Rescuers hope to find them alive.').action).toBe('missing');
    expect(first('Nine crew are still missing from the trawler.\nThey are presumed dead.').action).toBe('missing');
  });

  it('gives a figure that points back the last figure\'s count and outcome, within its paragraph', () => {
    const [, back] = extractClaims('There are still over 800 names of people missing. While it\'s down from nearly 1,000 the day before, it is inexact.');
    expect(back).toMatchObject({ action: 'missing', concept: 'person' });
    const [, apart] = extractClaims('There are still over 800 names of people missing.\n\nIt rose to 1,000 on Friday.');
    expect(apart.action).toBe(null);
  });

  it('gives a gapped figure of a list the count and outcome of the figure before it in its sentence', () => {
    const [first, second, third] = extractClaims('Others include Ruritania with 99 dead, Freedonia with 89, and Elbonia 81.');
    expect([first, second, third].map((c) => [c.action, c.concept])).toEqual([['killed', 'person'], ['killed', 'person'], ['killed', 'person']]);
    const [, share] = extractClaims('Ruritania with 99 dead, Freedonia with 40 percent.');
    expect(share.action).toBe(null);
    const [, own] = extractClaims('The blast killed 12 people and 40 cars were found.');
    expect(own.action).not.toBe('killed');
  });

  it('gives every entry of a list the verb before its first entry, but lends no clause before a comma', () => {
    const entries = extractClaims('Deputies found explosives, 12 rifles, and several hundred rounds of ammunition in the barn.');
    expect(entries.map((c) => c.action)).toEqual(['found', 'found']);
    const plain = extractClaims('Deputies seized two rifles, 30 pistols and 200 rounds.');
    expect(plain.map((c) => c.action)).toEqual(['found', 'found', 'found']);
    const clause = extractClaims('In the attack on Monday, 18 soldiers and 3 police officers were there.');
    expect(clause.map((c) => c.action)).toEqual([null, null]);
    const [left] = extractClaims('The storm flattened the town, and 300 people were left in the cold.');
    expect(left.action).toBe(null);
  });

  it('reads people who lost their homes or are without homes as displaced, and things lost as destroyed', () => {
    expect(first('Thousands of residents lost their homes in the fire.')).toMatchObject({ action: 'fled', concept: 'person' });
    expect(first('Some 2,000 residents are without homes tonight.')).toMatchObject({ action: 'fled', concept: 'person' });
    expect(first('The town lost 300 homes.')).toMatchObject({ action: 'destroyed', concept: 'building' });
    expect(first('About 300 people lost their lives.').action).toBe('killed');
  });

  it('reads no verb across a comma before the figure, but reads one across a quote mark', () => {
    expect(first('According to the city count, nearly 600 people remain missing.').action).toBe('missing');
    expect(first('The raids ended up killing “tens” of fighters.').action).toBe('killed');
  });

  it('reads the verb after "others" for "N others"', () => {
    const [, others] = extractClaims('Six sailors were still missing and eight others were being treated for burns.');
    expect(others.action).toBe('wounded');
  });

  it('counts a multiple as a ratio or a growth, and lends its "times" to no later figure', () => {
    const [growth, toll] = extractClaims('The ministry nearly doubled its death toll to 300 on Monday.');
    expect(growth).toMatchObject({ concept: 'growth', action: 'killed' });
    expect(toll).toMatchObject({ concept: 'person', action: 'killed' });
    expect(first('The new count is double that of the ministry.').concept).toBe('ratio');
  });

  it('reads a count named as a noun as no outcome: "nearly doubling its earlier count"', () => {
    const [, growth] = extractClaims('The ministry announced 310 deaths, nearly doubling its earlier count.');
    expect(growth.action).toBe(null);
    expect(first('Officials count 40 dead.').action).toBe('counted');
  });

  it('reads people who used or took a transit system as its trips, and nothing else they used', () => {
    expect(first('Officials said 90,000 people used the city\'s subway on Friday.')).toMatchObject({ action: 'rode', concept: 'trip' });
    expect(first('Some 60,000 riders took the subway by noon.')).toMatchObject({ action: 'rode', concept: 'trip' });
    expect(first('About 3,000 people used the new library on Friday.').action).toBe(null);
  });

  it('reads what happened after "found to have" or "believed to have", not the finding', () => {
    expect(first('A further 80 were discovered to have sustained injuries in the crush.').action).toBe('wounded');
    expect(first('About 40 people are believed to have died.').action).toBe('killed');
    expect(first('Police found 23 guns in the room.').action).toBe('found');
  });

  it('reads an amount told as flowing at the time as a daily rate, and one that has flowed as a total', () => {
    expect(first('Before the well was capped, 9,000 barrels of oil were flowing into the bay.').concept).toBe('barrel per day');
    expect(first('Nearly 2 million barrels of oil have gushed into the bay.').concept).toBe('barrel');
  });

  it('reads no claim in a conversion between units: "each barrel contains about 42 gallons"', () => {
    expect(extractClaims('(Each barrel contains about 42 gallons of oil.)')).toEqual([]);
    expect(extractClaims('The tank contains about 42 gallons of oil.')).toHaveLength(1);
  });

  it('keeps an amount\'s unit and counts it as written', () => {
    expect(first('The fire scorched 151,373 acres.')).toMatchObject({ unit: 'acre', counted: 'acres' });
    const [, share] = extractClaims('Some 2.5 million barrels of oil leaked from the well, of which 300,000 were captured.');
    expect(share).toMatchObject({ unit: 'barrel', concept: 'barrel', action: 'captured' });
  });
});

describe('parts and dates', () => {
  it.each([
    ['Iran\'s Hajj organisation says 464 Iranian pilgrims died.', 'part:iran'],
    ['Around 240 Iranians were previously declared dead.', 'part:iran'],
    ['The toll includes Nigeria with 99 dead.', 'part:nige'],
    ['Iran says 465 of its citizens were killed, while Egypt lost 148.', 'part:iran'],
    ['Iran says 465 of its citizens were killed.', 'part:iran'],
  ])('%s names the part %s', (text, part) => {
    expect(first(text).scope).toContain(part);
  });

  it('names the party of each entry of a gapped list, and who said it lost its own', () => {
    const entries = extractClaims('Most came from abroad: Ruritania lost 198 and Freedonia 192, Elbonia 12.');
    expect(entries.map((c) => c.scope.find((s) => s.startsWith('part:')))).toEqual(['part:ruri', 'part:free', 'part:elbo']);
    expect(first('Many of the dead came from abroad: Freedonia said it lost 199 people, officials said.').scope).toContain('part:free');
  });

  it.each([
    ['Smith – 12.4 m viewers', 'owner:smit'],
    ['Jones 2012: 780,000', 'owner:jone'],
  ])('reads the name labelling a list entry as whose figure it is: %s', (text, owner) => {
    expect(first(text).scope).toContain(owner);
  });

  it('gives a figure that "with" adds to a party\'s figure that party, unless it names its own noun', () => {
    const [, missing] = extractClaims('Around 240 Ruritanians were declared dead after the crush, with more than 200 classified as missing.');
    expect(missing.scope).toContain('part:ruri');
    const [, people] = extractClaims('Around 240 Ruritanians were declared dead after the crush, with 300 people still missing.');
    expect(people.scope.some((x) => x.startsWith('part:'))).toBe(false);
    const [, others] = extractClaims('The minister said 101 Ruritanians had died, while 32 others are still missing.');
    expect(others.scope).toContain('part:ruri');
  });

  it('counts what "the number of" names, not the nearest noun after it, and reads a demonym there as a part', () => {
    const c = first('The number of Ruritanians killed in the crush near the holy city of Oldtown has now risen above 100.');
    expect(c).toMatchObject({ counted: 'ruritanians', concept: 'person', action: 'killed' });
    expect(c.scope).toContain('part:ruri');
  });

  it('takes no heading or prose before a dash for a list entry\'s name', () => {
    for (const text of ['Injured: 500', 'Update: 5 dead', 'Breaking – the storm killed 12 people in the north of the country on Tuesday night.']) {
      expect(first(text).scope.some((s) => s.startsWith('owner:') || s.startsWith('part:'))).toBe(false);
    }
  });

  it('does not take a day or a place before "with" for a party', () => {
    expect(first('The toll rose on Monday with 203 people still missing.').scope.some((s) => s.startsWith('part:'))).toBe(false);
    expect(first('The crush was near Mecca, with more than 200 missing.').scope.some((s) => s.startsWith('part:'))).toBe(false);
  });

  it('dates a figure a short clause after its year', () => {
    expect(first('In town, the mayor’s 2009 victory parade drew an in-person crowd of 1.3 million, organisers said.').scope).toContain('2009');
  });

  it('dates the one figure of a sentence by its one year, however far apart', () => {
    expect(first('The mayor’s 2009 parade was by a wide margin the network’s busiest day that decade, with 900,000 rides.').scope).toContain('2009');
    expect(first('The fire, the deadliest since 2008 in a county that has seen many fires over the years, killed 85 people.').scope).not.toContain('2008');
  });

  it('dates the figure nearest a year', () => {
    const [tv, drop] = extractClaims('Trump drew a TV audience of 30.6 million, down 19% vs. Obama 2009.');
    expect(tv.scope).not.toContain('2009');
    expect(drop.scope).toContain('2009');
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

describe('a count over a whole country', () => {
  it('marks the figure whose clause spans the nation, not the others of its sentence, nor people from around the world', () => {
    const [marched, attended] = extractClaims('While hundreds of thousands of people marched across the nation on Sunday, the mayor said 90,000 people attended the parade.');
    expect(marched.scope).toContain('nationwide');
    expect(attended.scope).not.toContain('nationwide');
    expect(first('A count shows at least 900 people from around the world died.').scope).not.toContain('nationwide');
  });
});

describe('hours of the day', () => {
  it('marks a count up to an hour of the day, however the hour is written, and not an event at an hour', () => {
    expect(first('As of 11 a.m., 80,000 rides had been taken.').scope).toContain('time:11');
    expect(first('The network said that as of 11:00 am on Monday, there were 80,000 rides.').scope).toContain('time:11');
    expect(first('The fire broke out at 6:30 a.m. and killed 85 people.').scope.some((s) => s.startsWith('time:'))).toBe(false);
  });
});

describe('dates, whatever the spacing', () => {
  it('dates a figure by a year at the same distance in words however wide the spaces', () => {
    const one = 'Strikes destroyed 40 trucks and 12 cars on the road near the city in the summer of 2014.';
    const wide = one.replace(/ /g, '   ');
    expect(extractClaims(one)[1].scope).toContain('2014');
    expect(extractClaims(wide).map((c) => c.scope)).toEqual(extractClaims(one).map((c) => c.scope));
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
