import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { listen } from '../../../tests/helpers/form-events';

describe('gr-slider in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-slider label="Temperature" value={0.7} minimum={0} maximum={2} step={0.1} info="Randomness" />
        <gr-slider label="Static" value={5} interactive={false} />
        <gr-slider label="No reset" showResetButton={false} showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('arrow keys move the slider; the key release emits gr-release', async () => {
    const { root } = await render(<gr-slider label="Steps" value={10} />);
    const calls = listen(root, ['gr-input', 'gr-change', 'gr-release']);
    await userEvent.tab();
    const range = root.querySelector('input[type=range]') as HTMLInputElement;
    // Tab order: number box, reset, then the range.
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(range);
    // Leaving the number box released it (as the official slider does); start counting now.
    expect(calls).toEqual([['gr-release', 10]]);
    calls.length = 0;
    await userEvent.keyboard('{ArrowRight}');
    expect((root as HTMLGrSliderElement).value).toBe(11);
    expect(calls).toEqual([
      ['gr-input', 11],
      ['gr-change', 11],
      ['gr-release', 11],
    ]);
    // The number box shows it on the next render.
    await vi.waitFor(() => expect((root.querySelector('input[type=number]') as HTMLInputElement).value).toBe('11'));
  });

  it('clicking on the track sets the value and releases', async () => {
    const { root } = await render(<gr-slider label="Click" value={0} />);
    const calls = listen(root, ['gr-release']);
    const range = root.querySelector('input[type=range]') as HTMLInputElement;
    await userEvent.click(range);
    const value = (root as HTMLGrSliderElement).value as number;
    expect(value).toBeGreaterThan(30);
    expect(value).toBeLessThan(70);
    expect(calls).toEqual([['gr-release', value]]);
  });

  it('typing in the number box then leaving it clamps; reset restores', async () => {
    const { root } = await render(<gr-slider label="Box" value={20} maximum={50} />);
    const box = root.querySelector('input[type=number]') as HTMLInputElement;
    await userEvent.tripleClick(box);
    await userEvent.keyboard('75');
    expect((root as HTMLGrSliderElement).value).toBe(75);
    await userEvent.tab();
    expect((root as HTMLGrSliderElement).value).toBe(50);
    expect(box.value).toBe('50');
    expect(document.activeElement).toBe(root.querySelector('.reset-button'));
    await userEvent.keyboard('{Enter}');
    expect((root as HTMLGrSliderElement).value).toBe(20);
    expect(box.value).toBe('20');
  });
});
