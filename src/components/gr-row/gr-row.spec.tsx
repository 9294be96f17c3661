import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-row', () => {
  it('is the flex box itself: class `row`, Gradio defaults, children are its direct children', async () => {
    const { root } = await render(
      <gr-row>
        <p>a</p>
        <p>b</p>
      </gr-row>,
    );
    expect(root.classList.contains('row')).toBe(true);
    expect(root.classList.contains('unequal-height')).toBe(true);
    expect(root.classList.contains('stretch')).toBe(false);
    expect(root.classList.contains('panel')).toBe(false);
    expect(Array.from(root.children).map((child) => child.textContent)).toEqual(['a', 'b']);
    expect(root.hasAttribute('id')).toBe(false);
  });

  it('maps equal_height, variant, scale and heights', async () => {
    const { root, setProps } = await render(<gr-row equalHeight variant="panel" scale={2} height={300} maxHeight="50vh" />);
    expect(root.classList.contains('stretch')).toBe(true);
    expect(root.classList.contains('panel')).toBe(true);
    expect(root.classList.contains('grow-children')).toBe(true);
    expect(root.style.getPropertyValue('flex-grow')).toBe('2');
    expect(root.style.getPropertyValue('height')).toBe('300px');
    expect(root.style.getPropertyValue('max-height')).toBe('50vh');
    await setProps({ variant: 'compact', scale: null, height: null });
    expect(root.classList.contains('compact')).toBe(true);
    expect(root.classList.contains('panel')).toBe(false);
    expect(root.style.getPropertyValue('flex-grow')).toBe('');
    expect(root.style.getPropertyValue('height')).toBe('');
  });

  it('applies elem_id, elem_classes and visible (false and "hidden")', async () => {
    const { root, setProps } = await render(<gr-row elemId="main-row" elemClasses={['x', 'y']} />);
    expect(root.id).toBe('main-row');
    expect(root.classList.contains('x') && root.classList.contains('y')).toBe(true);
    await setProps({ visible: false });
    expect(root.classList.contains('hidden')).toBe(true);
    await setProps({ visible: 'hidden' });
    expect(root.classList.contains('hidden')).toBe(true);
    await setProps({ visible: true });
    expect(root.classList.contains('hidden')).toBe(false);
  });
});
