import { defineVitestConfig } from '@stencil/vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/helpers/chromium.ts';
import { LongestFirstSequencer } from './tests/helpers/sequencer.ts';
import { measureWaitScale } from './tests/helpers/wait-scale.ts';

/**
 * Every test layer is a vitest project; `scripts/test-all.sh` runs them all (after the Stencil build,
 * which the spec, browser and e2e layers load).
 *
 * - unit         `src/**\/*.unit.test.ts`: Node, no DOM (client, themes, utils).
 * - spec         `src/**\/*.spec.tsx`: components in a simulated DOM (@stencil/vitest, happy-dom).
 * - browser      `src/**\/*.browser.test.{ts,tsx}`, `tests/browser/**`: vitest browser mode on Chromium.
 * - integration  `tests/integration/**`: Node against real Gradio servers.
 * - client-node / client-browser  `tests/client/**`: one client suite against real Gradio servers, in
 *                Node and in Chromium (the servers start in Node, in the project's globalSetup).
 * - e2e          `tests/e2e/**`: playwright-core drives Chromium against pages served on loopback.
 *
 * The layers without servers (unit, spec, browser) run first, then the four that start real Gradio servers
 * (`sequence.groupOrder: 1`). Run together, the servers' start-ups (a Python process each, many at once for
 * the client suite) starved the browser tests' page on a 2-core machine: a plotly.js figure that draws in
 * 11 s alone took over 100 s in CI, and other browser tests missed their waits the same way.
 */
/**
 * Every wait ceiling of the run (vitest's test and hook limits here, each test's own through `limit()` of
 * tests/helpers/limits.ts, a server's start-up limit) is multiplied by one factor: 1 on an idle machine, up to
 * 3 when other processes keep the cores busy. The waits themselves are on state; only their limits grow.
 */
const measured = !process.env.GRADIO_KIT_WAIT_SCALE;
const waitScale = measureWaitScale();
// Workers and the servers tests start inherit it (and a config read again in a worker does not measure again).
process.env.GRADIO_KIT_WAIT_SCALE = String(waitScale);
// biome-ignore lint/suspicious/noConsole: said once per run, so a slow run explains itself
if (measured && waitScale > 1) console.log(`[gradio-kit] the machine is busy: wait ceilings x${waitScale}`);
const scaled = (ms: number) => Math.round(ms * waitScale);

/** Browser mode on Debian's Chromium; each browser project names its instance (names must be unique). */
const browser = (name: string) => ({
  enabled: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: 'chromium' as const, name }],
});

export default defineVitestConfig({
  stencilConfig: './stencil.config.ts',
  test: {
    provide: { waitScale },
    // Not vitest's 5 s: the factor is measured before the run, and the run itself then loads the machine (unit and
    // spec tests share two cores with the browser project's Chromium; a 0.4 s test of i18n.unit took over 5 s in CI).
    testTimeout: scaled(20_000),
    hookTimeout: scaled(10_000),
    expect: { poll: { timeout: scaled(1_000) } },
    // Each group's longest files first, across projects (see the file).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.unit.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'spec',
          include: ['src/**/*.spec.tsx'],
          environment: 'stencil',
          environmentOptions: { stencil: { domEnvironment: 'happy-dom' } },
          setupFiles: ['./tests/setup/load-components.ts'],
          // Loading every element in the setup hook takes a few seconds, much longer on a busy 2-core machine.
          hookTimeout: scaled(60_000),
          // The files share a worker's module cache, so the elements load once per worker, not once per file:
          // 61 files took 59 s (79 s of CPU) isolated and 11 s (12 s of CPU) not.
          isolate: false,
        },
      },
      {
        extends: true,
        optimizeDeps: {
          exclude: ['@stencil/vitest'],
        },
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/load-components.ts'],
          // Vitest's own default in browser mode (the root's 5 s is Node's).
          testTimeout: scaled(15_000),
          hookTimeout: scaled(60_000),
          browser: browser('browser (chromium)'),
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // See e2e.
          isolate: false,
          testTimeout: scaled(60_000),
          hookTimeout: scaled(300_000),
        },
      },
      {
        extends: true,
        test: {
          name: 'client-node',
          sequence: { groupOrder: 1 },
          include: ['tests/client/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/client/global-setup.ts'],
          testTimeout: scaled(60_000),
          hookTimeout: scaled(300_000),
        },
      },
      {
        extends: true,
        test: {
          name: 'client-browser',
          sequence: { groupOrder: 1 },
          include: ['tests/client/**/*.test.ts'],
          globalSetup: ['./tests/client/global-setup.ts'],
          testTimeout: scaled(60_000),
          hookTimeout: scaled(300_000),
          browser: browser('client-browser (chromium)'),
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // A worker runs its files one after another in one process: playwright-core and the helpers load once,
          // not once per file (seven small files on one idle worker: 70 s isolated, 56 s not). The files keep no
          // state in modules; each starts its own servers, site and browser contexts, and stops them.
          isolate: false,
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: scaled(60_000),
          hookTimeout: scaled(300_000),
        },
      },
    ],
  },
});
