import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, settleAnimations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';

const svg = (body: string) => `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${body}</svg>`)}`;
const value = {
  image: { path: 'b.svg', url: svg('<rect width="100" height="50" fill="#ddd"/>') },
  annotations: [
    { image: { path: 'm1.svg', url: svg('<rect x="5" y="5" width="30" height="30" fill="red"/>') }, label: 'one' },
    { image: { path: 'm2.svg', url: svg('<rect x="60" y="5" width="30" height="30" fill="red"/>') }, label: 'two' },
  ],
};

describe('gr-annotated-image in Chromium', () => {
  it('has no axe violations, light and dark', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-annotated-image label="Boxes" value={value} />
          <gr-annotated-image label="Empty" />
        </div>,
      );
      applyTheme(root, 'default', { mode });
      await settleAnimations();
      expect(await axeViolations(root)).toEqual([]);
      root.remove();
    }
  });

  it('keyboard: Tab to a legend entry highlights its mask; Enter selects it', async () => {
    const { root } = await render(<gr-annotated-image label="Boxes" value={value} buttons={[]} />);
    const selected: unknown[] = [];
    root.addEventListener('gr-select', (e) => selected.push((e as CustomEvent).detail));
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('two');
    await vi.waitFor(() => expect(getComputedStyle(root.querySelectorAll('img.mask')[0]).opacity).toBe('0.1'));
    await userEvent.keyboard('{Enter}');
    expect(selected).toEqual([{ index: 1, value: 'two' }]);
  });

  it('a mask that fails to load is named in a message; the rest still shows', async () => {
    const broken = URL.createObjectURL(new Blob(['nope'], { type: 'image/png' }));
    const { root } = await render(
      <gr-annotated-image label="Boxes" value={{ ...value, annotations: [value.annotations[0], { image: { path: 'x', url: broken }, label: 'lost' }] }} />,
    );
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe('One mask could not be shown (lost).'));
    expect(root.querySelectorAll('img.mask')).toHaveLength(1);
  });
});
