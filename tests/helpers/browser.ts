/**
 * playwright-core on Debian's Chromium for e2e tests, collecting console errors and page errors so a test
 * can assert that a page ran cleanly.
 */
import { type Browser, type BrowserServer, type Download, type Page, chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.ts';
import { envWaitScale } from './wait-scale.ts';

/** Set by tests/e2e/global-setup.ts: the run's one Chromium, which each test file connects to. */
export const sharedChromiumVariable = 'GRADIO_KIT_CHROMIUM_WS';

/** Debian's Chromium, headless, with the flags this machine needs (tests/helpers/chromium.ts). */
const launchOptions = { executablePath: chromiumPath, args: chromiumArgs, headless: true };

/** Launches Chromium as a server that test files connect to ({@link launchChromium}); `close()` ends it. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions);
}

/**
 * Chromium for a test or a benchmark. In a test run it is a connection to the run's one Chromium (a launch and
 * close cost about 3 s of CPU here, and the e2e files made about ninety); `close()` then closes the contexts this
 * connection made (its pages) and disconnects. Elsewhere it launches its own. Its pages' default limits (an
 * action waiting for its element, a navigation; Playwright's 30 s) grow with the run's load factor, as every
 * other wait ceiling does.
 */
export async function launchChromium(): Promise<Browser> {
  const shared = process.env[sharedChromiumVariable];
  const browser = shared
    ? await chromium.connect(shared)
    : await chromium.launch(launchOptions);
  const scale = envWaitScale();
  if (scale === 1) return browser;
  // `newPage` makes its page's context through `newContext`, so both get the limits.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(30_000 * scale);
    context.setDefaultNavigationTimeout(30_000 * scale);
    return context;
  };
  return browser;
}

/** A new page whose console errors and uncaught exceptions are recorded in `errors`. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // A failed request is recorded below with its URL; its console echo would say less.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { page, errors };
}

/**
 * A download's bytes. Read from its stream, not its `path()`: a browser connected to (the run's shared Chromium)
 * keeps the file on its side, where `path()` cannot reach.
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
