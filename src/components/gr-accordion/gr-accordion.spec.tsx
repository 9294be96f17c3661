import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

describe('gr-accordion', () => {
  it('renders an open block with a header button (Gradio default open=true)', async () => {
    const { root } = await render(
      <gr-accordion label="Settings">
        <p>inside</p>
      </gr-accordion>,
    );
    const button = root.querySelector('button.label-wrap');
    expect(button?.textContent).toContain('Settings');
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(button?.getAttribute('type')).toBe('button');
    expect(root.classList.contains('open')).toBe(true);
    expect(root.classList.contains('gr-accordion')).toBe(true);
    expect(root.querySelector('p')?.textContent).toBe('inside');
  });

  it('toggles on click, updating `open`, emitting gr-collapse then gr-expand', async () => {
    const { root, waitForChanges } = await render(
      <gr-accordion label="More">
        <p>inside</p>
      </gr-accordion>,
    );
    const events: string[] = [];
    root.addEventListener('gr-expand', (event) => events.push(`${event.type}:${event.bubbles}:${event.composed}`));
    root.addEventListener('gr-collapse', (event) => events.push(`${event.type}:${event.bubbles}:${event.composed}`));
    const button = root.querySelector('button') as HTMLButtonElement;
    button.click();
    await waitForChanges();
    expect((root as HTMLGrAccordionElement).open).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.classList.contains('open')).toBe(false);
    expect(root.querySelector('p')).not.toBeNull();
    button.click();
    await waitForChanges();
    expect(events).toEqual(['gr-collapse:true:true', 'gr-expand:true:true']);
  });

  it('does not emit when `open` is set; applies elem props and visible', async () => {
    const { root, setProps } = await render(<gr-accordion label="A" open={false} elemId="acc" elemClasses="c" />);
    const listener = vi.fn();
    root.addEventListener('gr-expand', listener);
    root.addEventListener('gr-collapse', listener);
    expect(root.querySelector('button')?.getAttribute('aria-expanded')).toBe('false');
    await setProps({ open: true });
    expect(root.querySelector('button')?.getAttribute('aria-expanded')).toBe('true');
    expect(listener).not.toHaveBeenCalled();
    expect(root.id).toBe('acc');
    expect(root.classList.contains('c')).toBe(true);
    await setProps({ visible: false });
    expect(root.classList.contains('hidden')).toBe(true);
  });
});
