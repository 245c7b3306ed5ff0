// Accessibility checks with axe-core, run inside the browser on what the extension draws: the
// popover and the conflict map in their shadow roots on a page, and the popup.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './browsers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations (WCAG 2.x A and AA, and its best practices) inside the elements matching
 *  `include`, shadow roots included, one line each. */
export async function axeViolations(page: TestPage, include: string[]): Promise<string[]> {
  await page.addScriptSource(axeSource);
  return page.evaluate(async (selectors) => {
    const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run({ include: selectors.map((s) => [s]) } as never, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}`));
  }, include);
}
