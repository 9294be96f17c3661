import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';
import { applyTheme } from '../../themes';

describe('gr-fallback in Chromium', () => {
  it('has no axe violations, for a Gradio type and a custom component', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-fallback type="gallery" label="Pictures" />
        <gr-fallback type="pdf" label="Document" root="http://127.0.0.1:1/" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no axe violations in dark mode', async () => {
    const { root } = await render(<div class="dark-frame"><gr-fallback type="pdf" label="Document" root="http://127.0.0.1:1/" /></div>);
    applyTheme(root, 'default', { mode: 'dark' });
    root.style.background = 'var(--background-fill-primary)';
    expect(await axeViolations(root)).toEqual([]);
  });

  it("the custom component's link to the app is reached with Tab", async () => {
    const { root } = await render(<gr-fallback type="pdf" root="http://127.0.0.1:1/" />);
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('a'));
  });
});
