import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';
import { applyTheme } from '../../themes';

describe('gr-duplicate-button in Chromium', () => {
  it('has no axe violations', async () => {
    applyDefaultTheme();
    const { root } = await render(<gr-duplicate-button spaceId="gradio/hello_world" />);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no axe violations in dark mode', async () => {
    const { root } = await render(<div class="dark-frame"><gr-duplicate-button spaceId="gradio/hello_world" /></div>);
    applyTheme(root, 'default', { mode: 'dark' });
    root.style.background = 'var(--background-fill-primary)';
    expect(await axeViolations(root)).toEqual([]);
  });

  it('takes no room and no focus off Spaces; on a Space it is a link reached with Tab', async () => {
    const { root } = await render(
      <div>
        <gr-duplicate-button />
        <gr-duplicate-button spaceId="gradio/hello_world" />
      </div>,
    );
    const [off, on] = Array.from(root.querySelectorAll('gr-duplicate-button'));
    expect(getComputedStyle(off).display).toBe('none');
    await userEvent.tab();
    expect(document.activeElement).toBe(on.querySelector('a'));
  });
});
