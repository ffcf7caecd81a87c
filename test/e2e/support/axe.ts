import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** axe-core's own build, injected into the page as it is: nothing is fetched. */
const AXE_SOURCE = readFileSync(resolve(__dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

/** One rule broken on one view, with how many elements break it and a few of them to find the cause. */
export type Violation = { view: string; rule: string; impact: Impact; nodes: number; help: string; targets: string[]; details: string[] };

type AxeResult = { id: string; impact: Impact | null; help: string; nodes: { target: string[]; html: string; failureSummary?: string }[] };

/** Walks views one at a time and keeps what axe found on each, so one run reports every view at once. */
export type AxeAudit = {
  /** Runs axe over the whole document as it is now, recorded under `view`. */
  check: (view: string) => Promise<void>;
  violations: Violation[];
  views: string[];
  /** A table of counts by impact per view, the totals, and the totals by rule. */
  report: () => string;
  /** Every failing element with axe's reason (colours and ratio for contrast), to find the cause. */
  details: () => string;
};

export function startAxeAudit(page: Page): AxeAudit {
  const violations: Violation[] = [];
  const views: string[] = [];
  return {
    violations,
    views,
    check: async (view) => {
      // The page's CSP (script-src 'self') refuses an inline <script>, rightly, so axe goes in through the
      // DevTools protocol, which the CSP does not govern. A reload or a lock replaces the document, and axe with it.
      if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(`${AXE_SOURCE}\n;true`);
      // Mantine's transitions fade dialogs in: colours measured mid-fade would be wrong.
      await page.waitForTimeout(250);
      const results = (await page.evaluate("window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)")) as AxeResult[];
      views.push(view);
      for (const r of results) {
        violations.push({
          view,
          rule: r.id,
          impact: r.impact ?? 'minor',
          nodes: r.nodes.length,
          help: r.help,
          targets: r.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          details: r.nodes.map((n) => `${n.html.slice(0, 200)}\n    ${n.failureSummary ?? ''}`),
        });
      }
    },
    report: () => formatReport(views, violations),
    details: () => violations.map((v) => `${v.view} · ${v.impact} · ${v.rule}\n  ${v.details.join('\n  ')}`).join('\n'),
  };
}

/** Counts are of elements (axe's nodes), so fifty unreadable chips count fifty, not one. */
function formatReport(views: string[], violations: Violation[]): string {
  const width = Math.max(...views.map((v) => v.length), 'TOTAL'.length);
  const row = (label: string, counts: number[]) => `${label.padEnd(width)}  ${counts.map((c) => String(c).padStart(8)).join('')}`;
  const countsFor = (list: Violation[]) => IMPACTS.map((impact) => list.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes, 0));
  const lines = [row('view', []) + IMPACTS.map((i) => i.padStart(8)).join('')];
  for (const view of views) lines.push(row(view, countsFor(violations.filter((v) => v.view === view))));
  lines.push(row('TOTAL', countsFor(violations)));
  const rules = new Map<string, { impact: Impact; nodes: number; help: string; example: string }>();
  for (const v of violations) {
    const seen = rules.get(v.rule) ?? { impact: v.impact, nodes: 0, help: v.help, example: `${v.view}: ${v.targets[0] ?? ''}` };
    seen.nodes += v.nodes;
    rules.set(v.rule, seen);
  }
  lines.push('', 'by rule:');
  for (const [rule, r] of [...rules].sort((a, b) => IMPACTS.indexOf(a[1].impact) - IMPACTS.indexOf(b[1].impact) || b[1].nodes - a[1].nodes)) {
    lines.push(`  ${r.impact.padEnd(9)} ${String(r.nodes).padStart(5)}  ${rule} — ${r.help} (e.g. ${r.example})`);
  }
  return lines.join('\n');
}
