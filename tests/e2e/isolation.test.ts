/**
 * Isolation both ways: a host page with hostile CSS leaves the embedded app's computed styles as they are
 * on a clean page, and the app (its theme, its custom CSS) leaves the host page's computed styles unchanged.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';

const hostileCss = `<style>
  body { color: red; font: italic 30px/3 serif; text-transform: uppercase; word-spacing: 10px; text-align: right; cursor: wait }
  a { color: pink !important }
  button { background: black }
  textarea { height: 500px }
  div { padding: 40px }
  input { border: 5px dotted green }
  * { letter-spacing: 3px }
</style>`;

/** Host-page markup that the app must not restyle. */
const hostMarkup = `<h1 id="host-title">Host page</h1><p id="host-text">Some <a id="host-link" href="#">text</a>.</p>
<button id="host-button">host button</button><textarea id="host-textarea"></textarea><div id="host-div">div</div>`;

/** The suite of the Gradio version running now (each version's `describe` starts its own). */
let suite: EmbedSuite;

const properties = [
  'color', 'font-family', 'font-size', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-align', 'cursor', 'padding-top', 'height', 'background-color', 'border-top-style',
];

/** Computed styles of the app's inner parts (through its shadow root). */
async function appStyles(page: Page) {
  await waitForAppReady(page);
  return page.evaluate((props) => {
    const root = document.querySelector('gradio-app')?.shadowRoot as ShadowRoot;
    const pick = (el: Element | null) => {
      if (!el) return null;
      const style = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      container: pick(root.querySelector('.gradio-container')),
      label: pick(root.querySelector('gr-textbox .block-title')),
      field: pick(root.querySelector('gr-textbox textarea, gr-textbox input')),
      button: pick(root.querySelector('gr-button button')),
      block: pick(root.querySelector('gr-textbox .block')),
    };
  }, properties);
}

async function hostStyles(page: Page) {
  return page.evaluate((props) => {
    const out: Record<string, Record<string, string>> = {};
    for (const id of ['host-title', 'host-text', 'host-link', 'host-button', 'host-textarea', 'host-div']) {
      const style = getComputedStyle(document.getElementById(id) as Element);
      out[id] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    const root = getComputedStyle(document.documentElement);
    out[':root'] = { '--block-background-fill': root.getPropertyValue('--block-background-fill'), '--body-text-color': root.getPropertyValue('--body-text-color') };
    return out;
  }, properties);
}

describe.each(gradioVersions)('isolation between the host page and the app (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['styled'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('hostile host CSS does not change the app', async () => {
    const app = `<gradio-app src="${suite.servers.styled.url}/" eager></gradio-app>`;
    const clean = await openPage(suite.browser);
    await clean.page.goto(suite.site.page('clean', app));
    const cleanStyles = await appStyles(clean.page);
    const hostile = await openPage(suite.browser);
    await hostile.page.goto(suite.site.page('hostile', `${app}`, hostileCss));
    const hostileStyles = await appStyles(hostile.page);
    expect(hostileStyles).toEqual(cleanStyles);
    expect(cleanStyles.field).not.toBeNull();
    await screenshot(hostile.page, 'isolation-hostile-host');
  });

  it('the app, its theme and its custom CSS do not change the host page', async () => {
    const without = await openPage(suite.browser);
    await without.page.goto(suite.site.page('host-alone', hostMarkup));
    const before = await hostStyles(without.page);
    const withApp = await openPage(suite.browser);
    await withApp.page.goto(suite.site.page('host-with-app', `${hostMarkup}<gradio-app src="${suite.servers.styled.url}/" eager theme_mode="dark"></gradio-app>`));
    await appStyles(withApp.page);
    const after = await hostStyles(withApp.page);
    expect(after).toEqual(before);
    // The app's custom CSS did apply inside the app.
    const inside = await withApp.page.evaluate(() => {
      const root = document.querySelector('gradio-app')?.shadowRoot as ShadowRoot;
      return getComputedStyle(root.querySelector('#warning .block-title, #warning') as Element).color;
    });
    expect(inside).toBe('rgb(255, 0, 0)');
    await screenshot(withApp.page, 'isolation-host-with-app');
  });
});
