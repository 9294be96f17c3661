import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('gradio-kit/themes entry', () => {
  it('loads and computes a theme in a context with no DOM globals at all', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      globalName: 'themesModule',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';
    // Only the language built-ins: no window, document, CSS, matchMedia, HTMLElement, process...
    const context = createContext({});
    runInContext(`${code}\nglobalThis.themesModule = themesModule;`, context);
    const module = context.themesModule as typeof import('./index');
    expect(Object.keys(context).filter((key) => key !== 'themesModule')).toEqual([]);
    expect(module.themeNames).toEqual(['base', 'default', 'origin', 'citrus', 'monochrome', 'soft', 'glass', 'ocean']);
    const { light } = module.getTheme('ocean').compile('#x');
    expect(light['--primary-500']).toBe('#10b981');
    expect(typeof module.applyTheme).toBe('function');
  });
});
