import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { limit } from '../../../tests/helpers/limits.ts';

describe('gr-timer, gr-state and gr-browser-state in Chromium', () => {
  it('have no axe violations and take no space', async () => {
    const { root } = await render(
      <div>
        <gr-timer value={60} />
        <gr-state value={{ a: 1 }} />
        <gr-browser-state storageKey="gr-browser-test" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
    for (const el of Array.from(root.children)) expect(getComputedStyle(el).display).toBe('none');
  });

  it('a real timer ticks on a real clock', async () => {
    const { root } = await render(<gr-timer value={0.05} />);
    let ticks = 0;
    root.addEventListener('gr-tick', () => {
      ticks += 1;
    });
    // Two ticks come (however late a loaded machine runs them); removed, it stops.
    await vi.waitFor(() => expect(ticks).toBeGreaterThanOrEqual(2), { timeout: limit(10_000) });
    root.remove();
  });

  it('browser state survives a re-mount through localStorage', async () => {
    localStorage.removeItem('gr-browser-test-2');
    const first = await render(<gr-browser-state storageKey="gr-browser-test-2" defaultValue="none" />);
    expect((first.root as HTMLGrBrowserStateElement).value).toBe('none');
    (first.root as HTMLGrBrowserStateElement).value = { kept: true };
    await first.waitForChanges();
    first.unmount();
    const second = await render(<gr-browser-state storageKey="gr-browser-test-2" defaultValue="none" />);
    expect((second.root as HTMLGrBrowserStateElement).value).toEqual({ kept: true });
    localStorage.removeItem('gr-browser-test-2');
  });
});
