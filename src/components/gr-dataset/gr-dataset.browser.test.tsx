import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('gr-dataset in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-dataset components={['textbox']} samples={[['hello'], ['world']]} />
        <gr-dataset
          components={['textbox', 'image', 'markdown']}
          headers={['Prompt', 'Image', '']}
          samples={[['a cat', { path: 'a.png', url: pixel }, '**bold**']]}
          label="More examples"
        />
        <gr-dataset components={['image']} samples={[[{ path: 'a.png', url: pixel }]]} label="Images" />
        <gr-dataset components={['textbox']} samples={Array.from({ length: 30 }, (_, i) => [`s${i}`])} label="Paged" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('table rows are focusable and chosen with Enter or Space; page buttons with the keyboard', async () => {
    const samples = Array.from({ length: 12 }, (_, i) => [`s${i}`, i]);
    const { root } = await render(<gr-dataset components={['textbox', 'number']} headers={['Text', 'N']} samples={samples} />);
    const select = vi.fn();
    root.addEventListener('gr-select', select);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('s00');
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(select.mock.calls.map((c) => c[0].detail.index)).toEqual([0, 1]);
    (root.querySelector('.paginate button:last-child') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    // The next page renders on the element's next update, which a loaded machine delays.
    await vi.waitFor(() => expect(root.querySelector('tbody tr')?.textContent).toBe('s1010'));
  });

  it('gallery items are buttons', async () => {
    const { root } = await render(<gr-dataset components={['textbox']} samples={[['one'], ['two']]} />);
    const click = vi.fn();
    root.addEventListener('gr-click', click);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(click.mock.calls[0][0].detail).toEqual({ index: 1 });
  });
});
