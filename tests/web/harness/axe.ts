// axe-core inside the browser tests: checks the page as it stands (one view in one state) against
// WCAG 2.2 A and AA and fails on any serious or critical violation, naming the rule, how many
// elements break it, and the first of them, so a failure says what to fix.
// axe is injected through the DevTools protocol (page.evaluate), which the app's content security
// policy does not govern, so the page under test keeps the policy it is served with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] as const;
/** WCAG 2.5.3 label in name: axe marks it experimental, so it runs only when asked for. */
const EXTRA_RULES = { 'label-content-name-mismatch': { enabled: true } };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** how many elements break the rule */
  count: number;
  /** CSS selectors of the first few, and their failure summary */
  examples: { target: string; summary: string }[];
}

export interface AxeOptions {
  /** a CSS selector to check instead of the whole document */
  include?: string;
  /** impacts that fail the check: serious and critical unless told */
  impacts?: readonly string[];
}

/** Runs axe on the page now; returns the violations of the given impacts (serious and critical by default). */
export async function axeViolations(page: Page, opts: AxeOptions = {}): Promise<AxeViolation[]> {
  const impacts = opts.impacts ?? ['serious', 'critical'];
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(
    async ({ include, tags, rules }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: RawViolation[] }> } }).axe;
      interface RawViolation {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }
      const r = await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        count: v.nodes.length,
        examples: v.nodes.slice(0, 3).map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').split('\n').slice(0, 2).join(' ') })),
      }));
    },
    { include: opts.include ?? null, tags: [...WCAG_TAGS], rules: EXTRA_RULES },
  );
  return found.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

/** One line per violation, for a failure message a reader can act on. */
export const describeViolations = (vs: readonly AxeViolation[]): string =>
  vs.map((v) => `${v.impact} ${v.id} (${v.count}): ${v.help}; e.g. ${v.examples.map((e) => `${e.target}: ${e.summary}`).join(' | ')}`).join('\n');

/** Fails the test when axe finds a serious or critical violation on the page; `where` names the view and state. */
export async function expectAxeClean(page: Page, where: string, opts: AxeOptions = {}): Promise<void> {
  const vs = await axeViolations(page, opts);
  expect(vs.length, `axe at ${where} (${page.viewportSize()?.width ?? '?'} px):\n${describeViolations(vs)}`).toBe(0);
}
