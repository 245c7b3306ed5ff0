// A report of the page's figures that a reader can keep, made by the popup from what the reader
// and the background already sent it:
// - Markdown: the page, then each disputed (and each revised) quantity with the page's figures
//   for it and the competing figures with outlet, source, date and link;
// - the W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) as JSON-LD: an
//   AnnotationCollection with one annotation per highlighted figure, targeting the page with
//   the figure's TextQuoteSelector, so annotation tools (Hypothesis and the like) can anchor it.
// Every string from a claim set is escaped for Markdown; links are http(s) only (figure-view.ts).
import type { TextQuoteSelector } from '../engine/claimset/types';
import { formatDay } from './format-date';
import { VERDICT_NAME, type CompetitorView, type FigureView } from './figure-view';
import type { FigureOnPage } from './messages';

export interface ReportedFigure {
  figure: FigureOnPage;
  view: FigureView;
  quote: TextQuoteSelector;
}

export interface PageReport {
  url: string;
  title: string;
  /** The page's figures in page order. */
  figures: ReportedFigure[];
  made: Date;
}

/** Text as Markdown shows it literally, inside a heading, a paragraph or a table cell: the
 *  characters that could start emphasis, code, a link, raw HTML or an entity, or end a cell,
 *  are escaped, and line breaks, which would end a row or a heading, become spaces. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

const quoted = (text: string) => `“${markdownText(text)}”`;

function competitorRow(c: CompetitorView): string {
  const cells = [
    quoted(c.text),
    markdownText(c.outlet),
    c.speaker ? markdownText(c.speaker) : '—',
    c.date ? markdownText(formatDay(c.date)) + (c.latest ? ' (latest)' : '') : '—',
    c.url ? `<${c.url}>` : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The page's figures by quantity, in the order the page first gives each. */
function byQuantity(figures: readonly ReportedFigure[]): ReportedFigure[][] {
  const groups = new Map<string, ReportedFigure[]>();
  for (const f of figures) groups.set(f.figure.groupId, [...(groups.get(f.figure.groupId) ?? []), f]);
  return [...groups.values()];
}

function quantitySection(figures: ReportedFigure[]): string[] {
  const { view } = figures[0];
  const onPage = [...new Set(figures.map((f) => f.figure.text))].map(quoted).join(', ');
  const lines = [`### ${markdownText(view.label)}: ${onPage} on this page`, ''];
  if (view.revision) {
    lines.push(`Revised over time: ${view.revision.counts.map(markdownText).join(' → ')}${view.revision.span ? `, ${markdownText(view.revision.span)}` : ''}.`, '');
  } else if (view.range) {
    lines.push(`${markdownText(view.range[0].toUpperCase() + view.range.slice(1))}.`, '');
  }
  const competitors = new Map<string, CompetitorView>();
  for (const f of figures) for (const c of f.view.competitors) competitors.set(c.claimId, c);
  if (competitors.size > 0) {
    lines.push('| Figure | Outlet | Source | Date | Link |', '| --- | --- | --- | --- | --- |', ...[...competitors.values()].map(competitorRow), '');
  }
  return lines;
}

export function reportMarkdown(report: PageReport): string {
  const quantities = byQuantity(report.figures);
  const disputed = quantities.filter((q) => q.some((f) => f.figure.timeVerdict === 'disputed'));
  const revised = quantities.filter((q) => !disputed.includes(q) && q.some((f) => f.figure.timeVerdict === 'revised'));
  const lines = [
    `# Crosscount report: ${markdownText(report.title || report.url)}`,
    '',
    `Page: <${report.url}>  `,
    `Made: ${report.made.toISOString().slice(0, 10)}, from the claim sets stored in Crosscount.`,
    '',
    `## ${VERDICT_NAME.disputed}: ${disputed.length} disputed ${disputed.length === 1 ? 'quantity' : 'quantities'}`,
    '',
    ...(disputed.length ? disputed.flatMap(quantitySection) : ['No figure on this page is disputed by another outlet.', '']),
  ];
  if (revised.length) lines.push(`## ${VERDICT_NAME.revised}`, '', ...revised.flatMap(quantitySection));
  return `${lines.join('\n').trimEnd()}\n`;
}

const MOTIVATION_TAG: Record<FigureView['timeVerdict'], string> = {
  disputed: 'disputed',
  revised: 'revised',
  agree: 'agreed',
  single: 'single-source',
};

/** The report as a Web Annotation collection. `id` names the collection (and, with a suffix,
 *  each annotation): an IRI of the caller's choosing, unique per report. */
export function reportAnnotations(report: PageReport, id: string) {
  const created = report.made.toISOString();
  const items = report.figures.map(({ figure, view, quote }, index) => ({
    id: `${id}#figure-${index + 1}`,
    type: 'Annotation',
    motivation: 'assessing',
    created,
    generator: { type: 'Software', name: 'Crosscount' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: MOTIVATION_TAG[view.timeVerdict] },
      { type: 'TextualBody', purpose: 'assessing', format: 'text/plain', language: 'en', value: figure.summary },
      ...view.competitors.map((c) => ({
        type: 'TextualBody',
        purpose: 'commenting',
        format: 'text/plain',
        language: 'en',
        value: `${c.text}: ${[c.outlet, c.speaker, c.date && formatDay(c.date)].filter(Boolean).join(', ')}. “${c.sentence.before}${c.sentence.figure}${c.sentence.after}”`,
      })),
      ...[...new Set(view.competitors.map((c) => c.url).filter((url) => url !== null))].map((url) => ({ id: url, type: 'Text', format: 'text/html' })),
    ],
    target: { type: 'SpecificResource', source: report.url, selector: quote },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Crosscount: figures other outlets reported, on ${report.title || report.url}`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
