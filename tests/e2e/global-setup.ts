/**
 * One Chromium for the whole e2e run: each test file connects to it (`launchChromium()` of
 * tests/helpers/browser.ts) instead of launching its own, and gets contexts of its own (no shared cookies,
 * storage or cache between files). A Debian Chromium launch and close cost about 3 s of CPU, and the files made
 * about ninety of them per run.
 */
import { launchChromiumServer, sharedChromiumVariable } from '../helpers/browser.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  // The workers that run the files start after this and inherit the variable.
  process.env[sharedChromiumVariable] = server.wsEndpoint();
  return async () => {
    delete process.env[sharedChromiumVariable];
    await server.close();
  };
}
