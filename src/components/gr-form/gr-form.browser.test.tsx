import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

const box = (el: Element) => el.getBoundingClientRect();

describe('gr-form in Chromium', () => {
  it('has no axe violations', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <gr-form>
        <gr-block>
          <label>
            Name <input />
          </label>
        </gr-block>
      </gr-form>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it("follows its parent's direction: side by side in a row, stacked in a column; children lose borders", async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '600px' }}>
        <gr-row>
          <gr-form scale={2} minWidth={320}>
            <gr-block>a</gr-block>
            <gr-block>b</gr-block>
          </gr-form>
        </gr-row>
        <gr-column>
          <gr-form>
            <gr-block>c</gr-block>
            <gr-block>d</gr-block>
          </gr-form>
        </gr-column>
      </div>,
    );
    const [a, b, c, d] = Array.from(root.querySelectorAll('gr-block')).map(box);
    expect(a.top).toBe(b.top);
    expect(b.left).toBeGreaterThan(a.left);
    expect(d.top).toBeGreaterThanOrEqual(c.bottom);
    expect(c.width).toBeCloseTo(d.width, 0);
    const inner = getComputedStyle(root.querySelector('gr-block .block') as HTMLElement);
    expect(inner.borderTopWidth).toBe('0px');
    expect(getComputedStyle(root.querySelector('gr-form') as HTMLElement).borderTopWidth).toBe('1px');
  });
});

describe('gr-form hiding', () => {
  it('hides itself while all its children are hidden, and shows again when one is visible', async () => {
    const { root } = await render(
      <gr-form>
        <gr-block visible={false}>a</gr-block>
        <gr-block visible={false}>b</gr-block>
      </gr-form>,
    );
    // Re-renders land on a later frame; under load that can take a while.
    await vi.waitFor(() => expect(getComputedStyle(root).display).toBe('none'));
    (root.querySelector('gr-block') as HTMLGrBlockElement).visible = true;
    await vi.waitFor(() => expect(getComputedStyle(root).display).toBe('flex'));
  });
});
