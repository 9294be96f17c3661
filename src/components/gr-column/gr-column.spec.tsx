import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-column', () => {
  it('is the flex box (class `column`) with Gradio defaults scale 1 and min_width 320', async () => {
    const { root } = await render(
      <gr-column>
        <p>a</p>
        <p>b</p>
      </gr-column>,
    );
    expect(root.classList.contains('column')).toBe(true);
    expect(root.style.getPropertyValue('flex-grow')).toBe('1');
    expect(root.style.getPropertyValue('min-width')).toBe('min(320px, 100%)');
    expect(Array.from(root.children).map((child) => child.textContent)).toEqual(['a', 'b']);
  });

  it('maps scale, min_width, variant, elem_id, elem_classes and visible', async () => {
    const { root, setProps } = await render(<gr-column scale={3} minWidth={100} variant="panel" elemId="col" elemClasses="k" />);
    expect(root.style.getPropertyValue('flex-grow')).toBe('3');
    expect(root.style.getPropertyValue('min-width')).toBe('min(100px, 100%)');
    expect(root.classList.contains('panel')).toBe(true);
    expect(root.id).toBe('col');
    expect(root.classList.contains('k')).toBe(true);
    await setProps({ variant: 'compact', visible: false });
    expect(root.classList.contains('compact')).toBe(true);
    expect(root.classList.contains('hidden')).toBe(true);
  });
});
