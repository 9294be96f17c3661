import { describe, expect, h, it, render } from '@stencil/vitest';
import { listen } from '../../../tests/helpers/form-events';

const click = (root: Element) => root.querySelector('gr-button')?.dispatchEvent(new CustomEvent('gr-click', { bubbles: true, composed: true }));

describe('gr-download-button', () => {
  it('renders Gradio defaults: a secondary button "Download"', async () => {
    const { root } = await render(<gr-download-button />);
    const inner = root.querySelector('gr-button') as HTMLGrButtonElement;
    expect(inner.value).toBe('Download');
    expect(inner.variant).toBe('secondary');
    expect(inner.size).toBe('lg');
  });

  it('a click with no value only emits gr-click', async () => {
    const { root } = await render(<gr-download-button label="Get it" />);
    const calls = listen(root, ['gr-click']);
    click(root);
    expect(calls).toEqual([['gr-click', null]]);
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('a script URL is refused with a message naming the file; a new value clears it', async () => {
    const { root, setProps, waitForChanges } = await render(
      <gr-download-button value={{ path: 'x', url: 'javascript:alert(1)', orig_name: '<b>evil</b>.txt' }} />,
    );
    click(root);
    await waitForChanges();
    expect(root.querySelector('[role=alert]')?.textContent).toBe('"<b>evil</b>.txt" cannot be downloaded: its URL is not allowed.');
    expect(root.querySelector('[role=alert] b')).toBeNull();
    await setProps({ value: null });
    expect(root.querySelector('[role=alert]')).toBeNull();
  });
});
