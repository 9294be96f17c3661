/**
 * How every test layer launches Chromium here: Debian's `/usr/bin/chromium` (nothing can download a
 * browser on this machine), with the flags that keep it quiet on a closed network and working as root.
 */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A fake camera and microphone (a test pattern and a tone) that need no permission prompt, for the media
  // elements' capture tests.
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];
