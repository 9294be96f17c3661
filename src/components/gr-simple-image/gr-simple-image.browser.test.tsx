import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';

const png = () =>
  new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], 'dot.png', {
    type: 'image/png',
  });

describe('gr-simple-image in Chromium', () => {
  it('has no axe violations, light and dark', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-simple-image label="In" />
          <gr-simple-image label="Out" interactive={false} value={{ path: 'a', url: URL.createObjectURL(png()) }} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('an uploaded image becomes its value with gr-upload and gr-change from the simple image; Tab reaches the zone', async () => {
    const { root } = await render(<gr-simple-image label="In" />);
    const events: Array<[string, EventTarget | null]> = [];
    for (const name of ['gr-upload', 'gr-change', 'gr-input']) root.addEventListener(name, (e) => events.push([name, e.target]));
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('upload-zone-button')).toBe(true);
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, png());
    await vi.waitFor(() => expect(events).toEqual([['gr-upload', root], ['gr-change', root]]));
    expect((root as HTMLGrSimpleImageElement).value).toMatchObject({ orig_name: 'dot.png' });
  });
});
