import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const value = {
  label: 'cat',
  confidences: [
    { label: 'cat', confidence: 0.7 },
    { label: 'dog', confidence: 0.2 },
    { label: 'bird', confidence: 0.1 },
  ],
};

describe('gr-label', () => {
  it('renders Gradio defaults: "Label" badge, empty state without a value', async () => {
    const { root } = await render(<gr-label />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Label');
    expect(root.querySelector('.empty')).not.toBeNull();
    expect(root.querySelector('h2')).toBeNull();
  });

  it('shows the top class as a heading and a bar with a percentage per class', async () => {
    const { root } = await render(<gr-label value={value} />);
    expect(root.querySelector('h2')?.textContent).toBe('cat');
    const rows = Array.from(root.querySelectorAll('.confidence-set'));
    expect(rows.map((row) => row.querySelector('.text')?.textContent)).toEqual(['cat', 'dog', 'bird']);
    expect(rows.map((row) => row.querySelector('.confidence')?.textContent)).toEqual(['70%', '20%', '10%']);
    expect((rows[1].querySelector('.bar') as HTMLElement).style.width).toBe('20%');
  });

  it('num_top_classes, show_heading and color', async () => {
    const { root, setProps } = await render(<gr-label value={value} numTopClasses={2} color="rgb(255, 0, 0)" />);
    expect(root.querySelectorAll('.confidence-set')).toHaveLength(2);
    expect((root.querySelector('h2') as HTMLElement).style.backgroundColor).toBe('rgb(255, 0, 0)');
    await setProps({ showHeading: false });
    expect(root.querySelector('h2')).toBeNull();
  });

  it('a plain label without confidences always shows its heading', async () => {
    const { root } = await render(<gr-label value={{ label: 'just a string', confidences: null }} showHeading={false} />);
    expect(root.querySelector('h2')?.textContent).toBe('just a string');
    expect(root.querySelector('h2')?.classList.contains('no-confidence')).toBe(true);
    expect(root.querySelector('.confidence-set')).toBeNull();
  });

  it('emits gr-select {index, value} on a click of a row, nothing on programmatic changes', async () => {
    const { root, setProps } = await render(<gr-label value={value} />);
    const listener = vi.fn();
    root.addEventListener('gr-select', listener);
    await setProps({ value: { ...value, label: 'dog' } });
    expect(listener).not.toHaveBeenCalled();
    (root.querySelectorAll('.confidence-set')[1] as HTMLButtonElement).click();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0].detail).toEqual({ index: 1, value: 'dog' });
    expect(listener.mock.calls[0][0].composed).toBe(true);
  });

  it('degrades gracefully on bad values', async () => {
    const { root, setProps } = await render(<gr-label value={'oops' as never} />);
    expect(root.querySelector('h2')?.textContent).toBe('oops');
    await setProps({ value: { label: 'x', confidences: [null, { label: 'y' }, { label: 'z', confidence: 2 }] } as never });
    expect(Array.from(root.querySelectorAll('.confidence')).map((c) => c.textContent)).toEqual(['100%']);
  });
});
