import { describe, expect, h, it, render } from '@stencil/vitest';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-tab in Chromium', () => {
  it('has no axe violations inside gr-tabs, and its content is a column', async () => {
    const { root } = await render(
      <gr-tabs>
        <gr-tab label="Only">
          <gr-button value="A" />
          <gr-button value="B" />
        </gr-tab>
      </gr-tabs>,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await axeViolations(root)).toEqual([]);
    const [a, b] = Array.from(root.querySelectorAll('gr-button')).map((el) => el.getBoundingClientRect());
    expect(b.top).toBeGreaterThanOrEqual(a.bottom);
  });
});
