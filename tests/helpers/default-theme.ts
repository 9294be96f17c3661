/**
 * The Default theme's light values (from shared/spec/theme-variables.json) of the variables the layout and
 * chrome elements read, for browser tests that measure layout or check colour contrast. The theme engine
 * lands separately; this only stands in for it on a test page.
 */
const defaultLight: Record<string, string> = {
  '--layout-gap': '16px',
  '--form-gap-width': '0px',
  '--block-border-width': '1px',
  '--block-border-color': '#e4e4e7',
  '--block-radius': '4px',
  '--block-padding': '10px calc(10px + 2px)',
  '--block-background-fill': 'white',
  '--block-shadow': 'none',
  '--block-title-text-color': '#71717a',
  '--border-color-primary': '#e4e4e7',
  '--background-fill-primary': 'white',
  '--background-fill-secondary': '#fafafa',
  '--color-accent': '#f97316',
  '--body-text-color': '#27272a',
  '--accordion-text-color': '#27272a',
  '--section-header-text-size': '14px',
  '--section-header-text-weight': '400',
  '--container-radius': '4px',
  '--panel-border-width': '0',
  '--panel-border-color': '#e4e4e7',
  '--panel-background-fill': '#fafafa',
  '--spacing-lg': '8px',
  '--loader-color': '#f97316',
  '--error-background-fill': '#fef2f2',
  '--error-border-color': '#b91c1c',
  '--error-text-color': '#b91c1c',
  '--text-sm': '12px',
  '--text-md': '14px',
  '--text-lg': '16px',
  '--font': "'Source Sans Pro', ui-sans-serif, system-ui, sans-serif",
  '--font-mono': "'IBM Plex Mono', ui-monospace, Consolas, monospace",
  '--radius-sm': '4px',
  '--radius-lg': '8px',
  '--shadow-drop': 'rgba(0,0,0,0.05) 0px 1px 2px 0px',
};

/** Adds the Default theme's light values to the page once (idempotent). */
export function applyDefaultTheme(): void {
  if (document.getElementById('gr-test-default-theme')) return;
  const style = document.createElement('style');
  style.id = 'gr-test-default-theme';
  style.textContent = `:root { ${Object.entries(defaultLight)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')} }`;
  document.head.appendChild(style);
}
