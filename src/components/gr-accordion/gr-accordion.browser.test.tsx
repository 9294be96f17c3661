import { describe, expect, h, it, render } from '@stencil/vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyDefaultTheme } from '../../../tests/helpers/default-theme';

describe('gr-accordion in Chromium', () => {
  it('has no axe violations, open and closed', async () => {
    applyDefaultTheme();
    const { root } = await render(
      <div>
        <gr-accordion label="Open one">
          <gr-button value="Inside" />
        </gr-accordion>
        <gr-accordion label="Closed one" open={false}>
          <gr-button value="Hidden" />
        </gr-accordion>
      </div>,
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('keyboard: Enter and Space toggle; closed content is hidden and skipped by Tab', async () => {
    const { root } = await render(
      <div>
        <gr-accordion label="Details">
          <gr-button value="Inside" />
        </gr-accordion>
        <gr-button value="After" />
      </div>,
    );
    const accordion = root.querySelector('gr-accordion') as HTMLGrAccordionElement;
    const events: string[] = [];
    accordion.addEventListener('gr-expand', () => events.push('expand'));
    accordion.addEventListener('gr-collapse', () => events.push('collapse'));
    await userEvent.tab();
    expect(document.activeElement?.classList.contains('label-wrap')).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(accordion.open).toBe(false);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(accordion.querySelector('gr-button') as HTMLElement).display).toBe('none');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('After');
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    expect(accordion.open).toBe(true);
    expect(events).toEqual(['collapse', 'expand']);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Inside');
  });
});
