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

/**
 * Waits until no CSS animation or transition runs on the page (colours animate to a new theme's), so an axe
 * check sees the settled colours. Shadow roots are looked into: `document.getAnimations()` alone does not list
 * the animations of elements in a shadow tree, where every element draws. An endless animation (a spinner's)
 * is not waited for. A transition cancelled on the way (restarted by a later style change) is not a failure:
 * the loop looks again.
 */
export async function settleAnimations(rounds = 10): Promise<void> {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  for (let i = 0; i < rounds; i++) {
    const running = roots
      .flatMap((root) => root.getAnimations())
      .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    if (running.length === 0) return;
    await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  }
}
