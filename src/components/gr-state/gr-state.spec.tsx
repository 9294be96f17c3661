import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-state', () => {
  it('holds any JSON value, renders nothing and is hidden', async () => {
    const { root, setProps } = await render(<gr-state />);
    expect((root as HTMLGrStateElement).value).toBeNull();
    expect(root.children.length).toBe(0);
    expect(root.getAttribute('aria-hidden')).toBe('true');
    await setProps({ value: { history: [1, 2], name: 'x' } });
    expect((root as HTMLGrStateElement).value).toEqual({ history: [1, 2], name: 'x' });
  });
});
