import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-toast in Chromium', () => {
  it('has no axe violations with every type', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <gr-toast
        messages={[
          { id: 1, type: 'error', message: 'Something failed', duration: null },
          { id: 2, type: 'warning', message: 'Careful', duration: null },
          { id: 3, type: 'info', message: 'FYI <a href="https://gradio.app">docs</a>', duration: 10 },
          { id: 4, type: 'info', message: 'More', duration: null },
          { id: 5, type: 'success', message: 'Saved', duration: 10 },
        ]}
      />,
    );
    // The cards slide in: colour contrast is measured once they stand still.
    await settleAnimations();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('is fixed at the top right; renders sanitized HTML with safe links', async () => {
    const { root } = await render(
      <gr-toast
        messages={[
          { id: 1, type: 'info', duration: null, message: '<b>bold</b><img src="x" onerror="window.__pwned = 1"><a href="https://gradio.app">docs</a>' },
        ]}
      />,
    );
    expect(getComputedStyle(root).position).toBe('fixed');
    const card = root.querySelector('.toast-body') as HTMLElement;
    expect(Math.round(window.innerWidth - card.getBoundingClientRect().right)).toBe(12);
    const text = root.querySelector('.toast-message-text') as HTMLElement;
    expect(text.querySelector('b')?.textContent).toBe('bold');
    expect(text.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(text.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keyboard: Tab reaches the collapse and close buttons; Enter closes the group', async () => {
    const { root } = await render(<gr-toast />);
    const toast = root as unknown as HTMLGrToastElement;
    await toast.add({ type: 'warning', message: 'Check this', duration: null });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const closed: unknown[] = [];
    root.addEventListener('gr-toast-close', (event) => closed.push((event as CustomEvent).detail.type));
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('toast-toggle')).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement?.getAttribute('aria-expanded')).toBe('false');
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Close Warning messages');
    await userEvent.keyboard('{Enter}');
    expect(closed).toEqual(['warning']);
    expect(toast.messages).toEqual([]);
  });
});
