import type { Decorator, Preview } from '@storybook/web-components-vite';
import { render } from 'lit';
import * as elements from '../dist/components/index.js';
import { applyTheme, type ThemeHandle, type ThemeMode, themeNames } from '../src/themes/index.ts';

// Register every element of the build once.
for (const [name, define] of Object.entries(elements)) {
  if (name.startsWith('defineCustomElement') && typeof define === 'function') (define as () => void)();
}

/**
 * Every story renders inside a frame that carries the theme chosen in the toolbar, light or dark, scoped to
 * that frame (never the page), as `<gradio-app>` scopes a server's theme.
 */
let frame: HTMLDivElement | undefined;
let handle: ThemeHandle | undefined;

const withTheme: Decorator = (story, context) => {
  const theme = String(context.globals.theme ?? 'default');
  const mode = (context.globals.mode ?? 'light') as ThemeMode;
  frame ??= document.createElement('div');
  frame.className = 'gradio-kit-story';
  frame.style.cssText =
    'padding: 1rem; background: var(--body-background-fill); color: var(--body-text-color); font-family: var(--font)';
  if (!handle || handle.theme?.name !== theme) handle = applyTheme(frame, theme, { mode });
  else handle.setMode(mode);
  render(story(), frame);
  return frame;
};

const preview: Preview = {
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
