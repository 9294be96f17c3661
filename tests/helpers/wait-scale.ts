/**
 * How much longer the tests' wait ceilings are on this run: 1 on an idle machine, up to 3 when other
 * processes keep every core busy (issue 14: `npm test` passes while `stress-ng --cpu N` runs beside it).
 *
 * Every wait in the suite is on state (a poll, `waitForFunction`, a locator's `waitFor`); its limit is only
 * how long a test may take before it is called failed. On a loaded machine the same state takes two to three
 * times as long to arrive, so the limits grow with the load and nothing else changes: a test that passes
 * returns as soon as its state is there.
 *
 * Measured once, when vitest reads its config: the share of the cores that processes other than this one
 * used over half a second (Linux `/proc/stat` and `/proc/self/stat`). `GRADIO_KIT_WAIT_SCALE` sets it instead.
 * Node only: the config passes the result to every test (`inject('waitScale')`, see `limits.ts`) and sets the
 * environment variable for the servers the tests start.
 */
import { readFileSync } from 'node:fs';

const maxScale = 3;

/** Busy and total jiffies of all cores, and this process's own (all its threads). */
function sample(): { busy: number; total: number; self: number } | undefined {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: idle and iowait are the only idle fields.
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    const busy = total - cpu[3] - cpu[4];
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return { busy, total, self: fields[11] + fields[12] };
  } catch {
    return undefined; // not Linux: no measure, no scaling
  }
}

/** The share (0..1) of every core that other processes used during `ms` milliseconds; undefined off Linux. */
export function othersBusyShare(ms = 500): number | undefined {
  const before = sample();
  if (!before) return undefined;
  // A synchronous sleep: vitest reads its config synchronously here, and this process should stay idle.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const after = sample();
  if (!after || after.total <= before.total) return undefined;
  const others = after.busy - before.busy - (after.self - before.self);
  return Math.min(1, Math.max(0, others / (after.total - before.total)));
}

/**
 * The factor this run's config set (`GRADIO_KIT_WAIT_SCALE`, inherited by the test workers and what they
 * start), or 1 outside a test run (benchmarks).
 */
export function envWaitScale(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.GRADIO_KIT_WAIT_SCALE);
  return Number.isFinite(set) && set > 0 ? set : 1;
}

/** The factor for every wait ceiling of this run (see the module comment). */
export function measureWaitScale(env: NodeJS.ProcessEnv = process.env): number {
  if (env.GRADIO_KIT_WAIT_SCALE) return envWaitScale(env);
  const share = othersBusyShare();
  if (share === undefined) return 1;
  return Math.round(Math.min(maxScale, 1 + (maxScale - 1) * share) * 10) / 10;
}
