import { describe, expect, h, it, render } from '@stencil/vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-group in Chromium', () => {
  it('has no axe violations', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <gr-group>
        <gr-button value="One" />
        <gr-button value="Two" />
      </gr-group>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('joins its children with 1px separators and removes their borders and radii', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '400px' }}>
        <gr-group>
          <gr-block>a</gr-block>
          <gr-block>b</gr-block>
        </gr-group>
      </div>,
    );
    const blocks = Array.from(root.querySelectorAll('gr-block'));
    const [a, b] = blocks.map((el) => el.getBoundingClientRect());
    expect(b.top - a.bottom).toBeCloseTo(1, 0);
    const inner = getComputedStyle(blocks[0].querySelector('.block') as HTMLElement);
    expect(inner.borderTopWidth).toBe('0px');
    expect(inner.borderTopLeftRadius).toBe('0px');
    const group = getComputedStyle(root.querySelector('gr-group') as HTMLElement);
    expect(group.borderTopLeftRadius).toBe('4px');
    expect(group.borderTopWidth).toBe('1px');
  });

  it('Tab moves through the grouped controls in order', async () => {
    const { userEvent } = await import('vitest/browser');
    const { root } = await render(
      <gr-group>
        <gr-button value="One" />
        <gr-button value="Two" />
      </gr-group>,
    );
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('One');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Two');
    expect(root.querySelectorAll('button').length).toBe(2);
  });
});
