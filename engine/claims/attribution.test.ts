import { describe, expect, it } from 'vitest';
import { attributionIn } from './attribution';

const speaker = (sentence: string) => attributionIn(sentence)?.speaker ?? null;

describe('a speaker is a noun phrase naming someone', () => {
  it.each([
    ['And while ministry officials previously said the flood killed 90 people, a count shows 120.', 'ministry officials'],
    ['But the agency says 40,000 rides were taken by noon.', 'agency'],
    ['Engineers now say a total of 3 million litres leaked.', 'Engineers'],
    ['As the agency reported at the time, the network had 8 million streams.', 'agency'],
    ['The province has nearly doubled its toll to 300, saying no one else was found.', 'province'],
    ['The interior ministry has said it sent 2,000 police to the square.', 'interior ministry'],
    ['Reports put the crowd at 90,000, a figure the new mayor said was too low.', 'new mayor'],
    ['Nine bridges were closed, the government-appointed panel said.', 'government-appointed panel'],
    ['Reporters spoke to crowd experts who pegged the number in attendance at 90,000.', 'crowd experts'],
    ['The agency puts the toll at 1,200, while a newspaper puts it at 1,250.', 'agency'],
    ['It is clear that Mayor Ruiz’s assertion that 2 million people attended is without merit.', 'Mayor Ruiz'],
    ['The well spills 9,000 barrels a day, according to a new estimate released this afternoon by the National Flow Team’s engineers.', 'National Flow Team'],
    ['The well spills 9,000 barrels a day, according to a new estimate released on Tuesday.', 'new estimate'],
  ])('%s', (sentence, expected) => {
    expect(speaker(sentence)).toBe(expected);
  });

  it.each([
    // the speech word is a noun
    'Unconfirmed reports have ranged from 9,000 people to twice that.',
    'Those estimates put the total at around 6 million litres.',
    'A second estimate puts the flow at 2,000 litres a minute.',
    'His estimate of the amount spilled is 40 million litres.',
    'Rescuers searched through calls, emails and other reports of 300 missing people.',
    // a clause or a piece of one, not a name
    'The mayor made his remarks about crowd estimates on a day when 5,000 marched.',
    'He took no questions and did not say whether 200,000 people came.',
    'By June the estimate was raised again to 4,000 litres a day.',
    'The network counted 2 million viewers, although some estimated a bigger audience.',
    'The tally was lower, despite the council’s claims that 80,000 people attended.',
    'The report said 3,000 homes burned, based on official statements and media reports from 30 towns.',
    'The new figure more than doubles the previous 5,000 litre-a-day estimate produced by the agency.',
  ])('%s', (sentence) => {
    expect(speaker(sentence)).toBeNull();
  });
});
