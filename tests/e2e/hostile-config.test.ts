/**
 * `<gradio-app>` against a server answering malformed or hostile `/config`s (a local stand-in: no Gradio
 * server sends these): each embed ends in the app with a warning that says what was left out, or in the
 * error screen with a clear message, and the page stays responsive, never frozen.
 */
import { type Server, createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { screenshot, useEmbedSuite } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

const textbox = (id: number, props: Record<string, unknown> = {}) => ({ id, type: 'textbox', props: { label: `box ${id}`, value: '', ...props } });

/** A config as Gradio 5 sends it, around the given parts. */
const config = (parts: Record<string, unknown>) => ({
  version: '5.14.0',
  mode: 'blocks',
  api_prefix: '/gradio_api',
  protocol: 'sse_v3',
  enable_queue: true,
  components: [textbox(1), textbox(2)],
  layout: { id: 0, children: [{ id: 1 }, { id: 2 }] },
  dependencies: [],
  ...parts,
});

/** A config whose layout nests `depth` levels, as text (a stringifier would recurse as deep). */
function deepConfig(depth: number): string {
  const opening = Array.from({ length: depth }, (_, i) => `{"id":${i + 1},"children":[`).join('');
  const layout = `{"id":0,"children":[${opening}{"id":${depth + 1}}${']}'.repeat(depth)}]}`;
  const components = Array.from({ length: depth + 2 }, (_, i) => ({ id: i, type: 'column', props: {} }));
  return JSON.stringify(config({ components, layout: 'LAYOUT' })).replace('"LAYOUT"', layout);
}

/** The hostile configs, by path. A string is sent as is (not JSON). */
const configs: Record<string, unknown> = {
  cycle: config({
    components: [textbox(1), textbox(2), { id: 3, type: 'row', props: {} }],
    layout: { id: 0, children: [{ id: 3, children: [{ id: 1 }, { id: 3, children: [{ id: 2 }] }, { id: 0 }] }, { id: 1 }, { id: 2 }] },
  }),
  'unknown-ids': config({ layout: { id: 0, children: [{ id: 1 }, { id: 404, children: [{ id: 2 }] }, { id: 405 }] } }),
  'duplicate-ids': config({ components: [textbox(1), textbox(2), textbox(1, { label: 'impostor' })] }),
  deep: deepConfig(20_000),
  huge: config({
    components: [
      textbox(1, { value: 'x'.repeat(5_000_000), label: 'L'.repeat(100_000) }),
      { id: 2, type: 'dataframe', props: { label: 'frame', value: { headers: ['a'], data: [] }, row_count: [1_000_000_000, 'dynamic'], interactive: true } },
      { id: 3, type: 'dropdown', props: { label: 'many', choices: Array.from({ length: 50_000 }, (_, i) => [`c${i}`, i]), value: 1 } },
      { id: 4, type: 'slider', props: { label: 'slider', minimum: 0, maximum: 1e12, step: 1e-9, value: 1 } },
    ],
    layout: { id: 0, children: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }] },
  }),
  'wrong-types': config({
    components: [
      textbox(1, { label: { html: '<b>x</b>' }, value: { not: 'text' }, lines: 'many', visible: 'yes', elem_classes: 5, scale: 'big' }),
      { id: 2, type: 'dropdown', props: { label: 42, choices: 'abc', value: ['a'] } },
      { id: 3, type: 'checkboxgroup', props: { label: null, choices: { a: 1 }, value: 'a' } },
      { id: 4, type: 'markdown', props: { value: ['not', 'markdown'] } },
      { id: 5, type: 'image', props: { label: 'img', value: 'javascript:alert(1)' } },
      { id: 6, type: 'row', props: 'no props' },
    ],
    layout: { id: 0, children: [{ id: 6, children: [{ id: 1 }, { id: 2 }] }, { id: 3 }, { id: 4 }, { id: 5 }] },
  }),
  'missing-dependency-components': config({
    dependencies: [
      { id: 0, targets: [[1, 'change']], inputs: [1], outputs: [99], backend_fn: true, js: null, trigger_mode: 'once' },
      { id: 1, targets: 'nonsense', inputs: [], outputs: [] },
    ],
  }),
  'no-components': config({ components: { 1: textbox(1) } }),
  'not-json': '{"components": [',
};

/** What each embed must end in: the app (with a warning toast matching `warning`), or the error screen. */
const expected: Record<string, { app?: string[]; warning?: RegExp; error?: RegExp }> = {
  cycle: { app: ['box 1', 'box 2'], warning: /placed twice/ },
  'unknown-ids': { app: ['box 1', 'box 2'] },
  'duplicate-ids': { app: ['box 1', 'box 2'], warning: /component id 1 is given twice/ },
  deep: { error: /nests deeper than 128 levels/ },
  huge: { app: ['frame', 'many', 'slider'] },
  'wrong-types': { app: ['img'] },
  'missing-dependency-components': { app: ['box 1'], warning: /event 0 names missing component 99.*event 1 has malformed targets/ },
  'no-components': { error: /config is malformed|no component list/ },
  'not-json': { error: /could not load/i },
};

/** A host page that restyles everything it can reach: inherited colours, fonts and theme variables. */
const aggressiveCss = `<style>
:root { color: #ff0 !important; background: #000; font: 30px/3 cursive !important; letter-spacing: 4px;
  --error-text-color: #fff; --error-background-fill: #fff; --error-border-color: #fff; --body-text-color: #ff0;
  --body-background-fill: #000; --font: cursive; --radius-lg: 0; }
* { color: #0f0 !important; background: #f0f !important; }
div, p, strong { all: revert !important; }
</style>`;

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<gradio-app> with malformed and hostile configs', () => {
  const suite = useEmbedSuite([]);
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const name = new URL(request.url ?? '/', 'http://x').pathname.split('/')[1] ?? '';
      const body = configs[name];
      const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
      if (body === undefined || !request.url?.endsWith('/config')) {
        response.writeHead(404, headers).end('{"detail":"Not Found"}');
        return;
      }
      response.writeHead(200, headers).end(typeof body === 'string' ? body : JSON.stringify(body));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
  });

  it.each(['light', 'dark'])('the error screen wears the kit theme (%s), not the aggressive host page', async (mode) => {
    const { page } = await openPage(suite.browser);
    await page.goto(suite.site.page(`hostile-error-${mode}`, `<gradio-app src="${url}/nothing-here/" theme_mode="${mode}" eager></gradio-app>`, aggressiveCss));
    const error = page.locator('gradio-app .app-error');
    await error.waitFor({ timeout: limit(30_000) });
    // The kit's theme is applied once its code has loaded: wait for its error colours.
    const style = () =>
      error.evaluate((el) => {
        const css = getComputedStyle(el);
        return { color: css.color, background: css.backgroundColor, font: css.fontFamily, size: css.fontSize, spacing: css.letterSpacing };
      });
    const want = mode === 'light' ? { color: 'rgb(185, 28, 28)', background: 'rgb(254, 242, 242)' } : { color: 'rgb(254, 242, 242)' };
    await expect.poll(style, { timeout: limit(15_000) }).toMatchObject(want);
    const shown = await style();
    expect(contrast(shown.color, shown.background === 'rgba(0, 0, 0, 0)' ? 'rgb(11, 15, 25)' : shown.background)).toBeGreaterThan(4.5);
    expect(shown.font).not.toMatch(/cursive/);
    expect(shown.size).not.toBe('30px');
    expect(shown.spacing).toBe('normal');
    expect(await error.textContent()).toContain(`${url}/nothing-here/`);
    await screenshot(page, `hostile-error-screen-${mode}`);
    await page.close();
  });

  it.each(Object.keys(expected))('%s: a clear error or a fallback, never a frozen page', async (name) => {
    const want = expected[name];
    const { page, errors } = await openPage(suite.browser);
    const body = `<gradio-app src="${url}/${name}/" eager></gradio-app>
<script type="module">
  const app = document.querySelector('gradio-app');
  window.__outcome = new Promise((resolve) => {
    app.addEventListener('render', () => resolve({ type: 'render' }), { once: true });
    app.addEventListener('error', (event) => resolve({ type: 'error', detail: event.detail }), { once: true });
  });
</script>`;
    await page.goto(suite.site.page(`hostile-${name}`, body));
    const outcome = await page.evaluate(() => (window as unknown as { __outcome: Promise<{ type: string; detail?: { message: string } }> }).__outcome);
    const embed = page.locator('gradio-app');
    if (want.error) {
      expect(outcome.type).toBe('error');
      expect(outcome.detail?.message).toMatch(want.error);
      await expect.poll(() => embed.locator('.app-error').textContent()).toMatch(want.error);
    } else {
      expect(outcome).toEqual({ type: 'render' });
      for (const label of want.app ?? []) await embed.getByText(label, { exact: true }).first().waitFor({ timeout: limit(30_000) });
      if (want.warning) await expect.poll(() => embed.locator('gr-toast').textContent(), { timeout: limit(15_000) }).toMatch(want.warning);
    }
    // Still responsive: a round trip through the page's event loop answers at once.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(Date.now() - started).toBeLessThan(5_000);
    // A full-page picture of the huge page (a 100 000-character label) takes longer than the test.
    if (name !== 'huge') await screenshot(page, `hostile-config-${name}`);
    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });
});
