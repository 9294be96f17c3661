import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const choices: [string, string][] = [
  ['Red', 'r'],
  ['Green', 'g'],
  ['Blue', 'b'],
];

describe('gr-checkbox-group in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-checkbox-group label="Colours" choices={choices} value={['g']} info="Pick any" />
        <gr-checkbox-group label="Static" choices={choices} value={['r']} interactive={false} />
        <gr-checkbox-group label="Hidden title" choices={choices} showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('clicks and keyboard (Tab, Space, Enter) toggle choices', async () => {
    const { root } = await render(<gr-checkbox-group label="Colours" choices={choices} />);
    const selects: unknown[] = [];
    root.addEventListener('gr-select', (event) => selects.push((event as CustomEvent).detail));
    await userEvent.click(root.querySelectorAll('label.choice')[2]);
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual(['b']);
    (root.querySelectorAll('input')[0] as HTMLInputElement).focus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual(['b', 'r', 'g']);
    await userEvent.keyboard(' ');
    expect((root as HTMLGrCheckboxGroupElement).value).toEqual(['b', 'r']);
    expect(selects.at(-1)).toEqual({ index: 1, value: 'g', selected: false });
    expect(root.querySelectorAll('label.choice')[0].classList.contains('selected')).toBe(true);
  });
});
