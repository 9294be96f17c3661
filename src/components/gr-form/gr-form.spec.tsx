import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-form', () => {
  it('is a `form` flex box (not a <form>) with Gradio defaults scale 0, min_width 0', async () => {
    const { root } = await render(
      <gr-form>
        <gr-block>
          <p>x</p>
        </gr-block>
      </gr-form>,
    );
    expect(root.classList.contains('form')).toBe(true);
    expect(root.querySelector('form')).toBeNull();
    expect(root.style.getPropertyValue('flex-grow')).toBe('0');
    expect(root.style.getPropertyValue('min-width')).toBe('min(0px, 100%)');
    expect(root.children[0].tagName).toBe('GR-BLOCK');
  });

  it('takes the computed scale and min width, elem props and visible', async () => {
    const { root, setProps } = await render(<gr-form scale={3} minWidth={480} elemId="f" />);
    expect(root.style.getPropertyValue('flex-grow')).toBe('3');
    expect(root.style.getPropertyValue('min-width')).toBe('min(480px, 100%)');
    expect(root.id).toBe('f');
    await setProps({ visible: false });
    expect(root.classList.contains('hidden')).toBe(true);
  });
});
