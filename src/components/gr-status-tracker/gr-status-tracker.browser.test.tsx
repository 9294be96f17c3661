import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-status-tracker in Chromium', () => {
  it('has no axe violations in any state', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        {[
          <gr-status-tracker status="pending" queuePosition={1} queueSize={3} eta={2} />,
          <gr-status-tracker status="pending" progress={[{ index: 2, length: 5, unit: 'steps', desc: 'Working' }]} />,
          <gr-status-tracker status="pending" showProgress="minimal" />,
          <gr-status-tracker status="generating" />,
          <gr-status-tracker status="error" message="Bad input" />,
          <gr-status-tracker status="complete" />,
          <gr-status-tracker validationError="Location must not be in London" />,
        ].map((tracker) => (
          <gr-block height={160}>
            <p>content</p>
            {tracker}
          </gr-block>
        ))}
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('covers its block while pending and lets clicks through when hidden', async () => {
    applyDefaultTheme();
    const { root, setProps } = await render(
      <gr-block height={200}>
        <gr-button value="Under" />
        <gr-status-tracker status="pending" />
      </gr-block>,
    );
    const tracker = root.querySelector('gr-status-tracker') as HTMLGrStatusTrackerElement;
    // It covers the block's padding box (inside the block border).
    const block = root.querySelector('.block') as HTMLElement;
    const overlay = tracker.getBoundingClientRect();
    expect(overlay.width).toBeCloseTo(block.clientWidth, 0);
    expect(overlay.height).toBeCloseTo(block.clientHeight, 0);
    expect(getComputedStyle(tracker).opacity).toBe('1');
    tracker.status = 'complete';
    await setProps({});
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(getComputedStyle(tracker).pointerEvents).toBe('none');
    expect(getComputedStyle(tracker).opacity).toBe('0');
  });

  it('a validation banner sits top right and the block under it stays usable', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <gr-block height={200}>
        <gr-textbox label="Location" />
        <gr-status-tracker validationError="Location must not be in London" />
      </gr-block>,
    );
    const tracker = root.querySelector('gr-status-tracker') as HTMLElement;
    const banner = tracker.querySelector('.validation-error') as HTMLElement;
    const block = (root.querySelector('.block') as HTMLElement).getBoundingClientRect();
    const box = banner.getBoundingClientRect();
    expect(Math.abs(box.right - block.right)).toBeLessThan(3);
    expect(Math.abs(box.top - block.top)).toBeLessThan(3);
    expect(getComputedStyle(banner).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    // A click on the text box under the (see-through) tracker reaches the text box.
    const input = root.querySelector('gr-textbox textarea, gr-textbox input') as HTMLElement;
    const at = input.getBoundingClientRect();
    expect(document.elementFromPoint(at.left + 10, at.bottom - 5)).toBe(input);
    let cleared = 0;
    root.addEventListener('gr-clear-validation', () => {
      cleared += 1;
    });
    await userEvent.click(banner.querySelector('button') as HTMLElement);
    expect(cleared).toBe(1);
  });

  it('keyboard: the error × is reachable with Tab and Enter emits gr-clear-status', async () => {
    const { root } = await render(
      <gr-block height={120}>
        <gr-status-tracker status="error" />
      </gr-block>,
    );
    let cleared = 0;
    root.addEventListener('gr-clear-status', () => {
      cleared += 1;
    });
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Clear');
    await userEvent.keyboard('{Enter}');
    expect(cleared).toBe(1);
  });
});
