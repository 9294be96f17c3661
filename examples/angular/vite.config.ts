import { defineConfig } from 'vite';

// No Angular plugin: the component is compiled in the browser (JIT, `@angular/compiler`), which keeps this
// example a plain Vite app. An Angular CLI project uses the elements the same way (CUSTOM_ELEMENTS_SCHEMA).
export default defineConfig({});
