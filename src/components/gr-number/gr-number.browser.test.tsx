import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-number in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-number label="Age" value={30} info="Years" />
        <gr-number label="Empty" placeholder="Type a number" />
        <gr-number label="Static" value={3} interactive={false} />
        <gr-number label="Hidden label" showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('real typing, arrow keys and Enter', async () => {
    const { root } = await render(<gr-number label="Count" step={2} />);
    const changes: unknown[] = [];
    const submit = vi.fn();
    root.addEventListener('gr-change', (event) => changes.push((event as CustomEvent).detail));
    root.addEventListener('gr-submit', submit);
    await userEvent.tab();
    const input = root.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    await userEvent.keyboard('12');
    expect((root as HTMLGrNumberElement).value).toBe(12);
    await userEvent.keyboard('{ArrowUp}');
    expect((root as HTMLGrNumberElement).value).toBe(14);
    await userEvent.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(changes).toEqual([1, 12, 14]);
  });

  it('typing a decimal with precision 0 sends integers and keeps the typed text until blur', async () => {
    const { root } = await render(
      <div>
        <gr-number label="Int" precision={0} />
        <gr-number label="Other" />
      </div>,
    );
    const [first] = Array.from(root.querySelectorAll('gr-number')) as HTMLGrNumberElement[];
    const input = first.querySelector('input')!;
    await userEvent.type(input, '2.6');
    expect(input.value).toBe('2.6');
    expect(first.value).toBe(3);
    await userEvent.tab();
    expect(input.value).toBe('3');
  });
});
