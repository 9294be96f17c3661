import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';

const source = 'def greet(name):\n    return "Hello " + name\n';

describe('gr-code in Chromium', () => {
  it('has no axe violations in any variant', async () => {
    const { root } = await render(
      <div>
        <gr-code value={source} language="python" />
        <gr-code value={source} language="python" interactive={false} />
        <gr-code value="SELECT 1;" language="sql-postgreSQL" showLineNumbers={false} label="Query" />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelector('.cm-editor')).not.toBeNull());
    await vi.waitFor(() => expect(root.querySelector('.hljs-keyword')).not.toBeNull());
    expect(await axeViolations(root)).toEqual([]);
  });

  it('static view highlights with highlight.js', async () => {
    const { root } = await render(<gr-code value={source} language="python" interactive={false} />);
    await vi.waitFor(() => expect(root.querySelector('.hljs-keyword')?.textContent).toBe('def'));
  });

  it('interactive: typing emits gr-input then gr-change and updates value; focus and blur are reported', async () => {
    const { root } = await render(
      <div>
        <gr-code value="x = 1" language="python" buttons={[]} />
        <button type="button">after</button>
      </div>,
    );
    const code = root.querySelector('gr-code') as HTMLGrCodeElement;
    const events: string[] = [];
    for (const name of ['gr-input', 'gr-change', 'gr-focus', 'gr-blur']) {
      code.addEventListener(name, (event) => events.push(`${name}:${(event as CustomEvent).detail ?? ''}`));
    }
    await vi.waitFor(() => expect(root.querySelector('.cm-content')).not.toBeNull());
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('cm-content')).toBe(true);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Code');
    await userEvent.keyboard('{End}2');
    expect(code.value).toBe('x = 12');
    expect(events).toEqual(['gr-focus:', 'gr-input:x = 12', 'gr-change:x = 12']);
    // Tab is not trapped: it leaves the editor.
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('after');
    expect(events.at(-1)).toBe('gr-blur:');
  });

  it('a programmatic value replaces the text without events', async () => {
    const { root } = await render(<gr-code value="a" />);
    const code = root as HTMLGrCodeElement;
    const listener = vi.fn();
    code.addEventListener('gr-change', listener);
    code.addEventListener('gr-input', listener);
    await vi.waitFor(() => expect(root.querySelector('.cm-content')).not.toBeNull());
    code.value = 'replaced';
    await vi.waitFor(() => expect(root.querySelector('.cm-content')?.textContent).toBe('replaced'));
    expect(listener).not.toHaveBeenCalled();
  });
});
