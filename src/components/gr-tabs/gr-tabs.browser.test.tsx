import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
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

  it('tabs that do not fit go into a "More tabs" menu: its items select their tab; keyboard; a wider row takes them back', async () => {
    applyDefaultTheme();
    const labels = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
    const { root } = await render(
      <div style={{ width: '360px' }}>
        <gr-tabs>
          {labels.map((label) => (
            <gr-tab label={label} tabId={label.toLowerCase()}>
              <p>{label} panel</p>
            </gr-tab>
          ))}
        </gr-tabs>
      </div>,
    );
    const tabsEl = root.querySelector('gr-tabs') as HTMLGrTabsElement;
    const rowLabels = () => Array.from(tabsEl.querySelectorAll('.tab-container [role="tab"]'), (tab) => tab.textContent);
    const menuLabels = () => Array.from(tabsEl.querySelectorAll('.overflow-menu [role="menuitem"]'), (item) => item.textContent);
    await vi.waitFor(() => expect(tabsEl.querySelector('.overflow-button')).not.toBeNull());
    // Every tab is either in the row or in the menu, in order, and nothing in the row is cut off.
    expect(rowLabels().length).toBeGreaterThan(0);
    expect([...rowLabels(), ...menuLabels()]).toEqual(labels);
    const right = tabsEl.getBoundingClientRect().right;
    for (const tab of tabsEl.querySelectorAll('.tab-container [role="tab"]')) expect(tab.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);

    const menuButton = tabsEl.querySelector('.overflow-button') as HTMLButtonElement;
    const menu = tabsEl.querySelector('.overflow-menu') as HTMLElement;
    expect(menuButton.getAttribute('aria-label')).toBe('More tabs');
    await userEvent.click(menuButton);
    await vi.waitFor(() => expect(menu.hidden).toBe(false));
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(root)).toEqual([]);
    await userEvent.click(tabsEl.querySelector('.overflow-menu [data-tab-key="hotel"]') as HTMLElement);
    await vi.waitFor(() => expect(menu.hidden).toBe(true));
    expect(tabsEl.selected).toBe('hotel');
    await vi.waitFor(() => expect(menuButton.getAttribute('aria-label')).toBe('More tabs: Hotel'));
    expect(menuButton.classList.contains('selected')).toBe(true);
    expect(document.activeElement).toBe(menuButton);
    const hotel = tabsEl.querySelectorAll('gr-tab')[7];
    await vi.waitFor(() => expect(getComputedStyle(hotel).display).toBe('flex'));

    // Keyboard: ArrowDown opens on the first item, ArrowUp wraps to the last, Escape closes back to the button.
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe(menuLabels()[0]));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement?.textContent).toBe('Hotel');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(menu.hidden).toBe(true));
    expect(document.activeElement).toBe(menuButton);

    // Room for every tab: the menu goes.
    root.style.width = '2000px';
    await vi.waitFor(() => expect(tabsEl.querySelector('.overflow-button')).toBeNull());
    expect(rowLabels()).toEqual(labels);
  });
});
