import { describe, expect, h, it, render } from '@stencil/vitest';
import { beforeEach, vi } from 'vitest';
import { decryptState, encryptState } from '../../utils/browser-state-crypto';

describe('gr-browser-state', () => {
  beforeEach(() => localStorage.clear());

  it('falls back to default_value when nothing is stored', async () => {
    const { root } = await render(<gr-browser-state storageKey="k1" defaultValue={{ n: 1 }} />);
    expect((root as HTMLGrBrowserStateElement).value).toEqual({ n: 1 });
    expect(root.children.length).toBe(0);
  });

  it('loads the stored JSON on connect, and saves truthy values', async () => {
    localStorage.setItem('k2', JSON.stringify(['a', 'b']));
    const { root, setProps } = await render(<gr-browser-state storageKey="k2" defaultValue={[]} />);
    expect((root as HTMLGrBrowserStateElement).value).toEqual(['a', 'b']);
    await setProps({ value: { saved: true } });
    expect(JSON.parse(localStorage.getItem('k2')!)).toEqual({ saved: true });
    await setProps({ value: null });
    expect(JSON.parse(localStorage.getItem('k2')!)).toEqual({ saved: true });
  });

  it('unreadable stored data (broken, or encrypted with no or another secret) gives the default', async () => {
    localStorage.setItem('k3', 'U2FsdGVkX1+not-json');
    const { root } = await render(<gr-browser-state storageKey="k3" defaultValue="d" />);
    expect((root as HTMLGrBrowserStateElement).value).toBe('d');
    localStorage.setItem('k3b', encryptState('"hidden"', 'right'));
    const other = await render(<gr-browser-state storageKey="k3b" secret="wrong" defaultValue="d" />);
    expect((other.root as HTMLGrBrowserStateElement).value).toBe('d');
  });

  it('with a secret, stores the value encrypted as Gradio does, and restores it (gr-restore) on connect', async () => {
    const { root, setProps } = await render(<gr-browser-state storageKey="k5" secret="s3cret" defaultValue={null} />);
    await setProps({ value: { name: 'ada' } });
    const stored = localStorage.getItem('k5')!;
    expect(stored).toMatch(/^[A-Za-z0-9+/=]+:U2FsdGVkX1/);
    expect(JSON.parse(decryptState(stored, 's3cret'))).toEqual({ name: 'ada' });
    root.remove();
    const restored: unknown[] = [];
    document.addEventListener('gr-restore', (event) => restored.push((event as CustomEvent).detail), { once: true });
    const again = await render(<gr-browser-state storageKey="k5" secret="s3cret" defaultValue={null} />);
    expect((again.root as HTMLGrBrowserStateElement).value).toEqual({ name: 'ada' });
    expect(restored).toEqual([{ name: 'ada' }]);
  });

  it('a change from another tab updates value and emits gr-change; own changes never emit', async () => {
    const { root, setProps } = await render(<gr-browser-state storageKey="k4" />);
    const listener = vi.fn();
    root.addEventListener('gr-change', listener);
    await setProps({ value: 'mine' });
    expect(listener).not.toHaveBeenCalled();
    const event = new StorageEvent('storage', { key: 'k4', newValue: '"theirs"', storageArea: localStorage });
    window.dispatchEvent(event);
    expect((root as HTMLGrBrowserStateElement).value).toBe('theirs');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0][0].detail).toBe('theirs');
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '1', storageArea: localStorage }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
