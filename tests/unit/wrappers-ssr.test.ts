/**
 * `gradio-kit/react` on a server: every wrapper imports and renders with `react-dom/server` in plain Node
 * (no DOM globals), as in a server-rendered React app. Runs the built package (`npm run build` first) in a
 * Node process of its own, which resolves `gradio-kit/react` through the package's `exports` as a user's
 * server would.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

/** Runs an ES module script in Node from the repository (so `gradio-kit/*` resolves to this package). */
function runNode(script: string): unknown {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' });
  return JSON.parse(output);
}

describe('gradio-kit/react in Node', () => {
  it('renders every wrapper to HTML with props, attributes, children and refs', () => {
    const report = runNode(`
      import { createElement, createRef } from 'react';
      import { renderToString } from 'react-dom/server';
      const wrappers = await import('gradio-kit/react');
      const names = Object.keys(wrappers);
      const tags = names.map((name) => renderToString(createElement(wrappers[name], { id: 'x' })));
      const ref = createRef();
      const page = renderToString(
        createElement('main', null,
          createElement(wrappers.GrTextbox, { label: 'Name', value: 'Ada', id: 'name', ref, onGrInput: () => {} }),
          createElement(wrappers.GrButton, { value: 'Greet', variant: 'primary' }, 'child text'),
        ),
      );
      console.log(JSON.stringify({ dom: typeof document, names, tags, page, ref: ref.current }));
    `) as { dom: string; names: string[]; tags: string[]; page: string; ref: unknown };
    expect(report.dom).toBe('undefined');
    expect(report.names).toEqual(expect.arrayContaining(['GrTextbox', 'GrButton', 'GrChatbot', 'GradioApp']));
    // Each wrapper renders its own tag, with the standard attributes.
    report.tags.forEach((html, i) => {
      const tag = report.names[i].replace(/[A-Z]/g, (c, at: number) => `${at ? '-' : ''}${c.toLowerCase()}`);
      expect(html).toBe(`<${tag} id="x"></${tag}>`);
    });
    // Element properties are set in the browser (as properties, not attributes), so the server's markup and
    // the first browser render agree and hydrate; standard attributes and children are rendered.
    expect(report.page).toBe('<main><gr-textbox id="name"></gr-textbox><gr-button>child text</gr-button></main>');
    expect(report.ref).toBeNull();
  });
});
