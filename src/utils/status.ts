/**
 * Pure helpers of the status chrome (gr-status-tracker): Gradio's loading-status shapes, the progress
 * fractions, the compact count format and the text a screen reader hears.
 */

/** A job's status as the runtime reports it for an output. */
export type TrackerStatus = 'pending' | 'generating' | 'streaming' | 'complete' | 'error';

/** One level of the server's progress (`gr.Progress` / tqdm), as sent in the `progress` message. */
export interface ProgressLevel {
  /** A fraction 0..1, when the function reported one. */
  progress?: number | null;
  /** Steps done (with `length`: steps in all). */
  index?: number | null;
  length?: number | null;
  /** The unit of the steps (`steps`, `it`, ...). */
  unit?: string | null;
  /** A description (`desc`). */
  desc?: string | null;
}

/** A count with an SI suffix above 1000 (1500 -> `1.5k`), integers as they are. */
export function formatCount(value: number): string {
  const suffixes = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z'];
  let scaled = Number.isFinite(value) ? value : 0;
  let step = 0;
  while (scaled > 1000 && step < suffixes.length - 1) {
    scaled /= 1000;
    step += 1;
  }
  return `${Number.isInteger(scaled) ? scaled : scaled.toFixed(1)}${suffixes[step]}`;
}

/** Each level's fraction done: `index/length` when both are known, else `progress`, else undefined. */
export function progressFractions(levels: ProgressLevel[] | null | undefined): (number | undefined)[] {
  if (!Array.isArray(levels)) return [];
  return levels.map((level) => {
    if (typeof level?.index === 'number' && typeof level.length === 'number' && level.length > 0) {
      return level.index / level.length;
    }
    return typeof level?.progress === 'number' ? level.progress : undefined;
  });
}

/** What the tracker's live region says: queue position, progress (in steps of 10%) or the error. */
export function statusAnnouncement(state: {
  status: TrackerStatus | null;
  queuePosition: number | null;
  queueSize: number | null;
  progress: ProgressLevel[] | null;
  message: string | null;
}): string {
  if (state.status === 'error') return state.message ? `Error: ${state.message}` : 'Error';
  if (state.status === 'generating') return 'Generating';
  if (state.status !== 'pending') return '';
  const fractions = progressFractions(state.progress);
  const last = fractions.length > 0 ? fractions[fractions.length - 1] : undefined;
  if (last !== undefined) {
    const levels = state.progress ?? [];
    const desc = levels[levels.length - 1]?.desc;
    const percent = Math.floor(Math.min(Math.max(last, 0), 1) * 10) * 10;
    return `${desc ? `${desc}: ` : 'Progress: '}${percent}%`;
  }
  if (typeof state.queuePosition === 'number' && state.queuePosition > 0 && typeof state.queueSize === 'number') {
    return `In queue: position ${state.queuePosition + 1} of ${state.queueSize}`;
  }
  return 'Processing';
}
