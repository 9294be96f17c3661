import { describe, expect, h, it, render } from '@stencil/vitest';

const value = {
  prompt: { type: 'str', description: 'The text to **complete**.', default: '""' },
  temperature: { type: 'float', description: 'Sampling <img src=x onerror=alert(1)> temperature.', default: '0.7' },
  flag: { type: 'bool', description: '', default: null },
};

describe('gr-param-viewer', () => {
  it('renders one closed disclosure per parameter with its name: type = default line', async () => {
    const { root } = await render(<gr-param-viewer value={value} />);
    const details = root.querySelectorAll('details');
    expect(details.length).toBe(3);
    expect([...details].every((d) => !d.open)).toBe(true);
    expect(root.querySelector('.title')?.textContent).toBe('Parameters');
    const lines = [...root.querySelectorAll('summary .signature')].map((el) => el.textContent);
    expect(lines).toEqual(['prompt: str = ""', 'temperature: float = 0.7', 'flag: bool']);
  });

  it('says when a parameter has no description', async () => {
    const { root } = await render(<gr-param-viewer value={value} />);
    expect(root.querySelectorAll('.description')[2].textContent).toBe('No description.');
  });

  it('the header button opens and closes all; anchors when asked; no header when null', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-param-viewer value={value} anchorLinks="doc-" />);
    const toggle = root.querySelector('.toggle-all') as HTMLButtonElement;
    expect(toggle.textContent).toBe('Expand all');
    toggle.click();
    await waitForChanges();
    expect([...root.querySelectorAll('details')].every((d) => d.open)).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('details')?.id).toBe('doc-param-prompt');
    expect(root.querySelector('a.anchor')?.getAttribute('href')).toBe('#doc-param-prompt');
    toggle.click();
    await waitForChanges();
    expect([...root.querySelectorAll('details')].some((d) => d.open)).toBe(false);
    await setProps({ header: null });
    expect(root.querySelector('.header')).toBeNull();
  });

  it('bad values give a clear message', async () => {
    const { root, setProps } = await render(<gr-param-viewer value={['not', 'a', 'map'] as never} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("not in Gradio's format");
    await setProps({ value: { seed: 'int' } as never });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('"seed"');
    await setProps({ value: null });
    expect(root.querySelector('.empty')?.textContent).toBe('No parameters.');
  });
});
