import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-duplicate-button', () => {
  it('off Spaces (no spaceId) renders nothing, as Gradio gives it nothing to do there', async () => {
    const { root } = await render(<gr-duplicate-button />);
    expect(root.querySelector('gr-button')).toBeNull();
    expect(root.classList.contains('hidden')).toBe(true);
  });

  it('on a Space: a small huggingface-styled link to the Hub duplication page, in a new tab', async () => {
    const { root } = await render(<gr-duplicate-button spaceId="gradio/hello_world" />);
    const anchor = root.querySelector('gr-button a') as HTMLAnchorElement;
    expect(anchor.textContent).toBe('Duplicate Space');
    expect(anchor.getAttribute('href')).toBe('https://huggingface.co/spaces/gradio/hello_world?duplicate=true');
    expect(anchor.getAttribute('target')).toBe('_blank');
    expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchor.classList.contains('small')).toBe(true);
    expect(anchor.classList.contains('huggingface')).toBe(true);
  });

  it('a malformed space id is not a Space: nothing is linked', async () => {
    const { root, setProps } = await render(<gr-duplicate-button spaceId="gradio/hello" value="Copy it" />);
    expect(root.querySelector('gr-button a')?.textContent).toBe('Copy it');
    await setProps({ spaceId: 'javascript:alert(1)//x' });
    expect(root.querySelector('gr-button')).toBeNull();
  });
});
