import { describe, expect, it } from 'vitest';
import { loadTranscript, predictTranscripts, versions } from '../../tests/client/helpers/fixtures';
import { normaliseConfig } from './config';
import { applyDiff, parseMessage, sendsDiffs } from './protocol';

describe('parseMessage', () => {
  it('parses a message, and returns undefined for bad JSON or a non-message', () => {
    expect(parseMessage('{"msg":"heartbeat","event_id":null}')).toEqual({ msg: 'heartbeat', event_id: null });
    expect(parseMessage('{"msg":')).toBeUndefined();
    expect(parseMessage('ALIVE')).toBeUndefined();
    expect(parseMessage('null')).toBeUndefined();
    expect(parseMessage('{"event_id":"x"}')).toBeUndefined();
  });
});

describe('applyDiff ([protocol] §3.5)', () => {
  it('appends to and replaces the root value', () => {
    expect(applyDiff('Hel', [['append', [], 'lo']])).toBe('Hello');
    expect(applyDiff('x', [['replace', [], 3]])).toBe(3);
  });

  it('applies the chat history example in order', () => {
    let value: unknown = [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Hel' },
    ];
    value = applyDiff(value, [['append', [1, 'content'], 'lo']]);
    value = applyDiff(value, [
      ['append', [1, 'content'], ' there'],
      ['add', [2], { role: 'assistant', content: '!' }],
    ]);
    expect(value).toEqual([
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'Hello there' },
      { role: 'assistant', content: '!' },
    ]);
  });

  it('adds and deletes list items and object keys', () => {
    expect(applyDiff([1, 2, 3], [['delete', [1], null], ['add', [0], 0]])).toEqual([0, 1, 3]);
    expect(applyDiff({ a: 1, b: 2 }, [['delete', ['a'], null], ['add', ['c'], 3], ['replace', ['b'], 4]])).toEqual({ b: 4, c: 3 });
    // the server's nested-delete numbering bug is reproduced faithfully; process_completed repairs it
    expect(applyDiff([[1, 2, 3]], [['delete', [0, 1], null], ['delete', [0, 0], null]])).toEqual([[3]]);
  });

  it('leaves the value it is given as it was, copying only the lists and objects on the path', () => {
    const untouched = { role: 'user', content: 'hi' };
    const before = [untouched, { role: 'assistant', content: 'Hel' }];
    const snapshot = JSON.stringify(before);
    const seen: Array<[unknown, string | number, string]> = [];
    const after = applyDiff(before, [['append', [1, 'content'], 'lo'], ['add', [2], { role: 'assistant', content: '!' }]], (container, key, op) => seen.push([container, key, op])) as typeof before;
    expect(JSON.stringify(before)).toBe(snapshot);
    expect(after[1].content).toBe('Hello');
    expect(after[0]).toBe(untouched);
    expect(seen).toEqual([
      [{ role: 'assistant', content: 'Hello' }, 'content', 'append'],
      [after, 2, 'add'],
    ]);
    expect(() => applyDiff([null], [['append', [0, 'content'], 'x']])).toThrow(/goes through a null/);
  });

  it('rebuilds every streamed value of the recorded generators', () => {
    for (const version of versions) {
      for (const name of ['stream_text-predict', 'chatbot_stream-predict']) {
        const t = loadTranscript(version, name);
        let state: unknown[] | undefined;
        for (const line of t.sse.split('\n').filter((l) => l.startsWith('data: '))) {
          const m = JSON.parse(line.slice(6));
          if (m.msg === 'process_generating') {
            if (!state) state = m.output.data;
            else
              m.output.data.forEach((edits: [], i: number) => {
                (state as unknown[])[i] = applyDiff(state?.[i], edits);
              });
          }
          if (m.msg === 'process_completed') expect(state).toEqual(m.output.data);
        }
      }
    }
  });
});

describe('normaliseConfig', () => {
  for (const version of versions) {
    for (const app of new Set(predictTranscripts(version).map((n) => n.replace(/-predict.*$/, '')))) {
      it(`normalises the ${version} config of ${app}`, () => {
        const { config: raw } = loadTranscript(version, `${app}-predict${app === 'state_counter' ? '-1' : app === 'error' ? '-ok' : ''}`);
        const config = normaliseConfig(raw, `${new URL(raw.root).origin}/`);
        expect(config.api_prefix).toBe('/gradio_api');
        expect(config.protocol).toBe('sse_v3');
        expect(config.root).toBe(raw.root);
        for (const dep of config.dependencies) {
          expect(typeof dep.id).toBe('number');
          expect(['public', 'undocumented', 'private']).toContain(dep.api_visibility);
          expect(typeof dep.queue).toBe('boolean');
        }
        const named = config.dependencies.filter((d) => d.api_visibility === 'public' && d.backend_fn).map((d) => d.api_name);
        const info = JSON.parse(loadTranscript(version, `${app}-predict${app === 'state_counter' ? '-1' : app === 'error' ? '-ok' : ''}`).info);
        expect(named.map((n) => `/${n}`).sort()).toEqual(Object.keys(info.named_endpoints).sort());
      });
    }
  }

  it('fills in what Gradio 4.x and 3.x servers leave out', () => {
    const config = normaliseConfig(
      {
        version: '4.15.0',
        protocol: 'sse_v1',
        enable_queue: true,
        dependencies: [{ api_name: 'predict', show_api: true, queue: null }, { api_name: false, show_api: false }],
      },
      'https://example.com/sub',
    );
    expect(config.api_prefix).toBe('');
    expect(config.root).toBe('https://example.com/sub');
    expect(config.dependencies.map((d) => [d.id, d.api_name, d.api_visibility, d.queue])).toEqual([
      [0, 'predict', 'public', true],
      [1, null, 'undocumented', true],
    ]);
    expect(normaliseConfig({}, 'http://h').protocol).toBe('ws');
  });

  it('keeps the server root on the app origin (a sub-path behind a proxy), never another origin (session hash, token and cookie go there)', () => {
    expect(normaliseConfig({ root: 'https://proxy.example/app/' }, 'https://proxy.example').root).toBe('https://proxy.example/app');
    expect(normaliseConfig({ root: 'https://public.example/app/' }, 'https://proxy.example').root).toBe('https://proxy.example');
    expect(normaliseConfig({ root: 'http://127.0.0.1:7860' }, 'http://localhost:7860').root).toBe('http://localhost:7860');
  });

  it('says which protocols send diffs', () => {
    expect(['sse_v1', 'sse_v2', 'sse_v2.1', 'sse_v3'].map((p) => sendsDiffs(p as 'sse_v1'))).toEqual([false, true, true, true]);
  });
});
