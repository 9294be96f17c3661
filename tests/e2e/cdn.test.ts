/**
 * The CDN entry works as users embed it: a plain page on one origin loads
 * `<script type="module" src=".../gradio-kit.esm.js">` from another origin, and the elements upgrade,
 * lazy-load their code from that origin, render and react to a click.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';

let cdn: StaticServer;
let site: StaticServer;
let browser: Browser;

beforeAll(async () => {
  cdn = await startStaticServer(join(import.meta.dirname, '../../dist'), { cors: true });
  const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="${cdn.url}/gradio-kit/gradio-kit.esm.js"></script></head>
    <body><gr-button id="b" value="Say hi" variant="primary"></gr-button><p id="clicks">0</p>
    <script>
      document.addEventListener('gr-click', () => {
        const p = document.getElementById('clicks'); p.textContent = String(Number(p.textContent) + 1);
      });
    </script></body></html>`;
  site = await startStaticServer(join(import.meta.dirname, 'pages'), { pages: { '/': page } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await cdn?.close();
  await site?.close();
});

describe('CDN entry from another origin', () => {
  it('upgrades <gr-button>, loads its code from the CDN origin and handles a click', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(site.url);
    const button = page.locator('gr-button button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Say hi');
    expect(await button.getAttribute('class')).toContain('primary');
    await button.click();
    await expect.poll(() => page.locator('#clicks').textContent()).toBe('1');
    expect(cdn.requests.some((path) => /\.entry\.js$/.test(path))).toBe(true);
    expect(site.requests.every((path) => !path.startsWith('/gradio-kit'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
