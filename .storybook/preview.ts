import type { Preview } from '@storybook/web-components-vite';
import * as elements from '../dist/components/index.js';

// Register every element of the build once.
for (const [name, define] of Object.entries(elements)) {
  if (name.startsWith('defineCustomElement') && typeof define === 'function') (define as () => void)();
}

const preview: Preview = {
  parameters: { controls: { expanded: true } },
};

export default preview;
