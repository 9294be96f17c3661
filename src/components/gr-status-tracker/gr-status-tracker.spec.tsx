import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';

const meta = (root: HTMLElement) => root.querySelector('.progress-text')?.textContent ?? '';
const live = (root: HTMLElement) => root.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('gr-status-tracker', () => {
  it('is hidden (but keeps its live region) for null, complete, streaming, hidden and input trackers', async () => {
    const { root, setProps } = await render(<gr-status-tracker />);
    expect(root.classList.contains('hide')).toBe(true);
    expect(root.querySelector('[aria-live="polite"]')).not.toBeNull();
    for (const props of [
      { status: 'complete' },
      { status: 'streaming' },
      { status: 'pending', showProgress: 'hidden' },
      { status: 'pending', showProgress: 'full', type: 'input' },
    ]) {
      await setProps(props);
      expect(root.classList.contains('hide')).toBe(true);
      expect(root.querySelector('.progress-text')).toBeNull();
      expect(live(root)).toBe('');
    }
  });

  it('pending in the queue: `queue: 2/5 | 1.5/4.5s`, an ETA bar and a spinner', async () => {
    const { root } = await render(
      <gr-status-tracker status="pending" queuePosition={1} queueSize={5} eta={3} timeStart={Date.now() - 1500} />,
    );
    expect(root.classList.contains('hide')).toBe(false);
    expect(meta(root)).toMatch(/^queue: 2\/5 \| 1\.[5-6]\/4\.[5-6]s$/);
    expect(root.querySelector('.eta-bar')).not.toBeNull();
    expect(root.querySelector('gr-loader')).not.toBeNull();
    expect(live(root)).toBe('In queue: position 2 of 5');
  });

  it('processing at position 0 without a queue size, and the timer running', async () => {
    const { root, waitForChanges } = await render(<gr-status-tracker status="pending" queuePosition={0} />);
    expect(meta(root)).toMatch(/^processing \| 0\.\ds$/);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await waitForChanges();
    expect(Number(meta(root).match(/([\d.]+)s$/)?.[1])).toBeGreaterThanOrEqual(0.2);
    expect(live(root)).toBe('Processing');
  });

  it('progress levels: steps in the top text, descriptions with percentages and a bar in the centre', async () => {
    const { root } = await render(
      <gr-status-tracker
        status="pending"
        timer={false}
        progress={[
          { index: 1, length: 4, unit: 'epochs', desc: 'Training' },
          { index: 1500, length: 3000, unit: 'steps', desc: null },
        ]}
      />,
    );
    expect(meta(root)).toBe('1/4 epochs | 1.5k/3k steps |');
    expect(root.querySelector('.progress-level-inner')?.textContent).toBe('Training - 25.0% / 50.0%');
    expect((root.querySelector('.progress-bar') as HTMLElement).style.transform).toBe('scaleX(0.5)');
    expect(root.querySelector('.eta-bar')).toBeNull();
    expect(root.querySelector('gr-loader')).toBeNull();
    expect(root.querySelector('.loading')?.textContent).toBe('Loading...');
    expect(live(root)).toBe('Progress: 50%');
  });

  it('a progress fraction without steps, and `minimal` (no spinner, no ETA bar, see-through)', async () => {
    const { root, setProps } = await render(<gr-status-tracker status="pending" progress={[{ progress: 0.42, desc: 'Thinking' }]} />);
    expect(root.querySelector('.progress-level-inner')?.textContent).toBe('Thinking - 42.0%');
    expect(live(root)).toBe('Thinking: 40%');
    await setProps({ progress: null, showProgress: 'minimal' });
    expect(root.classList.contains('minimal')).toBe(true);
    expect(root.classList.contains('translucent')).toBe(true);
    expect(root.querySelector('gr-loader')).toBeNull();
    expect(root.querySelector('.eta-bar')).toBeNull();
    expect(root.querySelector('.progress-text')).not.toBeNull();
  });

  it('generating pulses; layout containers pulse while pending', async () => {
    const { root, setProps } = await render(<gr-status-tracker status="generating" />);
    expect(root.classList.contains('generating')).toBe(true);
    expect(root.querySelector('.progress-text')).toBeNull();
    await setProps({ status: 'pending', variant: 'layout' });
    expect(root.classList.contains('generating')).toBe(true);
    expect(root.querySelector('.progress-text')).toBeNull();
  });

  it('error: an "Error" pill; the × emits gr-clear-status (bubbling, composed); message announced', async () => {
    const { root, setProps } = await render(<gr-status-tracker status="error" message="Out of memory" />);
    expect(root.querySelector('.error')?.textContent).toBe('Error');
    expect(live(root)).toBe('Error: Out of memory');
    const listener = vi.fn();
    document.addEventListener('gr-clear-status', listener);
    (root.querySelector('button[aria-label="Clear"]') as HTMLButtonElement).click();
    document.removeEventListener('gr-clear-status', listener);
    expect(listener).toHaveBeenCalledTimes(1);
    const event = listener.mock.calls[0][0] as CustomEvent;
    expect(event.bubbles && event.composed).toBe(true);
    await setProps({ status: 'complete' });
    expect(root.querySelector('.error')).toBeNull();
  });

  it("validation: the validator's message in a banner whatever the status; × emits gr-clear-validation; announced", async () => {
    const { root, setProps } = await render(<gr-status-tracker validationError="Age must be at least 3" />);
    expect(root.classList.contains('hide')).toBe(false);
    expect(root.classList.contains('no-click')).toBe(true);
    expect(root.querySelector('.validation-error')?.textContent).toBe('Age must be at least 3');
    expect(live(root)).toBe('Age must be at least 3');
    const listener = vi.fn();
    root.addEventListener('gr-clear-validation', listener);
    (root.querySelector('.validation-error button[aria-label="Clear"]') as HTMLButtonElement).click();
    expect(listener).toHaveBeenCalledTimes(1);
    // With a job running on the same block (an input that is also an output), both show.
    await setProps({ status: 'pending' });
    expect(root.classList.contains('no-click')).toBe(false);
    expect(root.querySelector('.validation-error')).not.toBeNull();
    expect(root.querySelector('.progress-text')).not.toBeNull();
    await setProps({ status: null, validationError: null });
    expect(root.querySelector('.validation-error')).toBeNull();
    expect(root.classList.contains('hide')).toBe(true);
  });

  it('never emits on prop changes', async () => {
    const { root, setProps } = await render(<gr-status-tracker status="pending" />);
    const listener = vi.fn();
    root.addEventListener('gr-clear-status', listener);
    await setProps({ status: 'error' });
    await setProps({ status: null });
    expect(listener).not.toHaveBeenCalled();
  });
});
