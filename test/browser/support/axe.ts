/**
 * axe-core in the browser tests: the serious and critical accessibility
 * violations of a page, one line per element, for a test to expect none.
 * axe is evaluated in the page rather than added as a <script>, which the
 * web workspace's security policy refuses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation as axe reports it, the part read here. */
type AxeResult = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> };

/** The serious and critical violations in `page` (within `selector`, else the whole document), each as "rule (impact) at element: what fails". */
export async function axeProblems(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    return (await axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] })).violations;
  }, selector ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`));
}
