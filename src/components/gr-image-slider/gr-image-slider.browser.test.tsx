import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';

async function png(color: string, name: string): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 200;
  canvas.height = 100;
  const context = canvas.getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 200, 100);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

const valueNow = (root: Element) => Number(root.querySelector('[role=slider]')?.getAttribute('aria-valuenow'));

describe('gr-image-slider in Chromium', () => {
  it('has no axe violations, light and dark', async () => {
    const l = URL.createObjectURL(await png('#f00', 'l.png'));
    const r = URL.createObjectURL(await png('#00f', 'r.png'));
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-image-slider label="Compare" />
          <gr-image-slider label="Result" interactive={false} value={[{ path: 'l', url: l }, { path: 'r', url: r }]} />
          <gr-image-slider label="Half" value={[{ path: 'l', url: l }, null]} />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('dragging the divider and clicking move it; Tab then arrow keys too', async () => {
    const l = URL.createObjectURL(await png('#f00', 'l.png'));
    const r = URL.createObjectURL(await png('#00f', 'r.png'));
    const { root } = await render(<gr-image-slider label="Compare" interactive={false} value={[{ path: 'l', url: l }, { path: 'r', url: r }]} />);
    const frame = root.querySelector('.slider-frame') as HTMLElement;
    const box = frame.getBoundingClientRect();
    const at = (fraction: number) => ({ clientX: box.left + box.width * fraction, clientY: box.top + box.height / 2, bubbles: true, pointerId: 1, button: 0 });
    frame.dispatchEvent(new PointerEvent('pointerdown', at(0.2)));
    await vi.waitFor(() => expect(valueNow(root)).toBeCloseTo(20, 0));
    frame.dispatchEvent(new PointerEvent('pointermove', at(0.75)));
    await vi.waitFor(() => expect(valueNow(root)).toBeCloseTo(75, 0));
    frame.dispatchEvent(new PointerEvent('pointerup', at(0.75)));
    frame.dispatchEvent(new PointerEvent('pointermove', at(0.1)));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(valueNow(root)).toBeCloseTo(75, 0);
    // Tab: the toolbar's Download and Fullscreen, then the divider.
    const stops: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      stops.push(document.activeElement?.getAttribute('aria-label') ?? null);
    }
    expect(stops).toEqual(['Download', 'Fullscreen', 'Compare: divider between the left and right images']);
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}{PageUp}');
    await vi.waitFor(() => expect(valueNow(root)).toBe(12));
    // The left image shows left of the divider only.
    const leftImg = root.querySelector('img.side-left') as HTMLImageElement;
    expect(getComputedStyle(leftImg).clipPath).toBe('inset(0px 88% 0px 0px)');
  });

  it('uploads each side into its own drop zone; then shows the slider', async () => {
    const { root } = await render(<gr-image-slider label="Compare" />);
    const uploads: unknown[] = [];
    root.addEventListener('gr-upload', (e) => uploads.push((e as CustomEvent).detail));
    const inputs = root.querySelectorAll('input[type=file]');
    await userEvent.upload(inputs[1] as HTMLInputElement, await png('#00f', 'right.png'));
    await vi.waitFor(() => expect(uploads).toHaveLength(1));
    expect((root as HTMLGrImageSliderElement).value).toMatchObject([null, { orig_name: 'right.png' }]);
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'notes.txt', { type: 'text/plain' }));
    root.querySelector('.upload-side')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    await vi.waitFor(() => expect(root.querySelector('.upload-message')?.textContent).toContain('notes.txt'));
    await userEvent.upload(root.querySelector('input[type=file]') as HTMLInputElement, await png('#f00', 'left.png'));
    await vi.waitFor(() => expect(root.querySelector('[role=slider]')).not.toBeNull());
    expect((root as HTMLGrImageSliderElement).value).toMatchObject([{ orig_name: 'left.png' }, { orig_name: 'right.png' }]);
  });
});
