import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { formatDialogue, parseDialogue } from './dialogue-format';

const lines = [
  { speaker: 'Host', text: 'Welcome' },
  { speaker: 'Guest', text: 'Thanks' },
];
const speakers = ['Host', 'Guest'];

describe('gr-dialogue', () => {
  it('formats and parses transcripts as Gradio does by default', () => {
    expect(formatDialogue(lines, '\n')).toBe('[Host] Welcome\n[Guest] Thanks');
    expect(parseDialogue('[Host] Welcome\n\n plain line ', '\n', 'Host')).toEqual([
      { speaker: 'Host', text: 'Welcome' },
      { speaker: 'Host', text: 'plain line' },
    ]);
  });

  it('renders one row per line: a speaker menu, a text field and a remove button', async () => {
    const { root } = await render(<gr-dialogue value={lines} speakers={speakers} />);
    const rows = root.querySelectorAll('li.line');
    expect(rows.length).toBe(2);
    expect((rows[1].querySelector('select') as HTMLSelectElement).value).toBe('Guest');
    expect((rows[0].querySelector('input') as HTMLInputElement).value).toBe('Welcome');
    expect(rows[0].querySelector('input')?.getAttribute('aria-label')).toBe('Text of line 1');
    expect(root.querySelector('.block-title')?.textContent).toBe('Dialogue');
  });

  it('user edits emit gr-input and gr-change with the new lines; Enter emits gr-submit', async () => {
    const { root, waitForChanges } = await render(<gr-dialogue value={lines} speakers={speakers} />);
    const events: Array<[string, unknown]> = [];
    for (const name of ['gr-input', 'gr-change', 'gr-submit']) root.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
    const input = root.querySelector('li.line input') as HTMLInputElement;
    input.value = 'Hello';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    const edited = [{ speaker: 'Host', text: 'Hello' }, lines[1]];
    expect(events).toEqual([
      ['gr-input', edited],
      ['gr-change', edited],
    ]);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(events[2]).toEqual(['gr-submit', edited]);
  });

  it('adds a line for the next speaker, removes lines, changes speakers', async () => {
    const { root, waitForChanges } = await render(<gr-dialogue value={[lines[0]]} speakers={speakers} />);
    const change = vi.fn();
    root.addEventListener('gr-change', (e) => change((e as CustomEvent).detail));
    (root.querySelector('button.add') as HTMLButtonElement).click();
    await waitForChanges();
    expect(change).toHaveBeenLastCalledWith([lines[0], { speaker: 'Guest', text: '' }]);
    const select = root.querySelectorAll('select')[1] as HTMLSelectElement;
    select.value = 'Host';
    select.dispatchEvent(new CustomEvent('change', { bubbles: true }));
    await waitForChanges();
    expect(change).toHaveBeenLastCalledWith([lines[0], { speaker: 'Host', text: '' }]);
    (root.querySelector('button.remove') as HTMLButtonElement).click();
    await waitForChanges();
    expect(change).toHaveBeenLastCalledWith([{ speaker: 'Host', text: '' }]);
  });

  it('the text switch edits the whole transcript as [speaker] text lines', async () => {
    const { root, waitForChanges } = await render(<gr-dialogue value={lines} speakers={speakers} />);
    const change = vi.fn();
    root.addEventListener('gr-change', (e) => change((e as CustomEvent).detail));
    const toggle = root.querySelector('input[role="switch"]') as HTMLInputElement;
    toggle.checked = true;
    toggle.dispatchEvent(new CustomEvent('change', { bubbles: true }));
    await waitForChanges();
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('[Host] Welcome\n[Guest] Thanks');
    area.value = '[Guest] Hi\n[Host] Bye';
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    expect(change).toHaveBeenLastCalledWith([
      { speaker: 'Guest', text: 'Hi' },
      { speaker: 'Host', text: 'Bye' },
    ]);
  });

  it('without speakers it is a text area whose value is a string', async () => {
    const { root, waitForChanges } = await render(<gr-dialogue value="just text" />);
    const change = vi.fn();
    root.addEventListener('gr-change', (e) => change((e as CustomEvent).detail));
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('just text');
    area.value = 'more';
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    expect(change).toHaveBeenCalledWith('more');
  });

  it('read-only: speaker badges, no controls, nothing emitted on programmatic changes', async () => {
    const { root, setProps } = await render(<gr-dialogue value={lines} speakers={speakers} interactive={false} colorMap={{ Host: 'red' }} />);
    const change = vi.fn();
    root.addEventListener('gr-change', change);
    expect(root.querySelectorAll('.readonly .speaker').length).toBe(2);
    expect(root.querySelector('select, input, button')).toBeNull();
    await setProps({ value: [lines[1]] });
    expect(root.querySelectorAll('.readonly .line').length).toBe(1);
    expect(change).not.toHaveBeenCalled();
  });

  it('a malformed value shows a clear message', async () => {
    const { root } = await render(<gr-dialogue value={[{ who: 'x' }] as never} speakers={speakers} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("not in Gradio's format");
  });
});
