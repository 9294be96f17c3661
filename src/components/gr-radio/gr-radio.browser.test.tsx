import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const choices: [string, string][] = [
  ['Cat', 'cat'],
  ['Dog', 'dog'],
  ['Fish', 'fish'],
];

describe('gr-radio in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-radio label="Pet" choices={choices} value="dog" info="Only one" />
        <gr-radio label="Static" choices={choices} value="cat" interactive={false} />
        <gr-radio label="Hidden title" choices={choices} showLabel={false} rtl />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a click picks; the arrow keys move the selection', async () => {
    const { root } = await render(<gr-radio label="Pet" choices={choices} />);
    const changes: unknown[] = [];
    root.addEventListener('gr-change', (event) => changes.push((event as CustomEvent).detail));
    await userEvent.click(root.querySelectorAll('label.choice')[0]);
    expect((root as HTMLGrRadioElement).value).toBe('cat');
    await userEvent.keyboard('{ArrowDown}');
    expect((root as HTMLGrRadioElement).value).toBe('dog');
    await userEvent.keyboard('{ArrowRight}');
    expect((root as HTMLGrRadioElement).value).toBe('fish');
    expect(changes).toEqual(['cat', 'dog', 'fish']);
    expect(root.querySelectorAll('label.choice')[2].classList.contains('selected')).toBe(true);
  });

  it('Tab enters the group at the selected radio', async () => {
    const { root } = await render(<gr-radio label="Pet" choices={choices} value="fish" />);
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelectorAll('input')[2]);
  });
});
