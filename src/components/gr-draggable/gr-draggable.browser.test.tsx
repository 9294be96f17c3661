import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';
import { applyTheme } from '../../themes';

const shown = (root: HTMLElement) =>
  Array.from(root.querySelectorAll<HTMLElement>('.item'))
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((el) => el.textContent);

const threeItems = () => (
  <gr-draggable>
    <div class="item">A</div>
    <div class="item">B</div>
    <div class="item">C</div>
  </gr-draggable>
);

describe('gr-draggable in Chromium', () => {
  it('has no axe violations', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <gr-draggable>
        <div class="item">A</div>
        <div class="item">B</div>
      </gr-draggable>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no axe violations in dark mode', async () => {
    const { root } = await render(<div class="dark-frame"><gr-draggable><div class="item">A</div></gr-draggable></div>);
    applyTheme(root, 'default', { mode: 'dark' });
    root.style.background = 'var(--background-fill-primary)';
    expect(await axeViolations(root)).toEqual([]);
  });

  it('keyboard: Tab to a child, Alt+ArrowDown moves it down on screen', async () => {
    const { root } = await render(threeItems());
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('A');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await vi.waitFor(() => expect(shown(root)).toEqual(['B', 'A', 'C']));
    expect(document.activeElement?.textContent).toBe('A');
  });

  it('mouse: dragging a child onto another moves it there', async () => {
    const { root } = await render(threeItems());
    const [a, , c] = Array.from(root.querySelectorAll<HTMLElement>('.item'));
    await userEvent.dragAndDrop(a, c);
    await vi.waitFor(() => expect(shown(root)).toEqual(['B', 'C', 'A']));
  });
});
