import { describe, expect, h, it, render } from '@stencil/vitest';
import { listen } from '../../../tests/helpers/form-events';

describe('gr-upload-button', () => {
  it('renders Gradio defaults: a secondary button "Upload a File" with a hidden single-file input', async () => {
    const { root } = await render(<gr-upload-button />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const inner = root.querySelector('gr-button') as HTMLGrButtonElement;
    expect(inner.value).toBe('Upload a File');
    expect(inner.variant).toBe('secondary');
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.multiple).toBe(false);
    expect(input.hidden).toBe(true);
  });

  it('file_types and file_count reach the input; label, variant and interactive reach the button', async () => {
    const { root } = await render(
      <gr-upload-button label="Add CSVs" variant="primary" fileTypes={['.csv', 'text']} fileCount="multiple" interactive={false} />,
    );
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.getAttribute('accept')).toBe('.csv,text/*');
    expect(input.multiple).toBe(true);
    expect(input.disabled).toBe(true);
    const inner = root.querySelector('gr-button') as HTMLGrButtonElement;
    expect(inner.value).toBe('Add CSVs');
    expect(inner.variant).toBe('primary');
    expect(inner.interactive).toBe(false);
  });

  it('the inner click becomes gr-click of the upload button; setting value emits nothing', async () => {
    const { root, setProps } = await render(<gr-upload-button />);
    const calls = listen(root, ['gr-click', 'gr-upload', 'gr-change']);
    await setProps({ value: { path: 'a', url: 'http://x/a', orig_name: 'a' } });
    expect(calls).toEqual([]);
    root.querySelector('gr-button')?.dispatchEvent(new CustomEvent('gr-click', { bubbles: true, composed: true }));
    expect(calls).toEqual([['gr-click', null]]);
  });
});
