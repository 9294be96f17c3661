import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root') as HTMLElement;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// A page whose HTML the server rendered (`renderToString(<App />)` in `#root`) is hydrated, otherwise rendered.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);
