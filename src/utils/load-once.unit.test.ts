import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('loads once for every caller, and again only after a failed load', async () => {
    let calls = 0;
    const outcomes: (() => Promise<string>)[] = [
      () => Promise.reject(new Error('dropped connection')),
      () => Promise.resolve('module'),
      () => Promise.resolve('a second copy'),
    ];
    const load = loadOnce(() => outcomes[calls++]());

    const [first, second] = await Promise.allSettled([load(), load()]);
    expect(first).toEqual({ status: 'rejected', reason: new Error('dropped connection') });
    expect(second).toEqual(first);
    expect(calls).toBe(1);

    expect(await Promise.all([load(), load()])).toEqual(['module', 'module']);
    expect(await load()).toBe('module');
    expect(calls).toBe(2);
  });
});
