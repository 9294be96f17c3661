import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `gradio-kit` is a `file:../..` dependency: npm links it, so the wrappers' own import of Vue would resolve
// from the repository's node_modules. `dedupe` makes the app and the wrappers share this app's one Vue.
// The `gr-*` tags are custom elements: Vue must not try to resolve them as Vue components.
export default defineConfig({
  resolve: { dedupe: ['vue'] },
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('gr-') } } })],
});
