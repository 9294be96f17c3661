import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

describe('gr-sidebar', () => {
  it('renders an open left panel 320px wide with a toggle, as a named complementary landmark', async () => {
    const { root } = await render(
      <gr-sidebar label="Options">
        <p>inside</p>
      </gr-sidebar>,
    );
    expect(root.getAttribute('role')).toBe('complementary');
    expect(root.getAttribute('aria-label')).toBe('Options');
    expect(root.classList.contains('open')).toBe(true);
    expect(root.classList.contains('right')).toBe(false);
    expect(root.style.getPropertyValue('--sidebar-width')).toBe('320px');
    const toggle = root.querySelector('button.toggle-button');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const content = root.querySelector('.sidebar-content');
    expect(toggle?.getAttribute('aria-controls')).toBe(content?.id);
    expect(content?.querySelector('p')?.textContent).toBe('inside');
  });

  it('toggles on click with gr-collapse / gr-expand, not when `open` is set', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-sidebar position="right" width="25vw" />);
    expect(root.classList.contains('right')).toBe(true);
    expect(root.style.getPropertyValue('--sidebar-width')).toBe('25vw');
    const events: string[] = [];
    root.addEventListener('gr-expand', () => events.push('expand'));
    root.addEventListener('gr-collapse', () => events.push('collapse'));
    const toggle = root.querySelector('button') as HTMLButtonElement;
    toggle.click();
    await waitForChanges();
    expect((root as HTMLGrSidebarElement).open).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await waitForChanges();
    expect(events).toEqual(['collapse', 'expand']);
    const listener = vi.fn();
    root.addEventListener('gr-collapse', listener);
    await setProps({ open: false, width: 200 });
    expect(listener).not.toHaveBeenCalled();
    expect(root.classList.contains('open')).toBe(false);
    expect(root.style.getPropertyValue('--sidebar-width')).toBe('200px');
  });
});
