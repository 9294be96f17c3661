import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-group', () => {
  it('wraps its children as direct children of a `gr-group` card', async () => {
    const { root, setProps } = await render(
      <gr-group elemId="g" elemClasses={['one']}>
        <gr-button value="A" />
        <gr-button value="B" />
      </gr-group>,
    );
    expect(root.classList.contains('gr-group')).toBe(true);
    expect(root.id).toBe('g');
    expect(root.classList.contains('one')).toBe(true);
    expect(Array.from(root.children).map((child) => child.tagName)).toEqual(['GR-BUTTON', 'GR-BUTTON']);
    await setProps({ visible: 'hidden' });
    expect(root.classList.contains('hidden')).toBe(true);
  });
});
