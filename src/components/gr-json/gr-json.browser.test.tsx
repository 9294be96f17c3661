import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const value = { model: 'resnet', layers: [64, 128, 256], config: { optimizer: { name: 'adam', lr: { base: 0.001 } } } };

describe('gr-json in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-json value={value} />
        <gr-json value={value} open showIndices />
        <gr-json value={null} label="Empty" />
        <gr-json value="text" showLabel={false} container={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('expands and collapses with the keyboard', async () => {
    const { root } = await render(<gr-json value={value} buttons={[]} />);
    const toggles = () => Array.from(root.querySelectorAll('.toggle')) as HTMLButtonElement[];
    await userEvent.tab();
    expect(document.activeElement).toBe(toggles()[0]);
    await userEvent.tab(); // "layers"
    await userEvent.keyboard('{Enter}');
    expect(toggles()[1].getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard(' ');
    expect(toggles()[1].getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowLeft}');
    expect(toggles()[1].getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{ArrowRight}');
    expect(toggles()[1].getAttribute('aria-expanded')).toBe('true');
    // The level-3 node ("lr") starts collapsed; expanding it shows its content.
    expect(root.textContent).not.toContain('"base"');
    const lr = toggles().find((t) => t.getAttribute('aria-label')?.startsWith('Expand lr')) as HTMLButtonElement;
    lr.focus();
    await userEvent.keyboard('{Enter}');
    expect(root.textContent).toContain('"base"');
  });
});
