import { describe, expect, h, it, render } from '@stencil/vitest';
import { listen } from '../../../tests/helpers/form-events';

const file = { path: '/tmp/a.png', url: 'http://x/a.png', orig_name: 'a.png' };

describe('gr-simple-image', () => {
  it('renders an upload-only image: drop zone, no source selector, no webcam', async () => {
    const { root } = await render(<gr-simple-image label="Pic" />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('.upload-zone-button')).not.toBeNull();
    expect(root.querySelector('.source-selection, video')).toBeNull();
    expect(root.querySelector('.block-label')?.textContent).toBe('Pic');
  });

  it('shows the value with download (show_download_button) and clear; no fullscreen', async () => {
    const { root, setProps } = await render(<gr-simple-image value={file} />);
    const names = () => Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'));
    expect(root.querySelector('img')?.getAttribute('src')).toBe(file.url);
    expect(names()).toEqual(['Download', 'Clear']);
    await setProps({ showDownloadButton: false });
    expect(names()).toEqual(['Clear']);
  });

  it("clear is reported as this element's gr-clear and gr-change(null), without the inner gr-input", async () => {
    const { root, waitForChanges } = await render(<gr-simple-image value={file} />);
    const calls = listen(root, ['gr-clear', 'gr-change', 'gr-input']);
    const targets: EventTarget[] = [];
    root.addEventListener('gr-change', (e) => targets.push(e.target!));
    (root.querySelector('[aria-label="Clear"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(calls).toEqual([
      ['gr-clear', null],
      ['gr-change', null],
    ]);
    expect(targets).toEqual([root]);
    expect((root as HTMLGrSimpleImageElement).value).toBeNull();
  });
});
