import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const value = [
  { token: 'Ada Lovelace', class_or_confidence: 'PER' },
  { token: ' was born in ', class_or_confidence: null },
  { token: 'London', class_or_confidence: 'LOC' },
  { token: '.', class_or_confidence: null },
];

describe('gr-highlighted-text', () => {
  it('renders Gradio defaults: "Highlighted Text" badge, empty state, inline categories', async () => {
    const { root, setProps } = await render(<gr-highlighted-text />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Highlighted Text');
    expect(root.querySelector('.empty')).not.toBeNull();
    await setProps({ value });
    expect(root.querySelector('.textfield')?.textContent).toBe('Ada LovelacePER was born in LondonLOC.');
    expect(Array.from(root.querySelectorAll('.category')).map((c) => c.textContent)).toEqual(['PER', 'LOC']);
    expect(root.querySelector('.legend')).toBeNull();
    expect(root.querySelector('.remove-btn')).toBeNull();
  });

  it('colours categories from color_map (palette names or CSS colours), then the palette', async () => {
    const { root } = await render(<gr-highlighted-text value={value} colorMap={{ LOC: 'green', PER: '#ff0000' }} />);
    const spans = Array.from(root.querySelectorAll('.token.highlighted')) as HTMLElement[];
    expect(spans[1].style.backgroundColor).toMatch(/#dcfce7|rgb\(220, 252, 231\)/);
  });

  it('show_legend replaces inline tags with a legend; show_inline_category=False hides tags', async () => {
    const { root, setProps } = await render(<gr-highlighted-text value={value} showLegend />);
    expect(Array.from(root.querySelectorAll('.legend-item')).map((b) => b.textContent)).toEqual(['PER', 'LOC']);
    expect(root.querySelector('.category')).toBeNull();
    await setProps({ showLegend: false, showInlineCategory: false });
    expect(root.querySelector('.category')).toBeNull();
  });

  it('accepts [text, label] pairs and scores: opacity from the confidence', async () => {
    const { root } = await render(
      <gr-highlighted-text value={[['good', 0.8], [' and ', null], ['bad', -0.5]] as never} showLegend />,
    );
    const spans = Array.from(root.querySelectorAll('.token.highlighted')) as HTMLElement[];
    expect(spans[0].style.backgroundColor).toBe('rgba(239, 68, 60, 0.8)');
    expect(spans[1].style.backgroundColor).toBe('rgba(128, 90, 213, 0.5)');
    expect(root.querySelector('.score-legend')?.textContent).toBe('-10+1');
  });

  it('combine_adjacent merges same-class neighbours with the separator', async () => {
    const { root } = await render(
      <gr-highlighted-text
        value={[
          { token: 'New', class_or_confidence: 'LOC' },
          { token: 'York', class_or_confidence: 'LOC' },
        ]}
        combineAdjacent
        adjacentSeparator=" "
      />,
    );
    expect(root.querySelector('.token.highlighted .text')?.textContent).toBe('New York');
  });

  it('emits gr-select {index, value: [token, class]} on a click of a span; nothing on programmatic changes', async () => {
    const { root, setProps } = await render(<gr-highlighted-text value={value} />);
    const select = vi.fn();
    const change = vi.fn();
    root.addEventListener('gr-select', select);
    root.addEventListener('gr-change', change);
    await setProps({ value: [...value] });
    expect(select).not.toHaveBeenCalled();
    (root.querySelectorAll('.token.highlighted')[1] as HTMLElement).click();
    expect(select.mock.calls[0][0].detail).toEqual({ index: 2, value: ['London', 'LOC'] });
    expect(change).not.toHaveBeenCalled();
  });

  it('interactive: edit a label (Enter saves) and remove one, each emits gr-change with the new value', async () => {
    const { root, waitForChanges } = await render(<gr-highlighted-text value={value} interactive />);
    const change = vi.fn();
    root.addEventListener('gr-change', change);
    (root.querySelectorAll('.token.highlighted')[1] as HTMLElement).click();
    await waitForChanges();
    const input = root.querySelector('.label-input') as HTMLInputElement;
    expect(input.value).toBe('LOC');
    input.value = 'CITY';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitForChanges();
    expect(change).toHaveBeenCalledTimes(1);
    expect(change.mock.calls[0][0].detail[2]).toEqual({ token: 'London', class_or_confidence: 'CITY' });
    expect((root as HTMLGrHighlightedTextElement).value?.[2].class_or_confidence).toBe('CITY');
    (root.querySelectorAll('.remove-btn')[0] as HTMLButtonElement).click();
    await waitForChanges();
    expect(change).toHaveBeenCalledTimes(2);
    expect(change.mock.calls[1][0].detail).toEqual([
      { token: 'Ada Lovelace was born in ', class_or_confidence: null },
      { token: 'London', class_or_confidence: 'CITY' },
      { token: '.', class_or_confidence: null },
    ]);
  });
});
