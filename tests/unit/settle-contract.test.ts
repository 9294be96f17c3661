/**
 * `<gradio-app>` lets an input finish its value before an event reads it by calling the element's `commit()`
 * (gr-image-editor's public method). In the one-tag embed each element is its own Stencil instance, so a
 * private method named `commit` is a property of the element too, and would be called with no arguments:
 * gr-dropdown's set its value to undefined that way, and the chat app's submit failed. Only a public
 * `@Method()` may be named `commit`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const components = join(import.meta.dirname, '..', '..', 'src', 'components');

/** `commit` members of a component source that are not declared right after `@Method()`. */
function undeclaredCommits(source: string): number[] {
  const lines = source.split('\n');
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (!/^\s*(?:(?:private|protected|public|readonly|static|async)\s+)*commit\s*(?:[(=<:]|\?\s*[(:])/.test(line)) return;
    const above = lines.slice(Math.max(0, index - 3), index).join('\n');
    if (!/@Method\(\)/.test(above) || /\bprivate\b|\bprotected\b/.test(line)) found.push(index + 1);
  });
  return found;
}

describe('the settle contract of <gradio-app>', () => {
  it('finds a private commit and accepts a public @Method one', () => {
    expect(undeclaredCommits('class A {\n  private commit(next: number) {}\n}')).toEqual([2]);
    expect(undeclaredCommits('class A {\n  private commit = () => 1;\n}')).toEqual([2]);
    expect(undeclaredCommits('class A {\n  /** Doc. */\n  @Method()\n  async commit(): Promise<void> {}\n}')).toEqual([]);
    expect(undeclaredCommits('class A {\n  commitText() {}\n  this.commit();\n}')).toEqual([]);
  });

  it('no element has a commit member but a public @Method', () => {
    const offenders: string[] = [];
    for (const folder of readdirSync(components)) {
      for (const file of readdirSync(join(components, folder))) {
        if (!file.endsWith('.tsx') || /\.(spec|test|browser\.test|stories)\./.test(file)) continue;
        const lines = undeclaredCommits(readFileSync(join(components, folder, file), 'utf8'));
        for (const line of lines) offenders.push(`${folder}/${file}:${line}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
