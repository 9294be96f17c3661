import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-blocks-root', () => {
  it('is a full-page root column by default', async () => {
    const { root } = await render(
      <gr-blocks-root>
        <gr-row />
        <gr-column />
      </gr-blocks-root>,
    );
    expect(['fillable', 'contain', 'app'].every((name) => root.classList.contains(name))).toBe(true);
    expect(root.classList.contains('fill_width')).toBe(false);
    expect(root.classList.contains('fill_height')).toBe(false);
    expect(Array.from(root.children).map((child) => child.tagName)).toEqual(['GR-ROW', 'GR-COLUMN']);
  });

  it('maps fill_width and fill_height (fill height only for full-page apps)', async () => {
    const { root, setProps } = await render(<gr-blocks-root fillWidth fillHeight />);
    expect(root.classList.contains('fill_width')).toBe(true);
    expect(root.classList.contains('fill_height')).toBe(true);
    await setProps({ app: false });
    expect(root.classList.contains('fill_height')).toBe(false);
    expect(root.classList.contains('app')).toBe(false);
  });
});
