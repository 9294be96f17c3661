import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

function mockClipboard() {
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

const button = (root: HTMLElement) => root.querySelector('gr-button button') as HTMLButtonElement;

describe('gr-deep-link-button', () => {
  it('renders Gradio defaults: a large secondary "Share via Link" button', async () => {
    const { root } = await render(<gr-deep-link-button />);
    expect(button(root).textContent).toBe('Share via Link');
    expect(button(root).classList.contains('secondary')).toBe(true);
    expect(button(root).classList.contains('large')).toBe(true);
  });

  it('on click asks for a deep link key, copies the page URL with ?deep_link=, then shows the copied text', async () => {
    const writeText = mockClipboard();
    const deepLink = vi.fn(async () => 'k3y');
    const { root, waitForChanges } = await render(<gr-deep-link-button deepLink={deepLink} pageUrl="http://site.test/page?x=1" />);
    const clicks = vi.fn();
    root.addEventListener('gr-click', clicks);
    button(root).click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('http://site.test/page?x=1&deep_link=k3y'));
    await waitForChanges();
    expect(deepLink).toHaveBeenCalledTimes(1);
    expect(clicks).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(button(root).textContent).toBe('Link Copied!'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Link Copied!');
  });

  it('a failure to get the link shows a clear message, not a crash', async () => {
    mockClipboard();
    const deepLink = vi.fn(async () => {
      throw new Error('the server answered 500');
    });
    const { root } = await render(<gr-deep-link-button deepLink={deepLink} />);
    button(root).click();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not copy the link: the server answered 500'));
    expect(button(root).textContent).toBe('Share via Link');
  });
});
