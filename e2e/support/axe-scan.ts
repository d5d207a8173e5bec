import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** What fails the review: axe's serious and critical findings, the ones that lock someone out. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/**
 * axe leaves these WCAG rules off by default as "experimental"; the review
 * counts them (label-content-name-mismatch is WCAG 2.5.3, level A).
 */
const EXPERIMENTAL_WCAG_RULES = [
  'label-content-name-mismatch',
  'css-orientation-lock',
  'p-as-heading',
  'table-fake-caption',
  'td-has-header',
];

/**
 * Runs axe-core over what the page shows now (every rule: WCAG 2.2 A/AA and
 * best practice) and returns one readable line per serious or critical
 * finding: rule, impact, the element and what is wrong with it.
 */
export async function blockingViolations(page: Page): Promise<string[]> {
  const rules = Object.fromEntries(EXPERIMENTAL_WCAG_RULES.map((id) => [id, { enabled: true }]));
  const results = await new AxeBuilder({ page }).options({ rules }).analyze();
  const lines: string[] = [];
  for (const violation of results.violations) {
    if (!BLOCKING_IMPACTS.has(violation.impact ?? '')) continue;
    for (const node of violation.nodes) {
      const summary = (node.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim();
      lines.push(`${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${summary}`);
    }
  }
  return lines;
}

/** Collects findings view by view, so one failing test lists every view's problems at once. */
export class AccessibilityAudit {
  readonly findings: string[] = [];

  constructor(readonly page: Page) {}

  async scan(view: string): Promise<void> {
    for (const line of await blockingViolations(this.page)) this.findings.push(`${view}: ${line}`);
  }
}
