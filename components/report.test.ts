import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimSet } from '../engine/claimset/types';
import { matchPage } from '../engine/match/match-page';
import { figureOnPage, viewFigure } from './figure-view';
import { formatDay } from './format-date';
import { markdownText, reportAnnotations, reportMarkdown, type PageReport } from './report';

const root = join(import.meta.dirname, '..');
const set: ClaimSet = JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(root, 'tests', 'schemas', 'web-annotation.schema.json'), 'utf8'));
const text = readFileSync(join(root, 'events', 'fallujah-convoys-2016', '004_fe9da18e060a0d97.txt'), 'utf8');
const url = 'https://edition.cnn.com/2016/06/30/middleeast/iraq-militants-airstrike/';

/** The CNN seed article read as a page, with the figures and views the background gives. */
function cnnReport(sets: ClaimSet[] = [set]): PageReport {
  const figures = matchPage(text, sets, { pageUrl: url }).map((f) => figureOnPage(f, sets));
  return {
    url,
    title: 'U.S. officials: Airstrikes hit ISIS convoys',
    made: new Date('2026-12-02T12:00:00Z'),
    figures: figures.map((figure) => ({
      figure,
      view: viewFigure(figure, sets),
      quote: { type: 'TextQuoteSelector', exact: text.slice(figure.start, figure.end), prefix: text.slice(Math.max(0, figure.start - 32), figure.start), suffix: text.slice(figure.end, figure.end + 32) },
    })),
  };
}

describe('the Markdown report', () => {
  const report = cnnReport();
  const markdown = reportMarkdown(report);
  const disputed = report.figures.filter((f) => f.figure.timeVerdict === 'disputed');

  it('names the page and every disputed figure on it, with the competing figures, outlets, sources, dates and links', () => {
    expect(disputed.length).toBeGreaterThan(1);
    expect(markdown).toMatch(/^# Crosscount report: U\.S\. officials: Airstrikes hit ISIS convoys\n/);
    expect(markdown).toContain(`Page: <${url}>`);
    for (const { figure, view } of disputed) {
      expect(markdown).toContain(`“${markdownText(figure.text)}”`);
      expect(markdown).toContain(`### ${markdownText(view.label)}:`);
      for (const c of view.competitors) {
        expect(markdown).toContain(`| “${markdownText(c.text)}” | ${markdownText(c.outlet)} | ${c.speaker ? markdownText(c.speaker) : '—'} | ${formatDay(c.date)}`);
        expect(markdown).toContain(`<${c.url}>`);
      }
    }
  });

  it('escapes what a claim set says, so it cannot become markup or a link', () => {
    expect(markdownText('<img src=x onerror=alert(1)> [click](javascript:x) *a* | b\nc')).toBe('\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:x) \\*a\\* \\| b c');
    const hostile = structuredClone(set);
    for (const s of hostile.sources) s.outlet = '<script>x()</script> | [a](javascript:b)';
    const shown = reportMarkdown(cnnReport([hostile]));
    expect(shown).not.toContain('<script>');
    expect(shown).not.toMatch(/[^\\]\]\(javascript/);
    expect(shown).toContain('\\<script\\>x()\\</script\\> \\| \\[a\\](javascript:b)');
  });
});

describe('the Web Annotation report', () => {
  const report = cnnReport();
  const collection = reportAnnotations(report, 'urn:uuid:4a9e2b1c-0d6f-4c1b-9a51-7b0f3c2d8e11');

  it('validates against the Web Annotation JSON-LD shape', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    expect(ajv.validate(schema, collection), ajv.errorsText()).toBe(true);
  });

  it('holds one annotation per figure, each targeting the page with its TextQuoteSelector', () => {
    const items = collection.first.items;
    expect(items).toHaveLength(report.figures.length);
    expect(collection.total).toBe(report.figures.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    items.forEach((a, i) => {
      expect(a.target.source).toBe(url);
      expect(a.target.selector.exact).toBe(report.figures[i].figure.text);
      expect(text.indexOf(a.target.selector.prefix + a.target.selector.exact + a.target.selector.suffix)).toBe(report.figures[i].figure.start - a.target.selector.prefix.length);
    });
  });

  it('fails the schema when an annotation loses its selector', () => {
    const broken = structuredClone(collection);
    delete (broken.first.items[0].target as Partial<typeof broken.first.items[0]['target']>).selector;
    expect(new Ajv({ strict: false }).validate(schema, broken)).toBe(false);
  });
});
