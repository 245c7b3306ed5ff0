import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract-claims';
import { dayOf, giverKind, revisionSteps, timeVerdictOf, timeVerdictOfPageFigure, type DatedFigure } from './verdict';

// Sentences of ../shared/events/hajj-stampede-2015 and camp-fire-paradise-2018 as the outlets
// published them, each read by the claim reader the builder uses: the value and the speaker
// are what the engine finds, not written in by hand.
function reported(source: string, published: string, sentence: string, figure: string): DatedFigure {
  const draft = extractClaims(sentence).find((d) => d.figure.text === figure);
  if (!draft) throw new Error(`no figure "${figure}" read in: ${sentence}`);
  return { source, published, value: draft.figure.value, speaker: draft.speaker, before: sentence.slice(0, draft.figure.start) };
}

const ASIAONE_717 = reported(
  'asiaone-afp', '2015-09-26',
  'Health Minister Khaled al-Falih announced the new figure, an increase from the previous toll of 717.',
  '717',
);
const ANADOLU_769 = reported(
  'anadolu', '2015-09-26',
  'The number of pilgrims killed during the Hajj stampede in Mina has risen to 769, Saudi authorities said on Saturday.',
  '769',
);
const ASIAONE_769 = reported(
  'asiaone-afp', '2015-09-26',
  'Saudi Arabia deployed large numbers of security reinforcements Saturday as pilgrims performed the final rituals of a hajj marred by double tragedy, with the death toll from a stampede rising to 769.',
  '769',
);
const BBC_2110 = reported(
  'bbc', '2015-10-19',
  'AP said on Monday that at least 2,110 people died in the tragedy at the annual Hajj pilgrimage - far more than the official Saudi death toll of 769.',
  'at least 2,110',
);

describe('timeVerdictOf', () => {
  it('finds a toll revised by one source: "the previous toll of 717", 769 "Saudi authorities said"', () => {
    expect(timeVerdictOf([ASIAONE_717, ANADOLU_769])).toBe('revised');
    // Both outlets giving the new figure the same day does not make it a dispute.
    expect(timeVerdictOf([ASIAONE_717, ASIAONE_769, ANADOLU_769])).toBe('revised');
    // Without the words that date it earlier, 717 would stand beside 769 that day.
    expect(timeVerdictOf([{ ...ASIAONE_717, before: '' }, ANADOLU_769])).toBe('disputed');
  });

  it('finds a toll revised downward by the sheriff who gave the higher one', () => {
    const rose = reported('nydailynews', '2018-11-26', 'The death toll from Northern California’s historic Camp Fire rose to 88 on Monday with 203 people still missing, officials said.', '88');
    const corrected = reported('sacbee', '2018-12-03', 'Butte County Sheriff Kory Honea said the death toll has been revised downward to 85 as a result.', '85');
    expect(timeVerdictOf([rose, corrected])).toBe('revised');
  });

  it('finds an official count against an independent one disputed, though weeks apart', () => {
    // The official 769 of 26 September against the AP's 2,110 of 19 October: a later count of
    // another kind contests the official one rather than replacing it.
    expect(giverKind(ANADOLU_769.speaker)).toBe('official');
    expect(giverKind(BBC_2110.speaker)).toBe('independent');
    expect(timeVerdictOf([ANADOLU_769, BBC_2110])).toBe('disputed');
  });

  it('finds two outlets agreeing on 769 the same day', () => {
    expect(timeVerdictOf([ANADOLU_769, ASIAONE_769])).toBe('agree');
  });

  it('calls one outlet single, however many figures it gives', () => {
    expect(timeVerdictOf([ANADOLU_769, { ...ASIAONE_717, source: 'anadolu' }])).toBe('single');
  });

  it('takes figures of unknown date as standing side by side', () => {
    expect(timeVerdictOf([{ ...ASIAONE_717, published: '' }, ANADOLU_769])).toBe('disputed');
  });
});

describe('revisionSteps', () => {
  it('cuts the figures where the count changed, in date order, whatever order they come in', () => {
    const steps = revisionSteps([BBC_2110, ASIAONE_769, ASIAONE_717, ANADOLU_769]);
    expect(steps.map((s) => s.figures.map((f) => f.source))).toEqual([['asiaone-afp'], ['asiaone-afp', 'anadolu'], ['bbc']]);
    expect(steps.map((s) => [s.from, s.to])).toEqual([['2015-09-26', '2015-09-26'], ['2015-09-26', '2015-09-26'], ['2015-10-19', '2015-10-19']]);
  });

  it('puts undated figures last', () => {
    const steps = revisionSteps([{ ...BBC_2110, published: 'unknown' }, ASIAONE_717]);
    expect(steps.map((s) => s.from)).toEqual(['2015-09-26', null]);
  });
});

describe('dayOf', () => {
  it('reads the calendar day at the start of a date, and nothing else', () => {
    expect(dayOf('2015-09-26')).toBe('2015-09-26');
    expect(dayOf('2015-09-26T08:00:00Z')).toBe('2015-09-26');
    expect(dayOf('September 26, 2015')).toBeNull();
  });
});

describe('timeVerdictOfPageFigure', () => {
  const stored = [ASIAONE_717.value, ANADOLU_769.value];
  it('puts a page giving one count of a revised toll in the revision', () => {
    expect(timeVerdictOfPageFigure('conflict', { low: 717, high: 717 }, 'revised', stored)).toBe('revised');
  });
  it('finds a page whose count is none of the revision disputed, as it is against a disputed group', () => {
    expect(timeVerdictOfPageFigure('conflict', { low: 1000, high: 1000 }, 'revised', stored)).toBe('disputed');
    expect(timeVerdictOfPageFigure('conflict', { low: 717, high: 717 }, 'disputed', stored)).toBe('disputed');
  });
  it('keeps agree and single as the page figure has them', () => {
    expect(timeVerdictOfPageFigure('agree', { low: 769, high: 769 }, 'revised', stored)).toBe('agree');
    expect(timeVerdictOfPageFigure('single', { low: 769, high: 769 }, undefined, [])).toBe('single');
  });
});
