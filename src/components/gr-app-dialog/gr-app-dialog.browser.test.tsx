import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-app-dialog in Chromium', () => {
  it('has no axe violations; takes the focus, keeps Tab inside, Escape emits gr-close, gives the focus back', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'open';
    document.body.append(opener);
    opener.focus();
    const { root } = await render(
      <gr-app-dialog label="Settings">
        <button type="button" class="first">
          one
        </button>
        <button type="button" class="last">
          two
        </button>
      </gr-app-dialog>,
    );
    expect(await axeViolations(root)).toEqual([]);
    await vi.waitFor(() => expect(root.shadowRoot?.activeElement?.getAttribute('role')).toBe('dialog'));
    expect(root.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Settings');
    await userEvent.tab();
    expect(document.activeElement?.className).toBe('first');
    await userEvent.tab();
    expect(document.activeElement?.className).toBe('last');
    await userEvent.tab();
    expect(document.activeElement?.className).toBe('first');
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.className).toBe('last');
    const close = vi.fn();
    root.addEventListener('gr-close', close);
    await userEvent.keyboard('{Escape}');
    expect(close).toHaveBeenCalledTimes(1);
    root.remove();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
