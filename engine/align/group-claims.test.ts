import { describe, expect, it } from 'vitest';
import { buildClaimSet } from '../claimset/build';
import type { ClaimSet } from '../claimset/types';
import { RETOLD } from './group-claims';

function build(...texts: string[]): ClaimSet {
  return buildClaimSet(
    { id: 'test-event', title: 'Test' },
    texts.map((text, i) => ({ source: { id: `s${i}`, file: `s${i}.txt`, outlet: `Outlet ${i}`, url: `https://example.com/${i}`, title: '', published: '2015-09-27' }, text })),
  );
}

const groupOf = (set: ClaimSet, figure: string, source: string) => {
  const claim = set.claims.find((c) => c.text === figure && c.source === source)!;
  return set.groups.find((g) => g.claims.includes(claim.id))!;
};

describe('alignment by quantity', () => {
  it('keeps "could have carried 250 fighters" apart from "at least 250 fighters were killed"', () => {
    const set = build(
      'The destroyed vehicles could have carried as many as 250 fighters, a U.S. official said.',
      'At least 250 suspected fighters were killed, U.S. officials told Reuters.',
    );
    expect(groupOf(set, 'as many as 250', 's0').id).not.toBe(groupOf(set, 'At least 250', 's1').id);
  });

  it('keeps two convoys apart when one outlet reports both, and pairs each with the other outlet', () => {
    const set = build(
      'Strikes hit 55 vehicles southwest of the city on Tuesday, officials said.\nA separate set of strikes destroyed 120 vehicles east of the river, officials said.',
      '“We estimate strikes destroyed approximately 55 vehicles,” Garver said.\n“We estimate strikes destroyed approximately 120 vehicles,” Garver said.',
    );
    const g55 = groupOf(set, '55', 's0');
    const g120 = groupOf(set, '120', 's0');
    expect(g55.id).not.toBe(g120.id);
    expect(g55.claims).toContain(set.claims.find((c) => c.text === 'approximately 55')!.id);
    expect(g120.claims).toContain(set.claims.find((c) => c.text === 'approximately 120')!.id);
    expect(g55.verdict).toBe('agree');
  });

  it('groups outlets that count the same outcome in different words and calls the disagreement', () => {
    const set = build('Air strikes killed dozens of militants on Thursday.', 'The defense minister said 440 fighters were killed.');
    const g = groupOf(set, 'dozens', 's0');
    expect(g.claims).toHaveLength(2);
    expect(g).toMatchObject({ verdict: 'conflict', conflict: true });
  });

  it('never pairs context figures such as distances and years', () => {
    const set = build('The town lies 20 miles west of the city, captured in 2014.', 'The base is 20 miles away; it fell in 2014.');
    expect(set.claims).toHaveLength(0);
  });
});

describe('one quantity in other words, other outlets and other times', () => {
  it('joins deaths, people killed, pilgrims who died and a toll that names no noun', () => {
    const set = build(
      'Stampede at Hajj kills at least 717 people.',
      'The death toll rose to 769, the Saudi health minister said.',
      'AP puts the toll at 1,221.',
      'At least 2,411 pilgrims died, a new count shows.',
    );
    const g = groupOf(set, 'at least 717', 's0');
    expect(g.claims).toHaveLength(4);
    expect(g).toMatchObject({ verdict: 'conflict', concept: 'person' });
  });

  it('keeps an article\'s count of "other" things apart from its own count, whatever their values', () => {
    const set = build(
      'The storm destroyed thousands of homes in the valley. It has flattened 4,100 other buildings.',
      'The storm destroyed about 4,000 other buildings.',
    );
    expect(groupOf(set, 'thousands', 's0').id).not.toBe(groupOf(set, '4,100', 's0').id);
    expect(groupOf(set, 'about 4,000', 's1').id).toBe(groupOf(set, '4,100', 's0').id);
  });

  it('keeps a vague count a hundredfold from a figure apart from it, but not a vague count within tenfold', () => {
    const set = build(
      'Thousands of fans crossed the bridge at dawn.',
      'Some 3 million fans came to the city this year.',
      'Officials said dozens of fans were hurt.',
      'At least 250 fans were hurt.',
    );
    expect(groupOf(set, 'Thousands', 's0').id).not.toBe(groupOf(set, 'Some 3 million', 's1').id);
    expect(groupOf(set, 'dozens', 's2').id).toBe(groupOf(set, 'At least 250', 's3').id);
  });

  it('keeps a part apart from the whole its article tells, unless their values agree', () => {
    const set = build(
      'The toll reached at least 900 people. The number of Ruritanians who died stood at 120.',
      'The crush killed 1,300 people.',
    );
    expect(groupOf(set, '120', 's0').id).not.toBe(groupOf(set, 'at least 900', 's0').id);
    const same = build('Freedonia says 312 of its citizens died. Freedonia declared 312 deceased.');
    expect(groupOf(same, '312', 's0').claims).toHaveLength(2);
  });

  it('keeps a toll revised in one article as one quantity', () => {
    const set = build(
      'The death toll rose to 769 on Saturday, up from the previous toll of 717.',
      'The stampede killed 717 people.',
    );
    expect(groupOf(set, '769', 's0').id).toBe(groupOf(set, '717', 's0').id);
    expect(groupOf(set, '717', 's1').id).toBe(groupOf(set, '769', 's0').id);
  });

  it('keeps a count the article calls the original one with its later count', () => {
    const set = build(
      'Some 2,500 people were originally believed missing. Only 249 people remain missing.',
      'Authorities said 300 people are missing.',
    );
    expect(groupOf(set, 'Some 2,500', 's0').id).toBe(groupOf(set, '249', 's0').id);
    expect(groupOf(set, '300', 's1').id).toBe(groupOf(set, '249', 's0').id);
  });

  it('keeps a count up to an hour of the day apart from the day\'s count, and joins two of the same hour', () => {
    const set = build('As of 11 a.m., 80,000 rides had been taken, the network said.', 'The network said 80,000 rides were taken by 11 a.m.', 'Officials said 300,000 rides were taken that day.');
    expect(groupOf(set, '80,000', 's0').id).toBe(groupOf(set, '80,000', 's1').id);
    expect(groupOf(set, '300,000', 's2').id).not.toBe(groupOf(set, '80,000', 's0').id);
  });

  it('keeps the dead, the injured and the missing apart', () => {
    const set = build('58 dead and 515 injured at the festival.', 'At least 59 people were killed and 527 were injured, and 11 people are missing.');
    expect(groupOf(set, '58', 's0').id).toBe(groupOf(set, 'At least 59', 's1').id);
    expect(groupOf(set, '515', 's0').id).toBe(groupOf(set, '527', 's1').id);
    expect(groupOf(set, '58', 's0').id).not.toBe(groupOf(set, '515', 's0').id);
    expect(groupOf(set, '11', 's1').id).not.toBe(groupOf(set, '58', 's0').id);
  });

  it('keeps two parties\' dead apart, and each apart from the whole', () => {
    const set = build(
      'Iran says 465 of its citizens were killed, while Egypt lost 148.',
      'Iran\'s Hajj organisation says 464 Iranian pilgrims died. Saudi Arabia says 769 pilgrims died.',
    );
    const iran = groupOf(set, '465', 's0');
    expect(iran.id).toBe(groupOf(set, '464', 's1').id);
    expect(iran.id).not.toBe(groupOf(set, '148', 's0').id);
    expect(groupOf(set, '769', 's1').id).not.toBe(iran.id);
  });

  it('joins an amount\'s estimates in one unit and rate, and keeps rates apart from totals', () => {
    const set = build(
      'BP said oil was flowing at about 1,000 barrels a day. The estimate was later raised to 5,000 barrels a day.',
      'Scientists said between 12,000 and 19,000 barrels a day were leaking. In all, 4.9 million barrels spilled.',
    );
    const flow = groupOf(set, 'about 1,000', 's0');
    expect(flow.concept).toBe('barrel per day');
    expect(flow.claims).toHaveLength(3);
    expect(groupOf(set, '4.9 million', 's1').id).not.toBe(flow.id);
  });

  it('keeps another year\'s figure apart from this one\'s', () => {
    const set = build('About 570,000 trips were taken on Friday. Obama 2013: 782,000 trips.', 'Riders took 782,000 trips in 2013 and 570,000 trips on Friday.');
    expect(groupOf(set, '782,000', 's0').id).toBe(groupOf(set, '782,000', 's1').id);
    expect(groupOf(set, 'About 570,000', 's0').id).not.toBe(groupOf(set, '782,000', 's0').id);
  });

  it('keeps the entries of a labelled list apart by whose they are, and joins each to its count told in prose', () => {
    const set = build(
      'Viewers by candidate:\n\nSmith – 12.4 m viewers\n\nJones – 15.1 m viewers\n\nLee – 9.8 m viewers',
      'Some 12.4 million viewers watched the debate on Tuesday. The first one had 15.1 million viewers.',
    );
    const smith = groupOf(set, '12.4 m', 's0'), jones = groupOf(set, '15.1 m', 's0'), lee = groupOf(set, '9.8 m', 's0');
    expect(new Set([smith.id, jones.id, lee.id]).size).toBe(3);
    expect(smith.id).toBe(groupOf(set, 'Some 12.4 million', 's1').id);
    expect(jones.id).toBe(groupOf(set, '15.1 million', 's1').id);
  });

  it('lets a figure with no outcome of its own take its group\'s outcome', () => {
    const set = build(
      'Police said 5,000 people attended the rally on Saturday.',
      'Organisers put the number at 5,000 people on Saturday.',
      'About 6,500 people attended, a local paper said.',
    );
    const g = groupOf(set, '5,000', 's0');
    expect(groupOf(set, '5,000', 's1').id).toBe(g.id);
    expect(groupOf(set, 'About 6,500', 's2').id).toBe(g.id);
    expect(g.verdict).toBe('conflict');
  });

  it('keeps an article\'s two counts of one thing together when it says one is disputed', () => {
    const set = build(
      'Police put the crowd at 4,000 people. Organisers disputed that figure, saying 9,000 people attended.',
      'About 9,000 people attended the march.',
    );
    const g = groupOf(set, '4,000', 's0');
    expect(groupOf(set, '9,000', 's0').id).toBe(g.id);
    expect(g.verdict).toBe('conflict');
  });

  it('keeps one speaker\'s two crowd sizes together when the next sentence calls one a lie', () => {
    const text = (after: string) =>
      `“It looked like 90,000 people,” the mayor said. “I read the paper, and it said we drew 20,000 people.${after}”`;
    const disputed = build(text(' That is a lie.'), 'About 20,000 people attended the regatta.');
    expect(groupOf(disputed, '20,000', 's0').id).toBe(groupOf(disputed, '90,000', 's0').id);
    const undisputed = build(text(''), 'About 20,000 people attended the regatta.');
    expect(groupOf(undisputed, '20,000', 's0').id).not.toBe(groupOf(undisputed, '90,000', 's0').id);
  });

  it('keeps "the rest" ("310 other buildings") apart from the count it is set beside', () => {
    const set = build(
      'The storm destroyed 900 homes and 310 other buildings in the valley.',
      'Some 310 other buildings were destroyed, officials said.',
      'It destroyed 330 homes along the coast.',
    );
    expect(groupOf(set, '310', 's0').id).toBe(groupOf(set, 'Some 310', 's1').id);
    expect(groupOf(set, '330', 's2').id).not.toBe(groupOf(set, '310', 's0').id);
  });

  it('joins near-equal counts of one thing as the same count told twice', () => {
    const set = build(
      'The fire destroyed 1,200 buildings in Oakvale. It destroyed 3,140 buildings in Millbrook.',
      'The fire destroyed 3,171 buildings.',
    );
    expect(groupOf(set, '3,171', 's1').id).toBe(groupOf(set, '3,140', 's0').id);
    expect(groupOf(set, '3,171', 's1').id).not.toBe(groupOf(set, '1,200', 's0').id);
  });
});

describe('the rest beside a count', () => {
  it('reads "other", "prior" and "previous" alike, so two outlets\' counts of the rest can meet', () => {
    const set = build(
      'Four other mayors drew bigger crowds than Smith did.',
      'Smith trailed several prior mayors, with 90,000 people attending his parade.',
    );
    expect(groupOf(set, 'Four', 's0').id).toBe(groupOf(set, 'several', 's1').id);
  });
});

describe('a nationwide count', () => {
  it('stays apart from one place’s crowd that its vague range holds', () => {
    const set = build(
      'While hundreds of thousands of people marched across the nation on Sunday, the mayor said 2 million people attended the parade.',
      'Organisers said 300,000 people attended the parade.',
      'An estimated 250,000 people attended the parade, police said.',
    );
    expect(groupOf(set, '300,000', 's1').id).toBe(groupOf(set, 'An estimated 250,000', 's2').id);
    expect(groupOf(set, 'hundreds of thousands', 's0').id).not.toBe(groupOf(set, '300,000', 's1').id);
  });
});

describe('a figure told as a change of count', () => {
  it.each([
    ['The toll rose to 300 on Saturday, up from the previous toll of 270.', true],
    ['Some 900 people were originally believed missing.', true],
    ['The earlier estimate of 40 was revised.', true],
    ['Some previous mayors drew crowds as follows: Smith (2 million, 2001).', false],
    ['The first parade of some previous mayors drew 2 million viewers.', false],
    ['The number of missing people reached 1,000 on Friday.', true],
    ['Television coverage reached an average of 20 million viewers.', false],
  ])('%s -> %s', (sentence, retold) => {
    expect(RETOLD.test(sentence)).toBe(retold);
  });
});
