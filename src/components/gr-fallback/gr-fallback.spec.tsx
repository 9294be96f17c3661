import { describe, expect, h, it, render } from '@stencil/vitest';

describe('gr-fallback', () => {
  it('a Gradio type without an element: names the type', async () => {
    const { root } = await render(<gr-fallback type="gallery" label="Pictures" />);
    expect(root.getAttribute('aria-label')).toBe('Unsupported component: Pictures');
    expect(root.textContent).toContain('Pictures');
    expect(root.querySelector('code')?.textContent).toBe('gallery');
    expect(root.querySelector('a')).toBeNull();
  });

  it('a custom component: says so and links to the app itself', async () => {
    const { root } = await render(<gr-fallback type="pdf" label="Document" root="http://127.0.0.1:7860" />);
    expect(root.getAttribute('aria-label')).toBe('Custom component: Document');
    expect(root.textContent).toContain('custom component');
    expect(root.querySelector('code')?.textContent).toBe('pdf');
    const link = root.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('http://127.0.0.1:7860/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.textContent).toBe('Open the app to use it');
  });

  it('a custom component with no (or an unsafe) root says where to go without a link', async () => {
    const { root } = await render(<gr-fallback type="pdf" root="javascript:alert(1)" />);
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Open the app itself to use it.');
  });

  it('a custom component with no label is named by its type, with the link', async () => {
    const { root } = await render(<gr-fallback type="molecule3d" root="http://127.0.0.1:7860/" />);
    expect(root.getAttribute('aria-label')).toBe('Custom component: molecule3d');
    expect(root.textContent).toContain('custom component molecule3d');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('http://127.0.0.1:7860/');
  });
});
