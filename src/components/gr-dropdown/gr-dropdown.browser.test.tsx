import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const choices: [string, string][] = [
  ['Apple', 'apple'],
  ['Banana', 'banana'],
  ['Cherry', 'cherry'],
];

describe('gr-dropdown in Chromium', () => {
  it('has no axe violations, closed and open, single and multiselect', async () => {
    const { root } = await render(
      <div>
        <gr-dropdown label="Fruit" choices={choices} value="banana" info="Pick one" />
        <gr-dropdown label="Fruits" choices={choices} multiselect value={['apple', 'cherry']} />
        <gr-dropdown label="Static" choices={choices} value="apple" interactive={false} />
        <gr-dropdown label="Pick only" choices={choices} filterable={false} showLabel={false} />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
    await userEvent.click(root.querySelector('gr-dropdown input')!);
    expect(root.querySelector('[role=listbox]:not([hidden])')).not.toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('the open list is not clipped by a block or panel with overflow hidden, also inside a contained box', async () => {
    const many: [string, string][] = Array.from({ length: 12 }, (_, i) => [`Option ${i}`, `o${i}`]);
    const { root } = await render(
      <div style={{ contain: 'layout', marginTop: '40px' }}>
        <div class="clip" style={{ overflow: 'hidden', height: '90px', border: '1px solid' }}>
          <gr-dropdown label="Clipped?" choices={many} />
        </div>
      </div>,
    );
    const clip = root.querySelector('.clip') as HTMLElement;
    await userEvent.click(root.querySelector('gr-dropdown input')!);
    const list = root.querySelector('[role=listbox]') as HTMLElement;
    await expect.poll(() => list.hidden).toBe(false);
    const box = root.querySelector('gr-dropdown .wrap')!.getBoundingClientRect();
    const shown = list.getBoundingClientRect();
    // It opens right under its box, reaches past the clipping panel, and is what the pointer hits there.
    expect(Math.abs(shown.top - (box.bottom + 4))).toBeLessThan(2);
    expect(Math.abs(shown.left - box.left)).toBeLessThan(2);
    expect(shown.bottom).toBeGreaterThan(clip.getBoundingClientRect().bottom + 50);
    const hit = document.elementFromPoint(shown.left + 10, shown.bottom - 10);
    expect(list.contains(hit)).toBe(true);
  });

  it('keyboard only: Tab, type to filter, ArrowDown, Enter', async () => {
    const { root } = await render(<gr-dropdown label="Fruit" choices={choices} />);
    const changes: unknown[] = [];
    root.addEventListener('gr-change', (event) => changes.push((event as CustomEvent).detail));
    await userEvent.tab();
    const input = root.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    // Stencil renders on the next frame: each check waits for the DOM to show the state.
    await vi.waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('rr');
    await vi.waitFor(() => expect(Array.from(root.querySelectorAll('[role=option]')).map((o) => o.textContent)).toEqual(['Cherry']));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect((root as HTMLGrDropdownElement).value).toBe('cherry'));
    await vi.waitFor(() => expect(input.value).toBe('Cherry'));
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await vi.waitFor(() => expect((root as HTMLGrDropdownElement).value).toBe('apple'));
    await userEvent.keyboard('{ArrowDown}{Escape}');
    await vi.waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('false'));
    expect(changes).toEqual(['cherry', 'apple']);
  });

  it('mouse: clicking opens the list and an option selects it', async () => {
    const { root } = await render(<gr-dropdown label="Fruit" choices={choices} value="apple" />);
    await userEvent.click(root.querySelector('input')!);
    await userEvent.click(root.querySelectorAll('[role=option]')[1]);
    expect((root as HTMLGrDropdownElement).value).toBe('banana');
    expect(root.querySelector('[role=listbox]')?.hasAttribute('hidden')).toBe(true);
  });

  it('multiselect with the keyboard: Enter adds, Backspace removes the last token', async () => {
    const { root } = await render(<gr-dropdown label="Fruits" choices={choices} multiselect value={[]} />);
    await userEvent.click(root.querySelector('input')!);
    await userEvent.keyboard('{ArrowDown}{Enter}{ArrowDown}{ArrowDown}{Enter}');
    expect((root as HTMLGrDropdownElement).value).toEqual(['apple', 'cherry']);
    expect(Array.from(root.querySelectorAll('.token span')).map((t) => t.textContent)).toEqual(['Apple', 'Cherry']);
    await userEvent.keyboard('{Backspace}');
    expect((root as HTMLGrDropdownElement).value).toEqual(['apple']);
    await userEvent.click(root.querySelector('.token-remove')!);
    expect((root as HTMLGrDropdownElement).value).toEqual([]);
  });

  it('allow_custom_value keeps typed text when leaving the input', async () => {
    const { root } = await render(
      <div>
        <gr-dropdown label="Fruit" choices={choices} allowCustomValue />
        <gr-dropdown label="Other" choices={choices} />
      </div>,
    );
    const first = root.querySelector('gr-dropdown') as HTMLGrDropdownElement;
    await userEvent.click(first.querySelector('input')!);
    await userEvent.keyboard('Mango');
    await userEvent.tab();
    expect(first.value).toBe('Mango');
    expect(first.querySelector('input')!.value).toBe('Mango');
  });
});
