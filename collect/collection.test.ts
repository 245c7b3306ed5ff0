import { describe, expect, it } from 'vitest';
import { articleId, duplicateMessage, eventFolder, findDuplicate, newEventId, slug, summaryText, type CollectedArticle, type CollectedEvent } from './collection';
import { unzip, zip } from './zip';

const article = (over: Partial<CollectedArticle>): CollectedArticle => ({
  eventId: 'camp-fire',
  id: '01-sacbee',
  number: 1,
  outlet: 'The Sacramento Bee',
  title: 'Camp Fire toll rises',
  url: 'https://www.sacbee.com/news/article221.html',
  published: '2018-11-12',
  language: 'en',
  text: 'Camp Fire toll rises\n\nThe Camp Fire has killed 42 people.',
  addedAt: '2026-12-02T10:00:00.000Z',
  ...over,
});

describe('findDuplicate', () => {
  const stored = [article({})];

  it('finds the same canonical address, whatever its fragment, "www.", trailing slash or host case', () => {
    for (const url of ['https://sacbee.com/news/article221.html', 'https://WWW.sacbee.com/news/article221.html/#top', 'http://www.sacbee.com/news/article221.html']) {
      expect(findDuplicate({ url, text: 'Another text entirely.' }, stored)).toMatchObject({ same: 'url' });
    }
  });

  it('finds the same text at another address, whatever its spacing and case', () => {
    const found = findDuplicate({ url: 'https://syndicated.example/copy', text: 'camp fire toll rises   The Camp Fire has\nkilled 42 people.' }, stored);
    expect(found).toMatchObject({ same: 'text' });
    expect(duplicateMessage(found!, 'Camp Fire')).toBe('An article with the same text is already in “Camp Fire” (The Sacramento Bee, “Camp Fire toll rises”), so it was not added again.');
  });

  it('finds nothing for another article, nor for another query string', () => {
    expect(findDuplicate({ url: 'https://www.sacbee.com/news/article222.html', text: 'The Camp Fire has killed 48 people.' }, stored)).toBeNull();
    expect(findDuplicate({ url: 'https://www.sacbee.com/news/article221.html?page=2', text: 'Page two.' }, stored)).toBeNull();
  });
});

describe('ids', () => {
  it('makes an event id `crosscount build` accepts from any title, unlike the ids taken', () => {
    expect(newEventId('Camp Fire: Paradise, Nov. 2018', new Set())).toBe('camp-fire-paradise-nov-2018');
    expect(newEventId('Camp Fire', new Set(['camp-fire', 'camp-fire-2']))).toBe('camp-fire-3');
    expect(newEventId('Überschwemmung in Köln', new Set())).toBe('uberschwemmung-in-koln');
    expect(newEventId('موسم الحج', new Set())).toBe('event');
    for (const title of ['Camp Fire', '—', 'x'.repeat(500)]) expect(newEventId(title, new Set())).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it("numbers an article and names it by its outlet", () => {
    expect(articleId(3, 'The A.V. Club')).toBe('03-the-a-v-club');
    expect(articleId(12, '')).toBe('12-article');
    expect(slug('  --A--  ', 'x')).toBe('a');
  });
});

describe('eventFolder', () => {
  const event: CollectedEvent = { id: 'camp-fire', title: 'Camp Fire', createdAt: '2026-12-02T10:00:00.000Z', nextArticle: 4 };
  const articles = [article({ id: '03-latimes', number: 3, outlet: 'Los Angeles Times', text: 'Third.' }), article({})];

  it('writes sources.json in the form `crosscount build` reads, then each article as a .txt, in the order they were added', () => {
    const files = eventFolder(event, articles);
    expect(files.map((f) => f.name)).toEqual(['sources.json', '01-sacbee.txt', '03-latimes.txt']);
    expect(JSON.parse(files[0].text)).toEqual({
      event: { id: 'camp-fire', title: 'Camp Fire' },
      sources: [
        { file: '01-sacbee.txt', outlet: 'The Sacramento Bee', url: 'https://www.sacbee.com/news/article221.html', title: 'Camp Fire toll rises', published: '2018-11-12' },
        { file: '03-latimes.txt', outlet: 'Los Angeles Times', url: 'https://www.sacbee.com/news/article221.html', title: 'Camp Fire toll rises', published: '2018-11-12' },
      ],
    });
    expect(files[2].text).toBe('Third.');
  });
});

describe('zip', () => {
  const encoder = new TextEncoder();
  const entries = [
    { name: 'camp-fire/sources.json', data: encoder.encode('{"event":{}}\n') },
    { name: 'camp-fire/01-zürich.txt', data: encoder.encode('Zürich – 1,276 missing.') },
    { name: 'camp-fire/empty.txt', data: new Uint8Array() },
  ];

  it('reads back exactly what it wrote, UTF-8 names and all, and writes the same bytes for the same files', () => {
    const archive = zip(entries);
    expect(unzip(archive)).toEqual(entries);
    expect(zip(entries)).toEqual(archive);
  });

  it('refuses what is not an archive, and a damaged one', () => {
    expect(() => unzip(encoder.encode('just text, not an archive at all'))).toThrow('not a .zip archive');
    const archive = zip(entries);
    const damaged = archive.slice();
    damaged[30 + entries[0].name.length + 2] ^= 0xff;
    expect(() => unzip(damaged)).toThrow(/checksum/);
  });
});

it('summarises a rebuild in words', () => {
  expect(summaryText({ articles: 3, figures: 41, disputed: 6 })).toBe('3 articles, 41 figures, 6 disputed quantities');
  expect(summaryText({ articles: 1, figures: 1, disputed: 1 })).toBe('1 article, 1 figure, 1 disputed quantity');
});
