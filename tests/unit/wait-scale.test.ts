/**
 * The load factor of the tests' wait ceilings (tests/helpers/wait-scale.ts): set by the environment, or measured
 * from what other processes use of the cores.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { envWaitScale, measureWaitScale, othersBusyShare } from '../helpers/wait-scale.ts';

describe('wait scale', () => {
  it('takes GRADIO_KIT_WAIT_SCALE when set, and 1 for a value that is not a positive number', () => {
    expect(measureWaitScale({ GRADIO_KIT_WAIT_SCALE: '2.5' })).toBe(2.5);
    expect(envWaitScale({ GRADIO_KIT_WAIT_SCALE: 'fast' })).toBe(1);
    expect(envWaitScale({ GRADIO_KIT_WAIT_SCALE: '-1' })).toBe(1);
    expect(envWaitScale({})).toBe(1);
  });

  it.runIf(process.platform === 'linux')('grows to about 3 while other processes keep every core busy', async () => {
    const spinners: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
      spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
    );
    try {
      // Let them start spinning before the half-second measure.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const share = othersBusyShare() as number;
      expect(share).toBeGreaterThan(0.7);
      expect(measureWaitScale({})).toBeGreaterThanOrEqual(2.4);
      expect(measureWaitScale({})).toBeLessThanOrEqual(3);
    } finally {
      for (const spinner of spinners) spinner.kill('SIGKILL');
    }
  });
});
