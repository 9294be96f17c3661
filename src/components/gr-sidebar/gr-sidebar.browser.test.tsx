import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('gr-sidebar in Chromium', () => {
  it('has no axe violations, open and closed', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-sidebar label="Filters">
          <gr-button value="Apply" />
        </gr-sidebar>
        <gr-sidebar label="Help" position="right" open={false}>
          <p>help text</p>
        </gr-sidebar>
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('is fixed at its edge with its width; slides out when closed, content unreachable by Tab', async () => {
    const { root } = await render(
      <div>
        <gr-sidebar label="Filters" width={300}>
          <gr-button value="Apply" />
        </gr-sidebar>
        <gr-button value="Page" />
      </div>,
    );
    const sidebar = root.querySelector('gr-sidebar') as HTMLGrSidebarElement;
    const rect = sidebar.getBoundingClientRect();
    expect(rect.left).toBe(0);
    // At 768px and below (the default test viewport is narrower) the panel spans the viewport.
    expect(rect.width).toBe(window.innerWidth <= 768 ? window.innerWidth : 300);
    expect(rect.height).toBe(window.innerHeight);
    const events: string[] = [];
    sidebar.addEventListener('gr-collapse', () => events.push('collapse'));
    sidebar.addEventListener('gr-expand', () => events.push('expand'));
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(sidebar.open).toBe(false);
    await wait(400);
    expect(sidebar.getBoundingClientRect().right).toBeLessThanOrEqual(1);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Page');
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard(' ');
    expect(events).toEqual(['collapse', 'expand']);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Apply');
  });
});
