import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

describe('gr-textbox in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-textbox label="Name" placeholder="Your name" />
        <gr-textbox label="Story" lines={4} info="A few lines" value="Once upon a time" />
        <gr-textbox label="Secret" type="password" />
        <gr-textbox label="Mail" type="email" showLabel={false} />
        <gr-textbox label="Output" interactive={false} value="Result" showCopyButton />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('real typing updates value and emits gr-input per keystroke; Enter submits', async () => {
    const { root } = await render(<gr-textbox label="Prompt" />);
    const inputs: string[] = [];
    const submit = vi.fn();
    root.addEventListener('gr-input', (event) => inputs.push((event as CustomEvent<string>).detail));
    root.addEventListener('gr-submit', submit);
    await userEvent.tab();
    const area = root.querySelector('textarea')!;
    expect(document.activeElement).toBe(area);
    await userEvent.keyboard('hi{Enter}');
    expect(inputs).toEqual(['h', 'hi']);
    expect((root as HTMLGrTextboxElement).value).toBe('hi');
    expect(submit).toHaveBeenCalledTimes(1);
    expect(area.value).toBe('hi');
    // Shift+Enter adds a newline in a growing one-line box.
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}x');
    expect(area.value).toBe('hi\nx');
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('multi-line: Enter inserts a newline, Shift+Enter submits', async () => {
    const { root } = await render(<gr-textbox label="Essay" lines={3} />);
    const submit = vi.fn();
    root.addEventListener('gr-submit', submit);
    await userEvent.click(root.querySelector('textarea')!);
    await userEvent.keyboard('a{Enter}b');
    expect((root as HTMLGrTextboxElement).value).toBe('a\nb');
    expect(submit).not.toHaveBeenCalled();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('grows between lines and max_lines rows', async () => {
    const { root } = await render(<gr-textbox label="Grow" lines={2} maxLines={4} />);
    const area = root.querySelector('textarea')!;
    const start = area.offsetHeight;
    await userEvent.click(area);
    await userEvent.keyboard('1{Enter}2{Enter}3{Enter}');
    const grown = area.offsetHeight;
    expect(grown).toBeGreaterThan(start);
    await userEvent.keyboard('4{Enter}5{Enter}6{Enter}7');
    expect(area.offsetHeight).toBeGreaterThanOrEqual(grown);
    expect(area.offsetHeight).toBeLessThan(start * 2.5);
  });

  it('single line with max_lines=1 is an <input>; max_length stops typing', async () => {
    const { root } = await render(<gr-textbox label="Code" maxLines={1} maxLength={3} />);
    const input = root.querySelector('input')!;
    await userEvent.type(input, 'abcdef');
    expect(input.value).toBe('abc');
    expect((root as HTMLGrTextboxElement).value).toBe('abc');
  });

  it('emits gr-select when the user selects text', async () => {
    const { root } = await render(<gr-textbox label="Sel" maxLines={1} value="hello world" />);
    const selections: unknown[] = [];
    root.addEventListener('gr-select', (event) => selections.push((event as CustomEvent).detail));
    const input = root.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('{End}{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(selections.at(-1)).toEqual({ index: [9, 11], value: 'ld' });
  });

  it('a static textbox is disabled and skipped by Tab', async () => {
    const { root } = await render(
      <div>
        <gr-textbox label="Out" interactive={false} value="x" />
        <gr-textbox label="In" />
      </div>,
    );
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelectorAll('textarea')[1]);
  });
});
