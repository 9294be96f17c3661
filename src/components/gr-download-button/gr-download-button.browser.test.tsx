import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';

describe('gr-download-button in Chromium', () => {
  it('has no axe violations, light and dark', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-download-button />
          <gr-download-button label="Get" value={{ path: 'a', url: 'javascript:1', orig_name: 'a.txt' }} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      (root.querySelectorAll('gr-download-button')[1].querySelector('button') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(root.querySelector('[role=alert]')).not.toBeNull());
      // Colours animate to the theme's (button transitions): check the settled page.
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('Enter emits gr-click and saves the value under its original name', async () => {
    const url = URL.createObjectURL(new Blob(['payload']));
    const { root } = await render(<gr-download-button value={{ path: '/tmp/gradio/abc/result.csv', url, orig_name: 'result.csv' }} />);
    const clicks = vi.fn();
    root.addEventListener('gr-click', clicks);
    const saved: Array<[string, string]> = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push([this.href, this.download]);
    });
    try {
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      expect(clicks).toHaveBeenCalledTimes(1);
      await vi.waitFor(() => expect(saved).toEqual([[url, 'result.csv']]));
    } finally {
      spy.mockRestore();
    }
  });

  it('a cross-origin URL it cannot fetch opens in a new tab instead', async () => {
    const { root } = await render(<gr-download-button value={{ path: '/tmp/x.bin', url: 'http://127.0.0.1:9/file=/tmp/x.bin' }} />);
    const opened: Array<[string, string]> = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      opened.push([this.href, this.target]);
    });
    try {
      (root.querySelector('button') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(opened).toEqual([['http://127.0.0.1:9/file=/tmp/x.bin', '_blank']]));
    } finally {
      spy.mockRestore();
    }
  });
});
