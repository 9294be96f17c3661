import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-tab', () => {
  it('is a tabpanel with a generated id, labelled by its button id, inactive until gr-tabs selects it', async () => {
    const { root, setProps } = await render(
      <gr-tab label="Alone">
        <p>content</p>
      </gr-tab>,
    );
    expect(root.getAttribute('role')).toBe('tabpanel');
    expect(root.id).toMatch(/^gr-tab-\d+$/);
    expect(root.getAttribute('aria-labelledby')).toBe(`${root.id}-button`);
    expect(root.classList.contains('tabitem')).toBe(true);
    expect(root.classList.contains('active')).toBe(false);
    await setProps({ active: true, elemId: 'my-tab', elemClasses: 'x' });
    expect(root.classList.contains('active')).toBe(true);
    expect(root.id).toBe('my-tab');
    expect(root.classList.contains('x')).toBe(true);
    await setProps({ visible: false });
    expect(root.classList.contains('hidden')).toBe(true);
    expect(root.classList.contains('active')).toBe(false);
  });
});
