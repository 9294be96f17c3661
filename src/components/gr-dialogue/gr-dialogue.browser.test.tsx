import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';
import { applyTheme } from '../../themes';

const lines = [
  { speaker: 'Host', text: 'Welcome' },
  { speaker: 'Guest', text: 'Thanks' },
];
const speakers = ['Host', 'Guest'];

describe('gr-dialogue in Chromium', () => {
  it('has no axe violations: editable, text mode, read-only, plain text', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-dialogue value={lines} speakers={speakers} submitBtn={true} />
        <gr-dialogue value={lines} speakers={speakers} uiMode="text" label="As text" />
        <gr-dialogue value={lines} speakers={speakers} interactive={false} label="Read only" colorMap={{ Host: 'red' }} />
        <gr-dialogue value="plain" label="Plain" />
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no axe violations in dark mode', async () => {
    const { root } = await render(<div class="dark-frame"><gr-dialogue value={lines} speakers={speakers} /></div>);
    applyTheme(root, 'default', { mode: 'dark' });
    root.style.background = 'var(--background-fill-primary)';
    expect(await axeViolations(root)).toEqual([]);
  });

  it('keyboard: Tab reaches the switch, each speaker menu, text field and remove button, then Add line', async () => {
    const { root } = await render(<gr-dialogue value={[lines[0]]} speakers={speakers} />);
    const submits = vi.fn();
    root.addEventListener('gr-submit', (e) => submits((e as CustomEvent).detail));
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('input[role="switch"]'));
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('select'));
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('input.line-text'));
    // Tab selects the field's text: go to its end first.
    await userEvent.keyboard('{End} there{Enter}');
    expect(submits).toHaveBeenCalledWith([{ speaker: 'Host', text: 'Welcome there' }]);
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('button.remove'));
    await userEvent.tab();
    expect(document.activeElement).toBe(root.querySelector('button.add'));
    await userEvent.keyboard('{Enter}');
    // The new line's text field takes the focus.
    await vi.waitFor(() => expect(document.activeElement).toBe(root.querySelectorAll('input.line-text')[1]));
    expect((root.querySelectorAll('select')[1] as HTMLSelectElement).value).toBe('Guest');
  });
});
