import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { render } from 'lit';
import manifest from '../custom-elements.json';
import * as elements from '../dist/components/index.js';
import { applyTheme, type ThemeHandle, type ThemeMode, themeNames } from '../src/themes/index.ts';

// Register every element of the build once.
for (const [name, define] of Object.entries(elements)) {
  if (name.startsWith('defineCustomElement') && typeof define === 'function') (define as () => void)();
}

// Each element's docs page (autodocs) lists its props with controls, events, slots, CSS parts and the theme
// variables it reads, from the manifest `npm run build` writes (scripts/build-manifest.mjs).
setCustomElementsManifest(manifest);

/**
 * Every story renders inside a frame that carries the theme chosen in the toolbar, light or dark, scoped to
 * that frame (never the page), as `<gradio-app>` scopes a server's theme. A docs page shows several stories
 * at once, the primary one twice: each place a story renders in (its canvas) keeps its own frame.
 */
const frames = new WeakMap<object, { frame: HTMLDivElement; handle?: ThemeHandle }>();

const withTheme: Decorator = (story, context) => {
  const theme = String(context.globals.theme ?? 'default');
  const mode = (context.globals.mode ?? 'light') as ThemeMode;
  const canvas: object = context.canvasElement ?? frames;
  let entry = frames.get(canvas);
  if (!entry) {
    const frame = document.createElement('div');
    frame.className = 'gradio-kit-story';
    frame.style.cssText =
      'padding: 1rem; background: var(--body-background-fill); color: var(--body-text-color); font-family: var(--font)';
    entry = { frame };
    frames.set(canvas, entry);
  }
  if (!entry.handle || entry.handle.theme?.name !== theme) entry.handle = applyTheme(entry.frame, theme, { mode });
  else entry.handle.setMode(mode);
  render(story(), entry.frame);
  return entry.frame;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
  globalTypes: {
    theme: {
      description: 'Gradio theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themeNames], dynamicTitle: true },
    },
    mode: {
      description: 'Light or dark',
      toolbar: {
        title: 'Mode',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', mode: 'light' },
  decorators: [withTheme],
};

export default preview;
