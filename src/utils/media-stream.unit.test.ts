import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkPacer, type StreamChunkDetail, type StreamEndReason } from './media-stream';

/** A pacer over numbered chunks, recording what it emitted and how it ended. */
function pacer(options: { every?: number; timeLimit?: number | null; listener?: (detail: StreamChunkDetail<number>) => void } = {}) {
  const emitted: number[] = [];
  const ends: StreamEndReason[] = [];
  let next = 0;
  const p = new ChunkPacer<number>({
    every: () => options.every ?? 0.1,
    timeLimit: () => options.timeLimit ?? null,
    take: async () => next++,
    emit: (detail) => {
      emitted.push(detail.value);
      options.listener?.(detail);
    },
    onEnd: (reason) => ends.push(reason),
  });
  return { p, emitted, ends };
}

describe('ChunkPacer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('emits a chunk every `every` seconds until stopped, then aborts the signal once', async () => {
    const signals: AbortSignal[] = [];
    const { p, emitted, ends } = pacer({ listener: (d) => signals.push(d.signal) });
    p.start();
    await vi.advanceTimersByTimeAsync(350);
    expect(emitted).toEqual([0, 1, 2, 3]);
    p.stop();
    p.stop();
    await vi.advanceTimersByTimeAsync(500);
    expect(emitted).toEqual([0, 1, 2, 3]);
    expect(ends).toEqual(['stopped']);
    expect(signals.every((s) => s === signals[0] && s.aborted)).toBe(true);
  });

  it('sends nothing while a chunk is in flight (its waitUntil promise pending)', async () => {
    const pending: Array<(open: boolean) => void> = [];
    const { p, emitted } = pacer({ listener: (d) => d.waitUntil(new Promise<boolean>((resolve) => pending.push(resolve))) });
    p.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(emitted).toEqual([0]);
    pending[0](true);
    await vi.advanceTimersByTimeAsync(0);
    // The interval had passed: the next chunk goes as soon as the previous one was processed.
    expect(emitted).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(emitted).toEqual([0, 1]);
    p.stop();
  });

  it('stops when a listener says the stream ended, when one fails, and at the time limit', async () => {
    const ended = pacer({ listener: (d) => d.waitUntil(Promise.resolve(d.index < 1)) });
    ended.p.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(ended.emitted).toEqual([0, 1]);
    expect(ended.ends).toEqual(['ended']);
    expect(ended.p.active).toBe(false);

    const failed = pacer({ listener: (d) => d.waitUntil(Promise.reject(new Error('network'))) });
    failed.p.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(failed.ends).toEqual(['error']);

    const limited = pacer({ every: 0.25, timeLimit: 1 });
    limited.p.start();
    await vi.advanceTimersByTimeAsync(3000);
    expect(limited.ends).toEqual(['time-limit']);
    expect(limited.emitted).toEqual([0, 1, 2, 3]);
  });
  it('finish: one last chunk after the one in flight, waited for, then the stream stops (the tail is not lost)', async () => {
    const pending: Array<(open: boolean) => void> = [];
    const signals: AbortSignal[] = [];
    const { p, emitted, ends } = pacer({
      every: 1,
      listener: (d) => {
        signals.push(d.signal);
        d.waitUntil(new Promise<boolean>((resolve) => pending.push(resolve)));
      },
    });
    p.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(emitted).toEqual([0]);
    p.finish();
    expect(p.finishing).toBe(true);
    expect(p.active).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    // Nothing new while chunk 0 is in flight.
    expect(emitted).toEqual([0]);
    pending[0](true);
    await vi.advanceTimersByTimeAsync(0);
    // The last chunk goes at once, not a second later.
    expect(emitted).toEqual([0, 1]);
    expect(ends).toEqual([]);
    expect(signals[1].aborted).toBe(false);
    pending[1](true);
    await vi.advanceTimersByTimeAsync(0);
    expect(ends).toEqual(['stopped']);
    expect(signals[1].aborted).toBe(true);
    expect(p.active).toBe(false);
    expect(p.finishing).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(emitted).toEqual([0, 1]);
  });

  it('finish with nothing captured since the last chunk stops without sending one; the time limit still ends a finishing stream', async () => {
    let captured = true;
    const emitted: number[] = [];
    const ends: StreamEndReason[] = [];
    const p = new ChunkPacer<number>({
      every: () => 1,
      timeLimit: () => null,
      take: async () => (captured ? 7 : null),
      emit: (detail) => void emitted.push(detail.value),
      onEnd: (reason) => ends.push(reason),
    });
    p.start();
    await vi.advanceTimersByTimeAsync(10);
    captured = false;
    p.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toEqual([7]);
    expect(ends).toEqual(['stopped']);

    const hung = pacer({ every: 0.1, timeLimit: 1, listener: (d) => d.waitUntil(new Promise(() => undefined)) });
    hung.p.start();
    await vi.advanceTimersByTimeAsync(10);
    hung.p.finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(hung.ends).toEqual(['time-limit']);
  });
  it('finish: the last take waits for beforeLast (the source handing over what it still holds)', async () => {
    const order: string[] = [];
    let release!: () => void;
    let n = 0;
    const p = new ChunkPacer<number>({
      every: () => 1,
      timeLimit: () => null,
      take: async () => {
        order.push(`take ${n}`);
        return n++;
      },
      beforeLast: () => {
        order.push('beforeLast');
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      emit: () => undefined,
      onEnd: (reason) => order.push(reason),
    });
    p.start();
    await vi.advanceTimersByTimeAsync(10);
    p.finish();
    await vi.advanceTimersByTimeAsync(50);
    expect(order).toEqual(['take 0', 'beforeLast']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['take 0', 'beforeLast', 'take 1', 'stopped']);
  });
});
