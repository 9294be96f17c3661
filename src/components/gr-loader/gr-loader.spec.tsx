import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-loader', () => {
  it('shows a spinner and "Loading..." as a status region by default', async () => {
    const { root } = await render(<gr-loader />);
    expect(root.getAttribute('role')).toBe('status');
    expect(root.querySelector('.spinner')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('.text')?.textContent).toBe('Loading...');
    expect(root.classList.contains('md')).toBe(true);
  });

  it('without text it is decorative; size and layout map to classes', async () => {
    const { root, setProps } = await render(<gr-loader text={null} size="lg" />);
    expect(root.hasAttribute('role')).toBe(false);
    expect(root.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('.text')).toBeNull();
    expect(root.classList.contains('lg')).toBe(true);
    await setProps({ text: 'Building', layout: 'row', size: 'sm' });
    expect(root.querySelector('.text')?.textContent).toBe('Building');
    expect(root.classList.contains('row')).toBe(true);
    expect(root.classList.contains('sm')).toBe(true);
  });
});
