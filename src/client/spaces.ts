/**
 * Hugging Face Spaces ([protocol] §1.7, Appendix C): a Space's state from the Hub, and waiting for a sleeping,
 * building or starting Space until it runs, as the official embed does.
 */
import { GradioError } from './errors';

/** What a Space is doing, from the Hub's `runtime.stage`. */
export type SpaceState = 'running' | 'sleeping' | 'building' | 'starting' | 'paused' | 'error';

/** A Space's state as `onSpaceStatus` reports it. */
export interface SpaceStatus {
  /** The Space id (`owner/name`). */
  space: string;
  state: SpaceState;
  /** The Hub's own stage (`SLEEPING`, `BUILD_ERROR`, ...). */
  stage: string;
  /** The Hub's message for a broken Space, when it has one. */
  message?: string;
}

/** The Space is paused or broken: it will not run without its owner. */
export class SpaceError extends GradioError {
  override readonly name = 'SpaceError' as const;
  /** `paused` or `error`. */
  state?: SpaceState;
  /** The Hub's stage. */
  stage?: string;
}

/** [protocol] §1.7: the Hub's stages, grouped as the official client groups them. */
export function spaceState(stage: string): SpaceState {
  switch (stage) {
    case 'RUNNING':
    case 'RUNNING_BUILDING':
      return 'running';
    case 'SLEEPING':
    case 'STOPPED':
      return 'sleeping';
    case 'BUILDING':
      return 'building';
    case 'APP_STARTING':
    case 'RUNNING_APP_STARTING':
      return 'starting';
    case 'PAUSED':
      return 'paused';
    default:
      return 'error';
  }
}

export interface WaitOptions {
  /** GETs a Hub URL (with the client's token, timeout and signal). */
  get(url: string): Promise<Response>;
  /** Called with every state seen, the first one included. */
  onStatus(status: SpaceStatus): void;
  /** Wakes a sleeping Space (a request to its app). */
  wake?(): Promise<unknown>;
  /** Milliseconds between two looks at the Hub. @default 1000 */
  interval?: number;
  /** Milliseconds to wait for the Space in all. @default 300000 */
  limit?: number;
  signal?: AbortSignal;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * Resolves once the Space runs; reports each state on the way. A paused or broken Space rejects with a
 * {@link SpaceError} carrying the Hub's message; a Space still not running after `limit` too.
 */
export async function waitForSpace(hub: string, space: string, options: WaitOptions): Promise<void> {
  const { interval = 1000, limit = 300_000 } = options;
  const deadline = Date.now() + limit;
  let woken = false;
  let last = '';
  for (;;) {
    const url = `${hub}/api/spaces/${space}`;
    const response = await options.get(url);
    // No status (an old Hub, a private Space without a token): go on and let the app answer for itself.
    if (!response.ok) return;
    const body = (await response.json().catch(() => null)) as { runtime?: { stage?: unknown; errorMessage?: unknown } } | null;
    const stage = typeof body?.runtime?.stage === 'string' ? body.runtime.stage : 'RUNNING';
    const state = spaceState(stage);
    const message = typeof body?.runtime?.errorMessage === 'string' ? body.runtime.errorMessage : undefined;
    if (stage !== last) options.onStatus({ space, state, stage, message });
    last = stage;
    if (state === 'running') return;
    if (state === 'paused' || state === 'error') {
      const what = state === 'paused' ? 'is paused by its owner' : `is not running (${stage})`;
      const error = new SpaceError(`The Space ${space} ${what}${message ? `: ${message}` : ''}`, { url });
      error.state = state;
      error.stage = stage;
      throw error;
    }
    if (state === 'sleeping' && !woken && options.wake) {
      woken = true;
      void options.wake().catch(() => undefined);
    }
    if (Date.now() > deadline) {
      throw new SpaceError(`The Space ${space} did not start within ${Math.round(limit / 1000)} s (${stage})`, { url });
    }
    await sleep(interval, options.signal);
  }
}
