import { describe, expect, h, it, render } from '@stencil/vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

const box = (el: Element) => (el as HTMLElement).getBoundingClientRect();

describe('gr-column in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-column>
          <gr-button value="A" />
        </gr-column>
        <gr-column variant="panel">
          <gr-button value="B" />
        </gr-column>
        <gr-column variant="compact">
          <gr-button value="C" />
        </gr-column>
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('stacks its children at full width, --layout-gap apart', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ width: '500px' }}>
        <gr-column>
          <gr-block>a</gr-block>
          <gr-block>b</gr-block>
        </gr-column>
      </div>,
    );
    const [a, b] = Array.from(root.querySelectorAll('gr-block')).map(box);
    expect(a.width).toBeCloseTo(500, 0);
    expect(b.width).toBeCloseTo(500, 0);
    expect(b.top - a.bottom).toBeCloseTo(16, 0);
  });

  it('columns in a row share its width by scale; visible=false hides one', async () => {
    applyDefaultTheme();
    const { root, setProps } = await render(
      <div style={{ width: '916px' }}>
        <gr-row>
          <gr-column scale={2} minWidth={100}>
            <gr-block>a</gr-block>
          </gr-column>
          <gr-column minWidth={100}>
            <gr-block>b</gr-block>
          </gr-column>
        </gr-row>
      </div>,
    );
    const columns = Array.from(root.querySelectorAll('gr-column'));
    expect(box(columns[0]).width).toBeCloseTo(600, 0);
    expect(box(columns[1]).width).toBeCloseTo(300, 0);
    columns[1].visible = false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await setProps({});
    expect(getComputedStyle(columns[1]).display).toBe('none');
    expect(box(columns[0]).width).toBeCloseTo(916, 0);
  });
});
