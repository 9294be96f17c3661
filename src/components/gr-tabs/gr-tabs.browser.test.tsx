import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const tabs = () => (
  <gr-tabs>
    <gr-tab label="One" tabId="one">
      <gr-button value="In one" />
    </gr-tab>
    <gr-tab label="Two" tabId="two">
      <gr-button value="In two" />
    </gr-tab>
    <gr-tab label="Off" tabId="off" interactive={false}>
      <p>disabled</p>
    </gr-tab>
    <gr-tab label="Four" tabId="four">
      <gr-button value="In four" />
    </gr-tab>
  </gr-tabs>
);

describe('gr-tabs in Chromium', () => {
  it('has no axe violations', async () => {
    applyDefaultTheme();
    const { root } = await render(tabs());
    await settle();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('shows only the selected panel; the others stay in the DOM, hidden', async () => {
    const { root } = await render(tabs());
    await settle();
    const panels = Array.from(root.querySelectorAll('gr-tab'));
    expect(panels.map((panel) => getComputedStyle(panel).display)).toEqual(['flex', 'none', 'none', 'none']);
    expect(panels[1].querySelector('gr-button')).not.toBeNull();
  });

  it('keyboard: Tab reaches the selected tab; arrows select the next enabled tab (wrapping), Home/End', async () => {
    const { root } = await render(tabs());
    await settle();
    const selects: string[] = [];
    root.addEventListener('gr-select', (event) => {
      if (event.target === root) selects.push((event as CustomEvent).detail.value);
    });
    await userEvent.tab();
    const focused = () => document.activeElement?.textContent;
    expect(focused()).toBe('One');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('Two');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('Four');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('One');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('Four');
    await userEvent.keyboard('{Home}');
    expect(focused()).toBe('One');
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('Four');
    expect(selects).toEqual(['Two', 'Four', 'One', 'Four', 'One', 'Four']);
    await settle();
    const panels = Array.from(root.querySelectorAll('gr-tab'));
    expect(getComputedStyle(panels[3]).display).toBe('flex');
    // Tab leaves the tab list for the selected panel's content (no other tab button in the Tab order).
    await userEvent.tab();
    expect(document.activeElement?.closest('gr-tab')).toBe(panels[3]);
  });

  it('a click on a tab selects it and reveals its content', async () => {
    const { root } = await render(tabs());
    await settle();
    await userEvent.click(root.querySelectorAll('button[role="tab"]')[1] as HTMLElement);
    await settle();
    expect(getComputedStyle(root.querySelectorAll('gr-tab')[1]).display).toBe('flex');
    expect((root as HTMLGrTabsElement).selected).toBe('two');
  });
});
