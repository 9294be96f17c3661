import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-checkbox in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-checkbox label="Agree" info="Read the terms first" />
        <gr-checkbox label="Checked" value />
        <gr-checkbox label="Static" interactive={false} value />
        <gr-checkbox label="No visible label" showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('clicking the label text toggles; Space and Enter toggle from the keyboard', async () => {
    const { root } = await render(<gr-checkbox label="Subscribe" />);
    const changes: unknown[] = [];
    root.addEventListener('gr-change', (event) => changes.push((event as CustomEvent).detail));
    await userEvent.click(root.querySelector('.label-text')!);
    expect((root as HTMLGrCheckboxElement).value).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('input'));
    await userEvent.keyboard(' ');
    expect((root as HTMLGrCheckboxElement).value).toBe(false);
    await userEvent.keyboard('{Enter}');
    expect((root as HTMLGrCheckboxElement).value).toBe(true);
    expect(root.querySelector('input')!.checked).toBe(true);
    expect(changes).toEqual([true, false, true]);
  });

  it('a static checkbox does not toggle', async () => {
    const { root } = await render(<gr-checkbox label="Fixed" interactive={false} />);
    await userEvent.click(root.querySelector('.label-text')!, { force: true });
    expect((root as HTMLGrCheckboxElement).value).toBe(false);
  });
});
