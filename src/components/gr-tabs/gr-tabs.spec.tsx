import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const threeTabs = (selected: string | number | null = null) => (
  <gr-tabs selected={selected}>
    <gr-tab label="One" tabId="one">
      <p>first</p>
    </gr-tab>
    <gr-tab label="Two" tabId="two">
      <p>second</p>
    </gr-tab>
    <gr-tab label="Three" tabId="three" interactive={false}>
      <p>third</p>
    </gr-tab>
  </gr-tabs>
);

describe('gr-tabs and gr-tab', () => {
  it('draws a tab button per tab and shows the first tab by default; others stay in the DOM', async () => {
    const { root, waitForChanges } = await render(threeTabs());
    await settle();
    await waitForChanges();
    const buttons = Array.from(root.querySelectorAll('button[role="tab"]'));
    expect(buttons.map((b) => b.textContent)).toEqual(['One', 'Two', 'Three']);
    expect(root.querySelector('[role="tablist"]')).not.toBeNull();
    expect(buttons[0].getAttribute('aria-selected')).toBe('true');
    expect(buttons[1].getAttribute('aria-selected')).toBe('false');
    expect((buttons[2] as HTMLButtonElement).disabled).toBe(true);
    const panels = Array.from(root.querySelectorAll('gr-tab'));
    expect(panels.map((p) => p.classList.contains('active'))).toEqual([true, false, false]);
    expect(panels[1].querySelector('p')?.textContent).toBe('second');
    expect(panels[0].getAttribute('role')).toBe('tabpanel');
    expect(buttons[0].getAttribute('aria-controls')).toBe(panels[0].id);
    expect(panels[0].getAttribute('aria-labelledby')).toBe(buttons[0].id);
  });

  it('selects by `selected` (tab id) without emitting events', async () => {
    const { root, setProps, waitForChanges } = await render(threeTabs('two'));
    const listener = vi.fn();
    root.addEventListener('gr-change', listener);
    root.addEventListener('gr-select', listener);
    await settle();
    await waitForChanges();
    const panels = () => Array.from(root.querySelectorAll('gr-tab')).map((p) => p.classList.contains('active'));
    expect(panels()).toEqual([false, true, false]);
    await setProps({ selected: 'one' });
    expect(panels()).toEqual([true, false, false]);
    await setProps({ selected: 'nope' });
    expect(panels()).toEqual([true, false, false]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('a click emits the tab gr-select, then gr-tabs gr-select and gr-change, and updates `selected`', async () => {
    const { root, waitForChanges } = await render(threeTabs());
    await settle();
    await waitForChanges();
    const calls: string[] = [];
    const details: unknown[] = [];
    root.addEventListener('gr-select', (event) => {
      calls.push(`select:${(event.target as Element).tagName.toLowerCase()}`);
      details.push((event as CustomEvent).detail);
    });
    root.addEventListener('gr-change', (event) => calls.push(`change:${JSON.stringify((event as CustomEvent).detail)}`));
    (root.querySelectorAll('button[role="tab"]')[1] as HTMLButtonElement).click();
    await waitForChanges();
    expect(calls).toEqual(['select:gr-tab', 'select:gr-tabs', 'change:{"selected":"two"}']);
    expect(details[1]).toEqual({ index: 1, value: 'Two', selected: true, id: 'two' });
    expect((root as HTMLGrTabsElement).selected).toBe('two');
    expect(root.querySelectorAll('gr-tab')[1].classList.contains('active')).toBe(true);
    // Clicking the selected tab again selects (gr-select) but does not change.
    calls.length = 0;
    (root.querySelectorAll('button[role="tab"]')[1] as HTMLButtonElement).click();
    expect(calls).toEqual(['select:gr-tab', 'select:gr-tabs']);
  });

  it('hides invisible tabs (no button) and follows tab prop changes', async () => {
    const { root, waitForChanges } = await render(threeTabs());
    await settle();
    await waitForChanges();
    const tabs = root.querySelectorAll('gr-tab');
    tabs[0].visible = false;
    tabs[1].label = 'Deux';
    await settle();
    await waitForChanges();
    const buttons = Array.from(root.querySelectorAll('button[role="tab"]'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Deux', 'Three']);
    // The first visible interactive tab is shown now.
    expect(tabs[1].classList.contains('active')).toBe(true);
    expect(tabs[0].classList.contains('hidden')).toBe(true);
  });

  it('picks up tabs added later, and uses positions as ids when tabs have none', async () => {
    const { root, waitForChanges } = await render(
      <gr-tabs>
        <gr-tab label="A" />
      </gr-tabs>,
    );
    const added = document.createElement('gr-tab');
    added.label = 'B';
    added.appendChild(document.createElement('span')).textContent = 'late';
    root.appendChild(added);
    await settle();
    await waitForChanges();
    const buttons = Array.from(root.querySelectorAll('button[role="tab"]')) as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(['A', 'B']);
    const listener = vi.fn();
    root.addEventListener('gr-change', listener);
    buttons[1].click();
    await waitForChanges();
    expect((root as HTMLGrTabsElement).selected).toBe(1);
    expect(listener.mock.calls[0][0].detail).toEqual({ selected: 1 });
    expect(added.classList.contains('active')).toBe(true);
  });

  it('keeps nested tabs separate', async () => {
    const { root, waitForChanges } = await render(
      <gr-tabs>
        <gr-tab label="Outer 1">
          <gr-tabs>
            <gr-tab label="Inner 1" />
            <gr-tab label="Inner 2" />
          </gr-tabs>
        </gr-tab>
        <gr-tab label="Outer 2" />
      </gr-tabs>,
    );
    await settle();
    await waitForChanges();
    const outerButtons = root.querySelector('.tab-container')?.querySelectorAll('button');
    expect(Array.from(outerButtons ?? []).map((b) => b.textContent)).toEqual(['Outer 1', 'Outer 2']);
    const inner = root.querySelector('gr-tab gr-tabs') as HTMLElement;
    expect(Array.from(inner.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Inner 1', 'Inner 2']);
  });

  it('applies elem_id (panel id, button `<id>-button`), elem_classes and the selected tab scale', async () => {
    const { root, waitForChanges } = await render(
      <gr-tabs elemId="my-tabs" elemClasses="t">
        <gr-tab label="A" elemId="tab-a" elemClasses={['c']} scale={2} />
      </gr-tabs>,
    );
    await settle();
    await waitForChanges();
    expect(root.id).toBe('my-tabs');
    expect(root.classList.contains('t')).toBe(true);
    expect(root.style.getPropertyValue('flex-grow')).toBe('2');
    const tab = root.querySelector('gr-tab') as HTMLElement;
    expect(tab.id).toBe('tab-a');
    expect(tab.classList.contains('c')).toBe(true);
    expect(root.querySelector('button')?.id).toBe('tab-a-button');
  });
});
