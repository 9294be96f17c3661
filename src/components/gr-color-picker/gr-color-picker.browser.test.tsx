import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-color-picker in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-color-picker label="Colour" value="#ff7700" info="Brand colour" />
        <gr-color-picker label="Static" value="#0000ff" interactive={false} />
        <gr-color-picker label="Hidden label" showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('typing a hex colour updates the swatch; Enter submits; focus and blur fire', async () => {
    const { root } = await render(<gr-color-picker label="Colour" value="#000000" />);
    const submit = vi.fn();
    const focus = vi.fn();
    root.addEventListener('gr-submit', submit);
    root.addEventListener('gr-focus', focus);
    await userEvent.tab();
    await userEvent.tab();
    const text = root.querySelector('input[type=text]') as HTMLInputElement;
    expect(document.activeElement).toBe(text);
    await userEvent.tripleClick(text);
    await userEvent.keyboard('#3366ff{Enter}');
    expect((root as HTMLGrColorPickerElement).value).toBe('#3366ff');
    expect((root.querySelector('input[type=color]') as HTMLInputElement).value).toBe('#3366ff');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(focus).toHaveBeenCalled();
  });
});
