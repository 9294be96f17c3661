import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { limit } from '../../../tests/helpers/limits.ts';

describe('gr-html in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-html value="<h2>Card</h2><p>Some <a href='https://www.gradio.app'>link</a></p>" />
        <gr-html value="<p>boxed</p>" label="Box" showLabel container padding />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  }, limit(60_000));

  it('renders the HTML with styles and embeds kept, scripts removed, links safe', async () => {
    const { root } = await render(
      <gr-html value="<style>.red{color:rgb(255,0,0)}</style><p class='red'>hi</p><a href='https://example.com'>x</a><script>window.__htmlRan=1</script>" />,
    );
    const p = root.querySelector('p.red') as HTMLElement;
    expect(getComputedStyle(p).color).toBe('rgb(255, 0, 0)');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect((window as unknown as { __htmlRan?: number }).__htmlRan).toBeUndefined();
  });

  it('a click inside emits gr-click; a focused link inside activates with Enter', async () => {
    const { root } = await render(<gr-html value="<p>text</p><a href='#here'>jump</a><p id='here'>target</p>" />);
    const listener = vi.fn();
    root.addEventListener('gr-click', listener);
    await userEvent.click(root.querySelector('p') as HTMLElement);
    expect(listener).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('jump');
    await userEvent.keyboard('{Enter}');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(location.hash).toBe('');
  });
});
