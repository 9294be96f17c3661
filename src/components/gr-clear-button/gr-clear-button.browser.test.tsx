import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-clear-button in Chromium', () => {
  it('has no axe violations', async () => {
    const { root } = await render(
      <div>
        <gr-clear-button />
        <gr-clear-button value="Reset all" variant="stop" size="sm" />
        <gr-clear-button interactive={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('Tab and Enter, or a click, emit one gr-click', async () => {
    const { root } = await render(<gr-clear-button />);
    const listener = vi.fn();
    document.addEventListener('gr-click', listener);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(root.querySelector('button')!);
    document.removeEventListener('gr-click', listener);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener.mock.calls[0][0].target).toBe(root);
  });
});
