import { describe, expect, h, it, render } from '@stencil/vitest';
import { afterEach, beforeEach, vi } from 'vitest';

describe('gr-timer', () => {
  // Only the interval is faked: rendering waits on real timeouts and animation frames.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('ticks every value seconds while active, and renders nothing', async () => {
    const { root } = await render(<gr-timer value={2} />);
    const listener = vi.fn();
    root.addEventListener('gr-tick', listener);
    expect(root.children.length).toBe(0);
    vi.advanceTimersByTime(1999);
    expect(listener).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(4000);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('restarts when value changes, stops when inactive or disconnected', async () => {
    const { root, setProps } = await render(<gr-timer value={1} />);
    const listener = vi.fn();
    root.addEventListener('gr-tick', listener);
    await setProps({ value: 0.5 });
    vi.advanceTimersByTime(1000);
    expect(listener).toHaveBeenCalledTimes(2);
    await setProps({ active: false });
    vi.advanceTimersByTime(3000);
    expect(listener).toHaveBeenCalledTimes(2);
    await setProps({ active: true });
    vi.advanceTimersByTime(500);
    expect(listener).toHaveBeenCalledTimes(3);
    root.remove();
    vi.advanceTimersByTime(3000);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('a non-positive interval never ticks', async () => {
    const { root } = await render(<gr-timer value={0} />);
    const listener = vi.fn();
    root.addEventListener('gr-tick', listener);
    vi.advanceTimersByTime(10_000);
    expect(listener).not.toHaveBeenCalled();
  });
});
