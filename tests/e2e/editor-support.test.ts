/**
 * What editors read, as `npm run build` leaves it for users:
 * - `custom-elements.json` (custom elements manifest, listed in package.json's `customElements` and `files`):
 *   every element of `src/components` with its attributes, properties, events, slots, parts and the CSS
 *   custom properties its styles read, pointing at the module the package ships;
 * - `vscode-data.json` (VS Code HTML custom data, the `html.customData` setting): every tag and attribute;
 * - the JSX typings: a TSX file that uses `<gr-textbox>` type-checks with a right prop and fails with a wrong
 *   one, and every tag is a known intrinsic element.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { limit } from '../helpers/limits.ts';

const repo = join(import.meta.dirname, '../..');
const read = (file: string) => JSON.parse(readFileSync(join(repo, file), 'utf8'));
const tags = readdirSync(join(repo, 'src/components'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(repo, 'src/components', entry.name, `${entry.name}.tsx`)))
  .map((entry) => entry.name)
  .sort();

interface Declaration {
  tagName?: string;
  description?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName: string; type?: { text: string }; default?: string; description?: string }[];
  members?: { kind: string; name: string; type?: { text: string }; description?: string }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}

describe('custom elements manifest', () => {
  const pkg = read('package.json');
  const manifest = read(pkg.customElements) as { schemaVersion: string; modules: { path: string; declarations: Declaration[] }[] };
  const declarations = new Map<string, Declaration & { path: string }>(
    manifest.modules.flatMap((module) =>
      module.declarations.filter((d) => d.customElement).map((d) => [d.tagName ?? '(no tag)', { ...d, path: module.path }] as const),
    ),
  );

  it('is listed in package.json and shipped', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toEqual(expect.arrayContaining(['custom-elements.json', 'vscode-data.json']));
    expect(manifest.schemaVersion).toMatch(/^2\./);
  });

  it('lists every element, at the module the package ships', () => {
    expect([...declarations.keys()].sort()).toEqual(tags);
    for (const [tag, declaration] of declarations) expect(existsSync(join(repo, declaration.path)), tag).toBe(true);
  });

  it('documents <gr-textbox> completely: attributes, properties, events, parts, theme variables', () => {
    const textbox = declarations.get('gr-textbox')!;
    expect(textbox.attributes).toContainEqual(
      expect.objectContaining({ name: 'show-label', fieldName: 'showLabel', type: { text: 'boolean' }, default: 'true' }),
    );
    expect(textbox.members).toContainEqual(expect.objectContaining({ kind: 'field', name: 'maxLines', type: { text: 'null | number' }, attribute: 'max-lines' }));
    expect(textbox.events).toContainEqual(
      expect.objectContaining({ name: 'gr-select', type: expect.objectContaining({ text: 'CustomEvent<SelectData<string>>' }) }),
    );
    expect(textbox.cssParts?.map((part) => part.name)).toEqual(expect.arrayContaining(['input', 'copy-button']));
    const variables = new Map(textbox.cssProperties?.map((property) => [property.name, property]));
    expect(variables.get('--input-background-fill')).toEqual({
      name: '--input-background-fill',
      description: 'Theme variable `input_background_fill` (Base: `*neutral_100`; dark `*neutral_700`).',
    });
    expect(variables.get('--block-padding')?.description).toMatch(/^Theme variable `block_padding` \(Base: /);
  });

  it('every element, property and event has a description', () => {
    const missing: string[] = [];
    for (const [tag, declaration] of declarations) {
      if (!declaration.description) missing.push(tag);
      for (const member of declaration.members ?? []) if (member.kind === 'field' && !member.description) missing.push(`${tag}.${member.name}`);
      for (const event of declaration.events ?? []) if (!event.description) missing.push(`${tag} ${event.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists the CSS variables of every element that draws something itself', () => {
    // Elements without UI (gr-state, gr-timer) and those that only wrap a <gr-button> read none themselves.
    const without = [...declarations].filter(([, declaration]) => !declaration.cssProperties?.length).map(([tag]) => tag);
    expect(without.sort()).toEqual([
      'gr-browser-state',
      'gr-clear-button',
      'gr-duplicate-button',
      'gr-login-button',
      'gr-simple-image',
      'gr-state',
      'gr-timer',
    ]);
  });
});

describe('VS Code HTML custom data', () => {
  it('lists every tag with its attributes and the values of union props', () => {
    const data = read('vscode-data.json') as {
      version: number;
      tags: { name: string; description?: { value: string }; attributes: { name: string; values?: { name: string }[] }[] }[];
    };
    expect(data.tags.map((tag) => tag.name).sort()).toEqual(tags);
    const textbox = data.tags.find((tag) => tag.name === 'gr-textbox')!;
    expect(textbox.attributes.find((attribute) => attribute.name === 'type')?.values?.map((value) => value.name)).toEqual(
      expect.arrayContaining(['text', 'password', 'email']),
    );
  });
});

describe('JSX typings for TSX users', () => {
  it('type-check a right prop of <gr-textbox>, refuse a wrong one, and know every tag', async () => {
    // Inside the package, so that `gradio-kit` resolves to this build (self-reference) as it does for users.
    const dir = join(repo, 'test-results/jsx-types');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, jsx: 'preserve', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types: [], skipLibCheck: true },
        files: ['page.tsx'],
      }),
    );
    writeFileSync(
      join(dir, 'page.tsx'),
      `import type { JSX as GradioKit } from 'gradio-kit';

// A TSX project without React (Preact, Solid, a custom h()) adds the kit's elements to its JSX namespace.
declare global {
  namespace JSX {
    interface IntrinsicElements extends GradioKit.IntrinsicElements {}
  }
}

export const right = <gr-textbox label="Name" lines={2} showLabel={false} onGr-submit={(event) => event.detail.toUpperCase()} />;
// @ts-expect-error lines is a number
export const wrong = <gr-textbox lines="two" />;
// @ts-expect-error no such element
export const unknown = <gr-no-such-element />;
export const all = [${tags.map((tag) => `<${tag} />`).join(', ')}];
`,
    );
    const tsc = join(repo, 'node_modules/.bin/tsc');
    const result = await promisify(execFile)(tsc, ['-p', dir], { cwd: repo, timeout: limit(50_000) }).then(
      () => ({ ok: true, output: '' }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result).toEqual({ ok: true, output: '' });
  });
});
