import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-block', () => {
  it('wraps its children in a padded block', async () => {
    const { root } = await render(
      <gr-block>
        <p>inside</p>
      </gr-block>,
    );
    const block = root.querySelector('.block');
    expect(block?.classList.contains('padded')).toBe(true);
    expect(block?.classList.contains('hide-container')).toBe(false);
    expect(block?.querySelector('p')?.textContent).toBe('inside');
  });

  it('container=false drops the chrome; sizing and visibility go on the host', async () => {
    const { root, setProps } = await render(<gr-block container={false} scale={3} minWidth={120} height={200} />);
    const block = root.querySelector('.block') as HTMLElement;
    expect(block.classList.contains('hide-container')).toBe(true);
    expect(block.style.height).toBe('200px');
    expect(root.style.getPropertyValue('flex-grow')).toBe('3');
    expect(root.style.getPropertyValue('min-width')).toBe('min(120px, 100%)');
    await setProps({ visible: false, elemId: 'panel', elemClasses: 'a b' });
    expect(root.classList.contains('hidden')).toBe(true);
    expect(root.classList.contains('a')).toBe(true);
    expect(root.classList.contains('b')).toBe(true);
    expect(block.id).toBe('panel');
  });
});
