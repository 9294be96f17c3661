import { describe, expect, h, it, render } from '@stencil/vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

const box = (el: Element | null) => (el as HTMLElement).getBoundingClientRect();

describe('gr-row in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-row>
          <gr-button value="A" />
        </gr-row>
        <gr-row variant="panel" equalHeight>
          <gr-button value="B" />
        </gr-row>
        <gr-row variant="compact">
          <gr-button value="C" />
        </gr-row>
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('shares the width by scale, --layout-gap apart', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '616px' }}>
        <gr-row>
          <gr-block scale={2}>a</gr-block>
          <gr-block scale={1}>b</gr-block>
        </gr-row>
      </div>,
    );
    const [a, b] = Array.from(root.querySelectorAll('gr-block')).map(box);
    expect(a.width).toBeCloseTo(400, 0);
    expect(b.width).toBeCloseTo(200, 0);
    expect(b.left - a.right).toBeCloseTo(16, 0);
    expect(a.top).toBe(b.top);
  });

  it('wraps children onto a new line when their min widths do not fit', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '400px' }}>
        <gr-row>
          <gr-column minWidth={250}>
            <p>one</p>
          </gr-column>
          <gr-column minWidth={250}>
            <p>two</p>
          </gr-column>
        </gr-row>
      </div>,
    );
    const [one, two] = Array.from(root.querySelectorAll('gr-column')).map(box);
    expect(two.top).toBeGreaterThanOrEqual(one.bottom);
    expect(one.width).toBeCloseTo(400, 0);
  });

  it('equal_height stretches children and the children of its columns; visible=false hides it', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '600px' }}>
        <gr-row equalHeight>
          <gr-column minWidth={100}>
            <gr-block>short</gr-block>
          </gr-column>
          <gr-block height={300}>tall</gr-block>
        </gr-row>
        <gr-row visible={false}>
          <gr-block>gone</gr-block>
        </gr-row>
      </div>,
    );
    const column = box(root.querySelector('gr-column'));
    const inner = box(root.querySelector('gr-column gr-block'));
    expect(column.height).toBeCloseTo(300, 0);
    expect(inner.height).toBeCloseTo(300, 0);
    const hidden = root.querySelectorAll('gr-row')[1] as HTMLElement;
    expect(getComputedStyle(hidden).display).toBe('none');
  });

  it('without equal_height, children keep their own heights', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '600px' }}>
        <gr-row>
          <gr-column minWidth={100}>
            <gr-block>short</gr-block>
          </gr-column>
          <gr-block height={300}>tall</gr-block>
        </gr-row>
      </div>,
    );
    expect(box(root.querySelector('gr-column gr-block')).height).toBeLessThan(100);
  });
});
