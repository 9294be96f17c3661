import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const value = [
  { token: 'Ada Lovelace', class_or_confidence: 'PER' },
  { token: ' was born in ', class_or_confidence: null },
  { token: 'London', class_or_confidence: 'LOC' },
  { token: '.', class_or_confidence: null },
];

describe('gr-highlighted-text in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-highlighted-text value={value} />
        <gr-highlighted-text value={value} showLegend label="Entities" />
        <gr-highlighted-text value={value} interactive />
        <gr-highlighted-text
          value={[
            { token: 'great', class_or_confidence: 0.9 },
            { token: ' and ', class_or_confidence: null },
            { token: 'awful', class_or_confidence: -0.7 },
          ]}
          showLegend
        />
        <gr-highlighted-text value={null} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('custom color_map colours get a half-transparent background', async () => {
    const { root } = await render(<gr-highlighted-text value={value} colorMap={{ PER: '#ff0000' }} />);
    const span = root.querySelector('.token.highlighted') as HTMLElement;
    expect(getComputedStyle(span).backgroundColor).toMatch(/rgba?\(255, 0, 0, 0\.5\)|color\(srgb 1 0 0 \/ 0\.5\)/);
  });

  it('keyboard: Tab to a span, Enter selects; interactive Enter edits, Escape cancels, Enter saves', async () => {
    const { root } = await render(<gr-highlighted-text value={value} interactive />);
    const select = vi.fn();
    const change = vi.fn();
    root.addEventListener('gr-select', select);
    root.addEventListener('gr-change', change);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toContain('Ada Lovelace');
    await userEvent.keyboard('{Enter}');
    expect(select.mock.calls[0][0].detail).toEqual({ index: 0, value: ['Ada Lovelace', 'PER'] });
    await vi.waitFor(() => expect(document.activeElement?.classList.contains('label-input')).toBe(true));
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe('0'));
    expect(change).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement?.classList.contains('label-input')).toBe(true));
    await userEvent.keyboard('{Control>}a{/Control}PERSON{Enter}');
    expect(change).toHaveBeenCalledTimes(1);
    expect(change.mock.calls[0][0].detail[0]).toEqual({ token: 'Ada Lovelace', class_or_confidence: 'PERSON' });
  });

  it('interactive: selecting plain text with the mouse labels it', async () => {
    const { root } = await render(<gr-highlighted-text value={[{ token: 'hello brave world', class_or_confidence: null }]} interactive />);
    const change = vi.fn();
    root.addEventListener('gr-change', change);
    const text = root.querySelector('.token.unlabeled')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 6);
    range.setEnd(text, 11);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.querySelector('.textfield')?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(change.mock.calls[0][0].detail).toEqual([
      { token: 'hello ', class_or_confidence: null },
      { token: 'brave', class_or_confidence: 'label' },
      { token: ' world', class_or_confidence: null },
    ]);
    await vi.waitFor(() => expect(document.activeElement?.classList.contains('label-input')).toBe(true));
  });
});
