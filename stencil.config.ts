import type { Config } from '@stencil/core';
import { reactOutputTarget } from '@stencil/react-output-target';
import { vueOutputTarget } from '@stencil/vue-output-target';
import { vueModels } from './scripts/wrapper-models.ts';

/**
 * Stencil builds the elements (src/components) into:
 * - `dist`: the lazy loader (`gradio-kit/loader`) and the CDN entry `dist/gradio-kit/gradio-kit.esm.js`,
 *   which works from a plain `<script type="module" src>` on a page of another origin;
 * - `dist/components`: tree-shakable custom elements, one import per element (`gradio-kit/components/gr-button`).
 * - `wrappers/react`, `wrappers/vue`: generated React and Vue wrapper sources (not committed), which
 *   `scripts/build-lib.mjs` bundles into `gradio-kit/react` and `gradio-kit/vue`.
 * The client and the theme engine are not Stencil code: `scripts/build-lib.mjs` builds them with esbuild.
 */
export const config: Config = {
  namespace: 'gradio-kit',
  srcDir: 'src',
  tsconfig: 'tsconfig.json',
  outputTargets: [
    { type: 'dist', esmLoaderPath: '../loader' },
    {
      type: 'dist-custom-elements',
      dir: 'dist/components',
      customElementsExportBehavior: 'single-export-module',
      generateTypeDeclarations: true,
      externalRuntime: false,
    },
    { type: 'docs-readme', footer: '' },
    // Editor support (scripts/build-manifest.mjs completes the manifest after the build; see the README).
    { type: 'docs-custom-elements-manifest', file: 'custom-elements.json' },
    { type: 'docs-vscode', file: 'vscode-data.json' },
    reactOutputTarget({ outDir: 'wrappers/react', stencilPackageName: 'gradio-kit', customElementsDir: 'components' }),
    vueOutputTarget({
      componentCorePackage: 'gradio-kit',
      proxiesFile: 'wrappers/vue/components.ts',
      includeImportCustomElements: true,
      customElementsDir: 'components',
      componentModels: vueModels,
    }),
  ],
  // Scoped elements relocate their light-DOM children into their <slot>s; without these fixes a child added
  // later with appendChild/insertBefore is re-relocated on the next render in the wrong order (before the
  // earlier children), and `children`/`childNodes`/`textContent` of a host include its own chrome.
  extras: { experimentalSlotFixes: true },
  // The lazy loader fetches one file per bundle. What an embedded app needs first (the app, its layout and
  // the commonest inputs) comes in one file; tabs and the status tracker come in one each when first shown;
  // every other element loads on its own when used.
  bundles: [
    {
      components: [
        'gradio-app',
        'gr-blocks-root',
        'gr-row',
        'gr-column',
        'gr-form',
        'gr-group',
        'gr-textbox',
        'gr-button',
      ],
    },
    { components: ['gr-tabs', 'gr-tab'] },
    { components: ['gr-status-tracker', 'gr-loader'] },
  ],
  // Rollup splits every module that two bundles share into a chunk of its own, which left a cold embed of hello
  // fetching eight chunks of under 1 KB each. Stencil passes no chunking option through, so a plugin sets
  // Rollup's `experimentalMinChunkSize`: a chunk smaller than that is merged into a chunk that loads with it
  // whenever that changes no module's side effects (Rollup checks it). It merges less in the custom-elements
  // output (the only one whose options set `hoistTransitiveImports`): the one-tag embed is bundled again from
  // it (scripts/build-embed.mjs), and a module merged there into a chunk `<gradio-app>` imports is in the embed's
  // first load (Gradio's locale list and the fullscreen button were: 0.4 KB gzip).
  rollupPlugins: {
    after: [
      {
        name: 'merge-small-chunks',
        outputOptions: (options: object) => ({
          ...options,
          experimentalMinChunkSize: 'hoistTransitiveImports' in options ? 500 : 1000,
        }),
      },
    ],
  },
  buildDist: true,
  sourceMap: false,
};
