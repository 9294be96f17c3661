import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes/apply';
import { sampleApi } from './api-docs-sample';

const docs = () => <gr-api-docs connect={async () => sampleApi()} closable recording recorded={[{ endpoint: '/greet', values: ['Ada'] }]} />;

describe('gr-api-docs in Chromium', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`has no axe violations (${mode})`, async () => {
      const { root } = await render(<div class="themed">{docs()}</div>);
      const theme = applyTheme(root, 'default', { mode });
      try {
        await vi.waitFor(() => expect(root.querySelector('section.endpoint')).not.toBeNull());
        expect(await axeViolations(root)).toEqual([]);
      } finally {
        theme.remove();
      }
    });
  }

  it('keyboard: arrows, Home and End move between language tabs; Enter copies; the close button', async () => {
    const { root } = await render(docs());
    await vi.waitFor(() => expect(root.querySelector('section.endpoint')).not.toBeNull());
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const selected = () => root.querySelector('[role="tab"][aria-selected="true"]')?.textContent;
    (root.querySelector('[role="tab"][aria-selected="true"]') as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(selected()).toBe('@gradio/client'));
    expect(document.activeElement?.textContent).toBe('@gradio/client');
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(selected()).toBe('cURL'));
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(selected()).toBe('gradio-kit/client'));
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(selected()).toBe('cURL'));
    // Tab leaves the tab list (one stop) for the record button, then the recorded call's copy button.
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('record')).toBe(true);
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('copy')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0][0]).toContain(`-d '{"data":["Ada"]}'`);
    const close = vi.fn();
    root.addEventListener('gr-close', close);
    (root.querySelector('button.close') as HTMLElement).focus();
    await userEvent.keyboard(' ');
    expect(close).toHaveBeenCalledTimes(1);
  });
});
