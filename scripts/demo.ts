/**
 * The main job (`npm start`): starts every example app of `examples/apps` on the real Gradio server and
 * serves the demo page on loopback, embedding every app with `<gradio-app>`, and showing the elements built so far.
 * Stops the servers on Ctrl-C.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type GradioServer, appsDir, startGradioApp, stopAllGradioApps } from './gradio-server.ts';
import { startStaticServer } from './static-server.ts';

const repo = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Elements with no UI of their own, or that take over the page (fixed position): not shown in the gallery. */
const notInGallery = new Set(['gr-state', 'gr-browser-state', 'gr-timer', 'gr-toast', 'gr-sidebar', 'gr-blocks-root']);

function elementTags(): string[] {
  return readdirSync(join(repo, 'dist', 'components'))
    .filter((name) => /^gr-[a-z-]+\.js$/.test(name))
    .map((name) => name.replace(/\.js$/, ''))
    .filter((tag) => !notInGallery.has(tag))
    .sort();
}

function page(servers: GradioServer[], failures: string[]): string {
  const apps = servers
    .map(
      (s) => `<section class="app"><h3>${escapeHtml(s.app)} <small><a href="${s.url}/" target="_blank" rel="noopener">${s.url}</a></small></h3>
<gradio-app src="${s.url}/"></gradio-app></section>`,
    )
    .join('\n');
  const failed = failures.map((f) => `<li class="error">${escapeHtml(f)}</li>`).join('\n');
  const elements = elementTags()
    .map((tag) => `<section><h3><code>&lt;${tag}&gt;</code></h3><${tag}></${tag}></section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>gradio-kit demo</title>
<script type="module" src="/dist/gradio-kit/gradio-kit.esm.js"></script>
<style>body{font-family:system-ui,sans-serif;max-width:900px;margin:2rem auto;padding:0 1rem}
.error{color:#b91c1c}section{margin:1rem 0}.app{margin:2rem 0}h3 small{font-weight:normal;font-size:.8em}</style></head>
<body>
<h1>gradio-kit demo</h1>
<h2>Example apps on a real Gradio server, embedded with <code>&lt;gradio-app&gt;</code></h2>
<ul>${failed}</ul>
${apps}
<h2>Elements built so far</h2>
${elements}
</body></html>`;
}

async function main() {
  const names = readdirSync(appsDir)
    .filter((name) => name.endsWith('.py'))
    .map((name) => name.replace(/\.py$/, ''))
    .sort();
  console.log(`starting ${names.length} example apps on the real Gradio server...`);
  const results = await Promise.allSettled(names.map((name) => startGradioApp(name)));
  const servers: GradioServer[] = [];
  const failures: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') servers.push(result.value);
    else failures.push(`${names[i]}: ${String(result.reason).split('\n')[0]}`);
  });
  for (const s of servers) console.log(`  ${s.app.padEnd(16)} ${s.url}`);
  for (const f of failures) console.error(`  failed: ${f}`);
  const site = await startStaticServer(repo, { pages: { '/': () => page(servers, failures) }, port });
  console.log(`\ndemo page: ${site.url}/  (Ctrl-C stops it and the Gradio servers)`);
  const stop = async () => {
    await stopAllGradioApps();
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAllGradioApps();
  process.exit(1);
});
