import { describe, expect, h, it, render } from '@stencil/vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-blocks-root in Chromium', () => {
  it('has no axe violations', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <gr-blocks-root>
        <gr-row>
          <gr-button value="Run" />
        </gr-row>
      </gr-blocks-root>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('caps its width at the breakpoint max width unless fill_width', async () => {
    applyDefaultTheme();
    const { root, setProps } = await render(<gr-blocks-root />);
    const viewport = window.innerWidth;
    const caps = [1920, 1536, 1280, 1024, 768, 640];
    const expected = caps.find((cap) => viewport >= cap) ?? viewport;
    expect(root.getBoundingClientRect().width).toBeCloseTo(Math.min(expected, viewport), 0);
    expect(getComputedStyle(root).paddingLeft).toBe('32px');
    await setProps({ fillWidth: true });
    expect(root.getBoundingClientRect().width).toBeCloseTo(root.parentElement?.getBoundingClientRect().width ?? 0, 0);
  });

  it('fill_height: top-level children with a scale share the height', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div style={{ height: '600px', display: 'flex', flexDirection: 'column' }}>
        <gr-blocks-root fillHeight>
          <gr-block>fixed</gr-block>
          <gr-row scale={1}>
            <gr-block>grows</gr-block>
          </gr-row>
        </gr-blocks-root>
      </div>,
    );
    const rootBox = root.querySelector('gr-blocks-root')?.getBoundingClientRect();
    const row = root.querySelector('gr-row')?.getBoundingClientRect();
    const fixed = root.querySelector('gr-block')?.getBoundingClientRect();
    expect(rootBox?.height).toBeCloseTo(600, 0);
    expect(fixed?.height).toBeLessThan(100);
    expect(row?.bottom).toBeCloseTo((rootBox?.bottom ?? 0) - 16, 0);
  });
});

describe('gr-blocks-root with a gr-sidebar', () => {
  it('makes room for the open sidebar where it covers the content, and gives it back when closed', async () => {
    const { page } = await import('vitest/browser');
    await page.viewport(1000, 700);
    applyDefaultTheme();
    const { root } = await render(
      <gr-blocks-root>
        <gr-sidebar label="Menu" width={300}>
          <p>menu</p>
        </gr-sidebar>
        <gr-block>page</gr-block>
      </gr-blocks-root>,
    );
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await wait(400);
    expect(window.innerWidth).toBe(1000);
    // The app is 768px wide, centred: 116px left of it, so a 300px sidebar covers 184px of it.
    const block = () => (root.querySelector('gr-block') as HTMLElement).getBoundingClientRect();
    expect(block().left).toBeCloseTo(300 + 32, 0);
    (root.querySelector('gr-sidebar') as HTMLGrSidebarElement).open = false;
    await wait(400);
    expect(block().left).toBeCloseTo(116 + 32, 0);
    await page.viewport(414, 896);
  });
});
