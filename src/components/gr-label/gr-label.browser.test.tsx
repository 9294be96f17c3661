import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const value = {
  label: 'cat',
  confidences: [
    { label: 'cat', confidence: 0.7 },
    { label: 'dog', confidence: 0.3 },
  ],
};

describe('gr-label in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-label value={value} />
        <gr-label value={value} showHeading={false} label="Scores" />
        <gr-label value={{ label: 'plain' }} color="#fde68a" />
        <gr-label value={null} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('rows are reached with Tab and selected with Enter and Space', async () => {
    const { root } = await render(<gr-label value={value} />);
    const listener = vi.fn();
    root.addEventListener('gr-select', listener);
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toContain('dog');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(listener.mock.calls.map((call) => call[0].detail)).toEqual([
      { index: 1, value: 'dog' },
      { index: 1, value: 'dog' },
    ]);
  });
});
