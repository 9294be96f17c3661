/**
 * `limit(ms)`: a wait's ceiling, scaled by the run's load factor (`waitScale`, measured by the vitest config,
 * see `wait-scale.ts`). Every explicit ceiling in the tests goes through it: `{ timeout: limit(15_000) }`,
 * `it(name, fn, limit(120_000))`. It never makes a test wait longer when the state it waits for is there.
 * Works in Node and in the browser projects (the factor comes through vitest's `inject`).
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The factor every wait ceiling of this run is multiplied by (1 on an idle machine). */
    waitScale: number;
  }
}

let scale: number | undefined;

/** The load factor of this run (1 when the config did not provide one). */
export function waitScale(): number {
  if (scale === undefined) {
    const provided = Number(inject('waitScale'));
    scale = Number.isFinite(provided) && provided > 0 ? provided : 1;
  }
  return scale;
}

/** `ms` scaled by the run's load factor, rounded to a whole millisecond. */
export function limit(ms: number): number {
  return Math.round(ms * waitScale());
}
