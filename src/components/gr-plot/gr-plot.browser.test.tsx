import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { axeViolations } from '../../../tests/helpers/axe';
import { applyTheme } from '../../themes';

const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const altair = {
  type: 'altair',
  plot: JSON.stringify({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Fruit',
    data: { values: [{ fruit: 'apple', sold: 3 }, { fruit: 'pear', sold: 5 }] },
    mark: 'bar',
    encoding: { x: { field: 'fruit', type: 'nominal' }, y: { field: 'sold', type: 'quantitative' } },
  }),
};
const plotly = {
  type: 'plotly',
  plot: JSON.stringify({ data: [{ type: 'bar', x: ['a', 'b'], y: [1, 2] }], layout: { title: { text: 'Plotly bars' } } }),
};

// The pinned plotly.js from node_modules, as text: the tests run offline, so the element loads it from a blob URL.
// @ts-expect-error: Vite's `?raw` import (its types are not in this project's compiler settings)
import plotlySource from 'plotly.js-dist-min/plotly.min.js?raw';

(globalThis as { GRADIO_KIT_PLOTLY_URL?: string }).GRADIO_KIT_PLOTLY_URL = URL.createObjectURL(
  new Blob([plotlySource as string], { type: 'text/javascript' }),
);

describe('gr-plot in Chromium', () => {
  it('has no axe violations, light and dark', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div style={{ width: '500px' }}>
          <gr-plot value={{ type: 'matplotlib', plot: pixel }} label="Matplotlib" />
          <gr-plot value={altair} label="Altair" />
          <gr-plot value={null} label="Empty" />
          <gr-plot value={{ type: 'bokeh', plot: '{}' }} bokehVersion="3.6.2" label="Bokeh" />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      root.style.background = 'var(--body-background-fill)';
      await vi.waitFor(() => expect(root.querySelector('.plot svg')).not.toBeNull());
      expect(await axeViolations(root)).toEqual([]);
      theme.remove();
    }
  });

  it('matplotlib: an image; script URLs are refused', async () => {
    const { root } = await render(
      <div>
        <gr-plot class="ok" value={{ type: 'matplotlib', plot: pixel }} label="Fig" />
        <gr-plot class="bad" value={{ type: 'matplotlib', plot: 'javascript:alert(1)' }} />
      </div>,
    );
    expect(root.querySelector('.ok img')?.getAttribute('src')).toBe(pixel);
    expect(root.querySelector('.ok img')?.getAttribute('alt')).toBe('Fig');
    expect(root.querySelector('.bad img')).toBeNull();
    expect(root.querySelector('.bad .plot-error')?.textContent).toMatch(/not an image URL/);
  });

  it('altair: the Vega-Lite spec is drawn with the theme, fitted to the width; a broken spec says so', async () => {
    const { root } = await render(
      <div style={{ width: '400px' }}>
        <gr-plot class="ok" value={altair} />
        <gr-plot class="bad" value={{ type: 'altair', plot: '{not json' }} />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.ok .plot svg .mark-rect path').length).toBe(2));
    expect(root.querySelector('.ok .plot svg')?.textContent).toContain('Fruit');
    const width = Number(root.querySelector('.ok .plot svg')?.getAttribute('width'));
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThanOrEqual(400);
    await vi.waitFor(() => expect(root.querySelector('.bad .plot-error')?.textContent).toMatch(/^The altair plot could not be drawn: /));
  });

  it('plotly: drawn by plotly.js, loaded only for Plotly payloads', async () => {
    expect((globalThis as { Plotly?: unknown }).Plotly).toBeUndefined();
    const { root } = await render(
      <div style={{ width: '500px' }}>
        <gr-plot value={plotly} />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.plot .main-svg .bars path').length).toBe(2), { timeout: 40_000 });
    expect(root.querySelector('.plot .main-svg .gtitle')?.textContent).toBe('Plotly bars');
    // plotly.js is 4.8 MB of script: evaluating it takes seconds on a busy machine.
  }, 60_000);

  it('bokeh: a message naming the version; unknown types and non-objects: a message', async () => {
    const { root } = await render(
      <div style={{ width: '300px' }}>
        <gr-plot class="bokeh" value={{ type: 'bokeh', plot: '{}' }} bokehVersion="3.6.2" />
        <gr-plot class="odd" value={{ type: 'pygal', plot: '{}' }} />
        <gr-plot class="str" value={'nope' as never} />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelector('.bokeh .plot-error')?.textContent).toMatch(/BokehJS 3\.6\.2/));
    await vi.waitFor(() => expect(root.querySelector('.odd .plot-error')?.textContent).toMatch(/unknown plot type "pygal"/));
    expect(root.querySelector('.str .plot-error')?.textContent).toMatch(/not a \{type, plot\} object/);
  });

  it('a plot in a hidden tab is drawn at its size when shown (ResizeObserver)', async () => {
    const { root } = await render(
      <div class="tab" style={{ display: 'none', width: '450px' }}>
        <gr-plot value={altair} />
      </div>,
    );
    expect(root.querySelector('.plot svg')).toBeNull();
    (root as HTMLElement).style.display = 'block';
    await vi.waitFor(() => expect(root.querySelector('.plot svg')).not.toBeNull());
    expect(Number(root.querySelector('.plot svg')?.getAttribute('width'))).toBeGreaterThan(350);
  });

  it('XSS: Plotly and Altair titles run nothing', async () => {
    const ran: string[] = [];
    (window as unknown as { __xss: (n: string) => void }).__xss = (name) => ran.push(name);
    const payload = `<img src=x onerror="window.__xss('title')"><a href="javascript:window.__xss('href')">x</a>`;
    const { root } = await render(
      <div style={{ width: '400px' }}>
        <gr-plot class="p" value={{ type: 'plotly', plot: JSON.stringify({ data: [{ type: 'bar', x: ['a'], y: [1], name: payload }], layout: { title: { text: payload } } }) }} />
        <gr-plot class="a" value={{ type: 'altair', plot: JSON.stringify({ ...JSON.parse(altair.plot), title: payload }) }} />
      </div>,
    );
    await vi.waitFor(() => expect(root.querySelector('.p .main-svg .gtitle')).not.toBeNull(), { timeout: 20_000 });
    await vi.waitFor(() => expect(root.querySelector('.a .plot svg')).not.toBeNull());
    expect(root.querySelector('img, [onerror]')).toBeNull();
    for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect(ran).toEqual([]);
  });
});
