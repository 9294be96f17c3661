import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const png = { path: '/tmp/cat.png', url: 'http://h/cat.png', orig_name: 'cat.png', mime_type: 'image/png' };
const pdf = { path: '/tmp/r.pdf', url: 'http://h/r.pdf', orig_name: 'r.pdf', mime_type: 'application/pdf' };
const ALL = ['gr-change', 'gr-input', 'gr-submit', 'gr-stop', 'gr-upload', 'gr-focus', 'gr-blur'];
const events = (root: Element) => {
  const seen: [string, unknown][] = [];
  for (const name of ALL) root.addEventListener(name, (e) => seen.push([name, (e as CustomEvent).detail]));
  return seen;
};

describe('gr-multimodal-textbox', () => {
  it('renders Gradio defaults: labelled textarea, paperclip, submit arrow, no stop, no files', async () => {
    const { root } = await render(<gr-multimodal-textbox placeholder="Type a message..." />);
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    expect(root.querySelector(`label[for="${area.id}"]`)?.textContent).toBe('Multimodal Textbox');
    expect(area.getAttribute('placeholder')).toBe('Type a message...');
    expect(area.getAttribute('rows')).toBe('1');
    expect(root.querySelector('[aria-label="Attach files"]')).not.toBeNull();
    expect(root.querySelector('input[type="file"]')).not.toBeNull();
    expect(root.querySelector('[aria-label="Submit"]')).not.toBeNull();
    expect(root.querySelector('[aria-label="Stop"]')).toBeNull();
    expect(root.querySelector('.thumbnails')).toBeNull();
  });

  it('shows the value (object or plain string) with removable thumbnails; a script URL is never a src', async () => {
    const { root, setProps } = await render(
      <gr-multimodal-textbox value={{ text: 'hi', files: [png, pdf, { path: 'x.png', url: 'javascript:alert(1)', mime_type: 'image/png' }] }} />,
    );
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('hi');
    expect(Array.from(root.querySelectorAll('.thumbnail-name')).map((n) => n.textContent)).toEqual(['cat.png', 'r.pdf', 'x.png']);
    expect(Array.from(root.querySelectorAll('.thumbnail img')).map((i) => i.getAttribute('src'))).toEqual(['http://h/cat.png']);
    await setProps({ value: 'plain' });
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('plain');
    expect(root.querySelector('.thumbnails')).toBeNull();
  });

  it('typing emits input and change with the whole value; Enter submits, Shift+Enter does not (lines=1)', async () => {
    const { root } = await render(<gr-multimodal-textbox value={{ text: '', files: [png] }} />);
    const seen = events(root);
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'hello';
    area.dispatchEvent(new InputEvent('input'));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const value = { text: 'hello', files: [png] };
    expect(seen).toEqual([
      ['gr-input', value],
      ['gr-change', value],
      ['gr-submit', value],
    ]);
  });

  it('lines > 1: Shift+Enter submits; the submit button too; custom button texts', async () => {
    const { root } = await render(<gr-multimodal-textbox value="x" lines={3} submitBtn="Send" stopBtn="Halt" />);
    const seen = events(root);
    const area = root.querySelector('textarea') as HTMLTextAreaElement;
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    const submit = root.querySelector('.submit-button') as HTMLButtonElement;
    expect(submit.textContent).toBe('Send');
    submit.click();
    (root.querySelector('.stop-button') as HTMLButtonElement).click();
    expect(seen).toEqual([
      ['gr-submit', { text: 'x', files: [] }],
      ['gr-submit', { text: 'x', files: [] }],
      ['gr-stop', null],
    ]);
  });

  it('removing a file emits change; nothing is emitted on programmatic changes', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-multimodal-textbox value={{ text: 't', files: [png, pdf] }} fileCount="multiple" />);
    const seen = events(root);
    await setProps({ value: { text: 'u', files: [png, pdf] } });
    expect(seen).toEqual([]);
    (root.querySelector('[aria-label="Remove cat.png"]') as HTMLButtonElement).click();
    await waitForChanges();
    // (The focus moves back to the text: a gr-focus too.)
    expect(seen.filter(([name]) => name !== 'gr-focus')).toEqual([['gr-change', { text: 'u', files: [pdf] }]]);
    expect(root.querySelectorAll('.thumbnail')).toHaveLength(1);
  });

  it('uploads through the upload prop: single replaces, multiple appends; gr-upload then gr-change', async () => {
    const upload = vi.fn(async (files: File[]) => files.map((f) => ({ path: `/srv/${f.name}`, url: `http://h/${f.name}`, orig_name: f.name, mime_type: f.type })));
    const { root, setProps, waitForChanges } = await render(<gr-multimodal-textbox value={{ text: 'a', files: [png] }} upload={upload} />);
    const seen = events(root);
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['x'], 'b.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new CustomEvent('change'));
    await vi.waitFor(() => expect(seen.length).toBe(2));
    const uploaded = { path: '/srv/b.txt', url: 'http://h/b.txt', orig_name: 'b.txt', mime_type: 'text/plain' };
    expect(seen).toEqual([
      ['gr-upload', [uploaded]],
      ['gr-change', { text: 'a', files: [uploaded] }],
    ]);
    await setProps({ fileCount: 'multiple' });
    input.dispatchEvent(new CustomEvent('change'));
    await vi.waitFor(() => expect(seen.length).toBe(4));
    expect((root as HTMLElement & { value: unknown }).value).toEqual({ text: 'a', files: [uploaded, uploaded] });
    await waitForChanges();
    expect(root.querySelectorAll('.thumbnail')).toHaveLength(2);
  });

  it('refuses files outside file_types with a message in the element, and uploads nothing', async () => {
    const upload = vi.fn(async () => []);
    const { root, waitForChanges } = await render(<gr-multimodal-textbox upload={upload} fileTypes={['image']} />);
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'notes.txt', { type: 'text/plain' })], configurable: true });
    input.dispatchEvent(new CustomEvent('change'));
    await waitForChanges();
    expect(upload).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('notes.txt');
  });

  it('not interactive: disabled text and submit, no paperclip, no remove buttons', async () => {
    const { root } = await render(<gr-multimodal-textbox value={{ text: 'x', files: [png] }} interactive={false} />);
    expect((root.querySelector('textarea') as HTMLTextAreaElement).disabled).toBe(true);
    expect((root.querySelector('.submit-button') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('[aria-label="Attach files"]')).toBeNull();
    expect(root.querySelector('.thumbnail-remove')).toBeNull();
  });
});
