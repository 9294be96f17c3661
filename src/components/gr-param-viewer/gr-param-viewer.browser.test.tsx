import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';
import { applyTheme } from '../../themes';
import { limit } from '../../../tests/helpers/limits.ts';

const value = {
  prompt: { type: 'str', description: 'The text to **complete**.', default: '""' },
  temperature: { type: 'float', description: 'Sampling temperature.', default: '0.7' },
};

describe('gr-param-viewer in Chromium', () => {
  it('has no axe violations, closed and open', async () => {
    applyDefaultTheme();
    const { root } = await render(<gr-param-viewer value={value} anchorLinks={true} />);
    expect(await axeViolations(root)).toEqual([]);
    (root.querySelector('.toggle-all') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('details')?.open).toBe(true));
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no axe violations in dark mode', async () => {
    const { root } = await render(<div class="dark-frame"><gr-param-viewer value={value} anchorLinks={true} /></div>);
    applyTheme(root, 'default', { mode: 'dark' });
    root.style.background = 'var(--background-fill-primary)';
    expect(await axeViolations(root)).toEqual([]);
  });

  it('keyboard: Enter on the header button opens all; Tab reaches each parameter, Enter toggles it', async () => {
    const { root } = await render(<gr-param-viewer value={value} />);
    const details = () => Array.from(root.querySelectorAll('details'));
    // Stencil renders on the next frame: wait for the element's controls before using them.
    await vi.waitFor(() => expect(root.querySelector('.toggle-all')).not.toBeNull());
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('.toggle-all'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(details().every((d) => d.open)).toBe(true));
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('summary'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(details()[0].open).toBe(false));
    expect(details()[1].open).toBe(true);
    // The header follows the user's own toggles.
    await vi.waitFor(() => expect(root.querySelector('.toggle-all')?.textContent).toBe('Expand all'));
  });

  it('renders descriptions as sanitized Markdown', async () => {
    const { root } = await render(
      <gr-param-viewer value={{ ...value, bad: { type: 'x', description: 'a <img src=x onerror=alert(1)> b', default: null } }} />,
    );
    const descriptions = root.querySelectorAll('.description');
    expect(descriptions[0].querySelector('strong')?.textContent).toBe('complete');
    expect(descriptions[2].innerHTML).not.toContain('onerror');
  });

  it('highlights the signatures once the grammar has loaded', async () => {
    const { root } = await render(<gr-param-viewer value={value} />);
    await vi.waitFor(() => expect(root.querySelector('.signature span')).not.toBeNull(), { timeout: limit(10_000) });
    expect(root.querySelector('.signature')?.textContent).toBe('prompt: str = ""');
  });
});
