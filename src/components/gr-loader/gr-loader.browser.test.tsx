import { describe, expect, h, it, render } from '@stencil/vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-loader in Chromium', () => {
  it('has no axe violations, with and without text', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-loader />
        <gr-loader text={null} size="lg" />
        <gr-loader text="Building" layout="row" size="sm" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('spins at the requested size in the loader colour', async () => {
    applyDefaultTheme();
    const { root } = await render(<gr-loader size="lg" />);
    const spinner = root.querySelector('.spinner') as HTMLElement;
    expect(spinner.offsetWidth).toBe(80);
    const style = getComputedStyle(spinner);
    expect(style.borderTopColor).toBe('rgb(249, 115, 22)');
    expect(style.animationName).toBe('gr-loader-spin');
  });
});
