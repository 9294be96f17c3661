import { describe, expect, h, it, render } from '@stencil/vitest';
import { listen } from '../../../tests/helpers/form-events';

const left = { path: '/tmp/l.png', url: 'http://x/l.png', orig_name: 'l.png' };
const right = { path: '/tmp/r.png', url: 'http://x/r.png', orig_name: 'r.png' };

describe('gr-image-slider', () => {
  it('renders two drop zones when empty and interactive', async () => {
    const { root } = await render(<gr-image-slider />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Image Slider');
    expect(Array.from(root.querySelectorAll('.upload-zone-main')).map((e) => e.textContent)).toEqual(['Drop Left Image Here', 'Drop Right Image Here']);
    expect(root.querySelector('[role=slider]')).toBeNull();
  });

  it('shows both images with the divider at slider_position; the left image is clipped there', async () => {
    const { root, setProps } = await render(<gr-image-slider value={[left, right]} sliderPosition={30} interactive={false} />);
    const slider = root.querySelector('[role=slider]') as HTMLElement;
    expect(slider.getAttribute('aria-valuenow')).toBe('30');
    expect(slider.style.left).toBe('30%');
    const leftImg = root.querySelector('img.side-left') as HTMLImageElement;
    expect(leftImg.getAttribute('src')).toBe(left.url);
    expect(leftImg.style.getPropertyValue('clip-path')).toBe('inset(0 70% 0 0)');
    expect(root.querySelector('img.side-right')?.getAttribute('src')).toBe(right.url);
    expect(Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'))).toEqual(['Download', 'Fullscreen']);
    await setProps({ sliderPosition: 250 });
    expect(root.querySelector('[role=slider]')?.getAttribute('aria-valuenow')).toBe('100');
  });

  it('keyboard moves the divider: arrows 1 %, Page keys 10 %, Home and End; no events', async () => {
    const { root, waitForChanges } = await render(<gr-image-slider value={[left, right]} />);
    const calls = listen(root, ['gr-change', 'gr-input']);
    const press = async (key: string) => {
      root.querySelector('[role=slider]')?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await waitForChanges();
      return Number(root.querySelector('[role=slider]')?.getAttribute('aria-valuenow'));
    };
    expect(await press('ArrowRight')).toBe(51);
    expect(await press('PageDown')).toBe(41);
    expect(await press('Home')).toBe(0);
    expect(await press('ArrowLeft')).toBe(0);
    expect(await press('End')).toBe(100);
    expect(calls).toEqual([]);
  });

  it('one image set: its picture and a drop zone for the other; Clear empties and emits', async () => {
    const { root, waitForChanges } = await render(<gr-image-slider value={[left, null]} />);
    expect(root.querySelector('img.side-left')?.getAttribute('style') ?? '').not.toContain('clip-path');
    expect(Array.from(root.querySelectorAll('.upload-zone-main')).map((e) => e.textContent)).toEqual(['Drop Right Image Here']);
    const calls = listen(root, ['gr-clear', 'gr-change', 'gr-input']);
    (root.querySelector('[aria-label="Clear"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(calls).toEqual([
      ['gr-clear', null],
      ['gr-change', null],
      ['gr-input', null],
    ]);
  });

  it('a script URL is a message, not an image', async () => {
    const { root } = await render(<gr-image-slider interactive={false} value={[{ path: 'x', url: 'javascript:alert(1)' }, right]} />);
    expect(root.querySelector('img.side-left')).toBeNull();
    expect(root.querySelector('[role=alert]')?.textContent).toBe("The left image's URL is not allowed.");
  });
});
