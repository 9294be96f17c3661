import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-deep-link-button in Chromium', () => {
  it('has no axe violations, also with an error shown', async () => {
    applyDefaultTheme();
    const failing = async () => {
      throw new Error('offline');
    };
    const { root } = await render(<gr-deep-link-button deepLink={failing} />);
    (root.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    expect(await axeViolations(root)).toEqual([]);
  });

  it('Tab then Enter copies the link; the status region announces it', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { root } = await render(<gr-deep-link-button deepLink={async () => 'abc'} pageUrl="http://site.test/" />);
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('button'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('http://site.test/?deep_link=abc'));
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Link Copied!'));
  });
});
