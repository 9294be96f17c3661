import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-date-time in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-date-time label="When" value="2024-05-06 07:08:09" info="Local time" />
        <gr-date-time label="Day" includeTime={false} value="2024-05-06" />
        <gr-date-time label="Static" value="2024-05-06 07:08:09" interactive={false} />
        <gr-date-time label="Bad" value="not a date" showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('real typing then Enter submits the text', async () => {
    const { root } = await render(<gr-date-time label="When" />);
    const submit = vi.fn();
    root.addEventListener('gr-submit', submit);
    await userEvent.tab();
    await userEvent.keyboard('2030-01-02 03:04:05{Enter}');
    expect((root as HTMLGrDateTimeElement).value).toBe('2030-01-02 03:04:05');
    expect(submit).toHaveBeenCalledTimes(1);
    // The picker follows the text and is the next Tab stop.
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('.picker'));
    expect((root.querySelector('.picker') as HTMLInputElement).value).toBe('2030-01-02T03:04:05');
  });
});
