import { defineConfig } from 'vite';

// `gradio-kit` is a `file:../..` dependency: npm links it, so its own imports of React would resolve from the
// repository's node_modules. `dedupe` makes the app and the wrappers share this app's one React.
export default defineConfig({
  resolve: { dedupe: ['react', 'react-dom'] },
  oxc: { jsx: { runtime: 'automatic' } },
});
