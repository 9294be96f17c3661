import { describe, expect, h, it, render } from '@stencil/vitest';

const items = () => [<div class="item">A</div>, <div class="item">B</div>, <div class="item">C</div>];
const shown = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>('.item'))
    .sort((a, b) => Number(a.style.order) - Number(b.style.order))
    .map((el) => el.textContent);

describe('gr-draggable', () => {
  it('makes each child a focusable draggable item, in its DOM order', async () => {
    const { root } = await render(<gr-draggable>{items()}</gr-draggable>);
    const children = Array.from(root.querySelectorAll<HTMLElement>('.item'));
    expect(children.every((el) => el.getAttribute('draggable') === 'true' && el.tabIndex === 0)).toBe(true);
    expect(children[0].getAttribute('aria-roledescription')).toBe('draggable item');
    expect(shown(root)).toEqual(['A', 'B', 'C']);
    expect(root.classList.contains('column')).toBe(true);
  });

  it('Alt+ArrowDown / Alt+ArrowUp move the focused child and announce its position', async () => {
    const { root, waitForChanges } = await render(<gr-draggable>{items()}</gr-draggable>);
    const a = root.querySelector('.item') as HTMLElement;
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }));
    await waitForChanges();
    expect(shown(root)).toEqual(['B', 'A', 'C']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Moved to position 2 of 3');
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }));
    expect(shown(root)).toEqual(['A', 'B', 'C']);
    // Without Alt, arrows are left alone (they belong to the child's own controls).
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(shown(root)).toEqual(['A', 'B', 'C']);
  });

  it('in a row, Alt+ArrowRight moves forward', async () => {
    const { root } = await render(<gr-draggable orientation="row">{items()}</gr-draggable>);
    const c = root.querySelectorAll<HTMLElement>('.item')[2];
    c.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true }));
    expect(shown(root)).toEqual(['A', 'C', 'B']);
    expect(root.classList.contains('row')).toBe(true);
  });
});
