import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';
import type { UploadFunction } from '../../utils/upload';

describe('gr-upload-button in Chromium', () => {
  it('has no axe violations, light and dark, also with a message', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-upload-button />
          <gr-upload-button label="Images" fileTypes={['image']} />
          <gr-upload-button label="Off" interactive={false} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      const second = root.querySelectorAll('gr-upload-button')[1];
      await userEvent.upload(second.querySelector('input[type=file]') as HTMLInputElement, new File(['x'], 'a.txt', { type: 'text/plain' }));
      await vi.waitFor(() => expect(second.querySelector('.upload-message')?.textContent).toContain('a.txt'));
      // Colours animate to the theme's (button transitions): check the settled page.
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('Enter on the button emits gr-click and opens the chooser; chosen files upload: gr-upload, gr-change', async () => {
    const { root } = await render(<gr-upload-button fileCount="multiple" />);
    const events: Array<[string, unknown]> = [];
    for (const name of ['gr-click', 'gr-upload', 'gr-change']) root.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    const opened = vi.fn();
    input.addEventListener('click', (e) => {
      opened();
      e.preventDefault();
    });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(events[0]).toEqual(['gr-click', null]);
    expect(opened).toHaveBeenCalledTimes(1);
    await userEvent.upload(input, [new File(['1'], 'a.txt'), new File(['22'], 'b.txt')]);
    await vi.waitFor(() => expect(events.map(([n]) => n)).toEqual(['gr-click', 'gr-upload', 'gr-change']));
    expect((events[1][1] as Array<{ orig_name: string }>).map((f) => f.orig_name)).toEqual(['a.txt', 'b.txt']);
  });

  it('shows progress and disables the button while uploading; Cancel aborts', async () => {
    const { root } = await render(<gr-upload-button />);
    let aborted = false;
    (root as HTMLGrUploadButtonElement).upload = ((files, options) =>
      new Promise((_resolve, reject) => {
        options?.onProgress?.({ name: files[0].name, loaded: 25, total: 100 });
        options?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      })) as UploadFunction;
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, new File([new Uint8Array(100)], 'slow.bin'));
    await vi.waitFor(() => expect(root.querySelector('.upload-progress-percent')?.textContent).toBe('25%'));
    expect((root.querySelector('gr-button') as HTMLGrButtonElement).interactive).toBe(false);
    (root.querySelector('.upload-cancel') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toBe('Upload cancelled.'));
    expect(aborted).toBe(true);
    expect((root.querySelector('gr-button') as HTMLGrButtonElement).interactive).toBe(true);
  });
});
