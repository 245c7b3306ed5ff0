import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const eventDir = join(root, 'events', 'fallujah-convoys-2016');
const run = (...args: string[]) => spawnSync('node', [join(root, 'cli', 'crosscount.mjs'), ...args], { encoding: 'utf8' });

// Every folder a test writes to, removed once the file's tests are done.
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscount-'));
  scratch.push(dir);
  return dir;
}

function eventCopy(): string {
  const dir = scratchDir();
  cpSync(eventDir, dir, { recursive: true });
  return dir;
}

describe('crosscount build', () => {
  it('writes a claim set identical to the bundled one', () => {
    const out = join(scratchDir(), 'claims.json');
    const r = run('build', eventDir, '-o', out);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));
  });

  it('reads saved .html articles as well as .txt', () => {
    const dir = eventCopy();
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    const text = readFileSync(join(dir, sources.sources[0].file), 'utf8');
    writeFileSync(join(dir, 'page.html'), `<html><body><nav>Home 12 items</nav><article>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`);
    sources.sources[0].file = 'page.html';
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
    const r = run('build', dir);
    expect(r.status).toBe(0);
    const set = JSON.parse(r.stdout);
    expect(set.claims.some((c: { source: string; text: string }) => c.source === 'page' && c.text === '120')).toBe(true);
  });

  it('needs only each source\'s file and outlet: a missing title is the headline, a missing address and date stay empty', () => {
    const dir = eventCopy();
    const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    delete sources.event.title;
    for (const s of sources.sources) for (const key of ['title', 'url', 'published']) delete s[key];
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
    const r = run('build', dir);
    expect(r.stderr).toBe('');
    const set = JSON.parse(r.stdout);
    const headline = readFileSync(join(dir, sources.sources[0].file), 'utf8').split('\n')[0].trim();
    expect(set.sources[0]).toMatchObject({ title: headline, url: '', published: '' });
    expect(set.event.title).toBe(headline);
    expect(set.groups.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing sources.json', (dir: string) => spawnSync('rm', [join(dir, 'sources.json')]), /sources\.json: missing/],
    ['malformed sources.json', (dir: string) => writeFileSync(join(dir, 'sources.json'), '{"event": '), /sources\.json: not valid JSON/],
    ['a source without an outlet', (dir: string) => {
      const s = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
      delete s.sources[2].outlet;
      writeFileSync(join(dir, 'sources.json'), JSON.stringify(s));
    }, /sources\[2\]\.outlet must be a non-empty string/],
    ['a missing article', (dir: string) => spawnSync('rm', [join(dir, '003_75002a39a95e88fe.txt')]), /003_75002a39a95e88fe\.txt: cannot be read \(ENOENT\)/],
  ])('refuses %s with a clear error, a non-zero exit and no output file', (_, breakIt, message) => {
    const dir = eventCopy();
    breakIt(dir);
    const out = join(dir, 'out', 'claims.json');
    const r = run('build', dir, '-o', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

describe('crosscount annotate', () => {
  it('prints the contract JSON for a page', () => {
    const r = run('annotate', join(eventDir, '004_fe9da18e060a0d97.txt'), '--json');
    expect(r.status).toBe(0);
    const { figures } = JSON.parse(r.stdout);
    const f = figures.find((x: { text: string }) => x.text === 'about 175');
    expect(f).toMatchObject({ prefix: expect.stringContaining('destroying'), suffix: expect.stringContaining('vehicles') });
    expect(f.competitors.length).toBeGreaterThan(0);
  });

  it('prints a readable table', () => {
    const r = run('annotate', join(eventDir, '000_9aaf815737494a8d.txt'));
    expect(r.stdout).toMatch(/CONFLICT "55"/);
    expect(r.stdout).toMatch(/in conflict with other outlets/);
  });

  it('refuses an invalid claim set with the reason', () => {
    const bad = join(scratchDir(), 'bad.json');
    writeFileSync(bad, '{"format":"crosscount-claim-set","version":9}');
    const r = run('annotate', join(eventDir, '000_9aaf815737494a8d.txt'), '--claims', bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a valid claim set:\n\s+version: this Crosscount reads versions 1 and 2/);
  });
});

describe('crosscount build on a .zip', () => {
  it('refuses a file that is not an archive, naming it, and writes nothing', () => {
    const dir = scratchDir();
    const archive = join(dir, 'event.zip');
    writeFileSync(archive, 'not an archive');
    const out = join(dir, 'claims.json');
    const r = run('build', archive, '-o', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`crosscount: ${archive}: not a .zip archive\n`);
    expect(existsSync(out)).toBe(false);
  });
});
