import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-button in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-button value="Primary" variant="primary" />
        <gr-button value="Secondary" />
        <gr-button value="Stop" variant="stop" size="sm" />
        <gr-button value="Disabled" interactive={false} />
        <gr-button value="Link" link="https://example.com" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('is reachable with Tab and activated with Enter and Space', async () => {
    const { root } = await render(<gr-button value="Press" />);
    const listener = vi.fn();
    root.addEventListener('gr-click', listener);
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('button'));
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('a disabled button is skipped by Tab', async () => {
    const { root } = await render(
      <div>
        <gr-button value="Off" interactive={false} />
        <gr-button value="On" />
      </div>,
    );
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('On');
    expect(root.querySelectorAll('button')[0].disabled).toBe(true);
  });
});
