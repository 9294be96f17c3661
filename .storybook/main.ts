import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook shows every element from the Stencil `dist/components` build (Vite cannot follow the lazy
 * loader's dynamic imports), so `npm run build` runs first. Stories live beside their element; each element
 * also gets a docs page generated from the custom elements manifest (see preview.ts).
 */
const config: StorybookConfig = {
  // Guides (docs/guides/*.mdx) first, then every element's stories and docs page.
  stories: ['../docs/guides/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
