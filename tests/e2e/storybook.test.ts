/**
 * The static Storybook build (`npm run build-storybook`) opens in Chromium and renders real elements.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium, openPage } from '../helpers/browser.ts';

const staticDir = join(import.meta.dirname, '../../storybook-static');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(staticDir, 'index.json'))) {
    throw new Error('storybook-static is missing: run `npm run build-storybook` first (scripts/test-all.sh does)');
  }
  server = await startStaticServer(staticDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('static Storybook', () => {
  it('lists the stories of the kit', () => {
    const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
      entries: Record<string, { type: string; title: string }>;
    };
    const titles = new Set(Object.values(index.entries).map((entry) => entry.title));
    expect(titles).toContain('Components/Button');
  });

  it('renders the primary button story with a real <gr-button>', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/iframe.html?id=components-button--primary&viewMode=story`);
    const button = page.locator('gr-button button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Submit');
    expect(await button.getAttribute('class')).toContain('primary');
    expect(errors).toEqual([]);
  });

  it('the toolbar theme and mode apply to the story frame', async () => {
    const { page, errors } = await openPage(browser);
    const look = async (globals: string) => {
      await page.goto(`${server.url}/iframe.html?id=components-button--primary&viewMode=story&globals=${globals}`);
      const button = page.locator('gr-button button');
      await button.waitFor();
      return page.evaluate(() => {
        const frame = document.querySelector('.gradio-kit-story') as HTMLElement;
        const control = document.querySelector('gr-button button') as HTMLElement;
        return {
          dark: frame.classList.contains('dark'),
          frameBackground: getComputedStyle(frame).backgroundColor,
          buttonBackground: getComputedStyle(control).backgroundImage + getComputedStyle(control).backgroundColor,
          pageBackground: getComputedStyle(document.body).backgroundColor,
        };
      });
    };
    const light = await look('theme:default;mode:light');
    const dark = await look('theme:default;mode:dark');
    const ocean = await look('theme:ocean;mode:light');
    expect(light.dark).toBe(false);
    expect(dark.dark).toBe(true);
    expect(dark.frameBackground).not.toBe(light.frameBackground);
    expect(ocean.buttonBackground).not.toBe(light.buttonBackground);
    // The theme stays on the frame: the page itself is not themed.
    expect(dark.pageBackground).toBe(light.pageBackground);
    expect(errors).toEqual([]);
  });

  it('opens the manager UI', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/index.html`);
    await page.locator('#storybook-preview-iframe').waitFor();
    expect(await page.title()).toContain('Storybook');
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
