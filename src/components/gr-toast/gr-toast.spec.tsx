import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const cards = (root: HTMLElement) => Array.from(root.querySelectorAll('.toast-body')) as HTMLElement[];

describe('gr-toast', () => {
  it('renders nothing without messages', async () => {
    const { root } = await render(<gr-toast />);
    expect(cards(root)).toEqual([]);
    expect(root.classList.contains('empty')).toBe(true);
  });

  it('groups messages by type, with a count, roles alert (error) / status (others)', async () => {
    const { root } = await render(
      <gr-toast
        messages={[
          { id: 1, type: 'info', message: 'First info', duration: null },
          { id: 2, type: 'error', message: 'Boom', title: 'Failure', duration: null },
          { id: 3, type: 'info', message: 'Second info', duration: null },
          { id: 4, type: 'warning', message: 'Careful', visible: false, duration: null },
        ]}
      />,
    );
    const [error, info] = cards(root);
    expect(cards(root).length).toBe(2);
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.querySelector('.toast-title')?.textContent).toBe('Failure');
    expect(info.getAttribute('role')).toBe('status');
    expect(info.querySelector('.toast-title')?.textContent).toBe('Info(2)');
    expect(Array.from(info.querySelectorAll('.toast-message-text')).map((m) => m.textContent)).toEqual([
      'First info',
      'Second info',
    ]);
    expect(info.querySelectorAll('.toast-separator').length).toBe(1);
    expect(root.querySelector('.timer')).toBeNull();
  });

  it('never puts live markup from a message in the page (the simulated DOM gets escaped text)', async () => {
    const { root } = await render(
      <gr-toast messages={[{ id: 1, type: 'warning', duration: null, message: '<img src="x" onerror="alert(1)"><script>alert(2)</script>' }]} />,
    );
    const text = root.querySelector('.toast-message-text') as HTMLElement;
    expect(text.querySelector('script')).toBeNull();
    expect(text.querySelector('[onerror]')).toBeNull();
  });

  it('add() appends with a default 10s duration and a countdown bar; the close button closes the group', async () => {
    const { root, waitForChanges } = await render(<gr-toast />);
    const toast = root as unknown as HTMLGrToastElement;
    const id = await toast.add({ type: 'success', message: 'Saved' });
    await waitForChanges();
    expect(toast.messages).toEqual([{ id, type: 'success', message: 'Saved', duration: 10 }]);
    expect((root.querySelector('.timer') as HTMLElement).style.animationDuration).toBe('10s');
    const second = await toast.add({ type: 'success', message: 'Again', duration: 5 });
    await waitForChanges();
    expect(root.querySelector('.timer')).toBeNull();
    const listener = vi.fn();
    root.addEventListener('gr-toast-close', listener);
    (root.querySelector('.toast-close') as HTMLButtonElement).click();
    await waitForChanges();
    expect(toast.messages).toEqual([]);
    expect(listener.mock.calls[0][0].detail).toEqual({ type: 'success', ids: [id, second] });
    expect(cards(root)).toEqual([]);
  });

  it('closes itself after `duration` seconds when alone in its group; sticky without a duration', async () => {
    const { root, waitForChanges } = await render(<gr-toast />);
    const toast = root as unknown as HTMLGrToastElement;
    await toast.add({ type: 'info', message: 'Quick', duration: 0.1 });
    await toast.add({ type: 'error', message: 'Sticky', duration: null });
    await waitForChanges();
    expect(cards(root).length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await waitForChanges();
    expect(cards(root).map((card) => card.dataset.type)).toEqual(['error']);
    await toast.dismiss(toast.messages[0].id);
    await waitForChanges();
    expect(cards(root)).toEqual([]);
  });

  it('the chevron collapses and expands a group', async () => {
    const { root, waitForChanges } = await render(<gr-toast messages={[{ id: 1, type: 'info', message: 'Hi', duration: null }]} />);
    const toggle = root.querySelector('.toast-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.click();
    await waitForChanges();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.toast-messages')?.hasAttribute('hidden')).toBe(true);
  });
});
