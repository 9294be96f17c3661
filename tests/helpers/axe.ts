/**
 * Accessibility check for browser tests: runs axe-core on an element (including its shadow DOM) and
 * returns the violations with the failing nodes, so a failing assertion says what is wrong where.
 */
import axe from 'axe-core';

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

export async function axeViolations(context: Element): Promise<AxeViolationSummary[]> {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => String(node.target)),
  }));
}
