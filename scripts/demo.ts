/**
 * The main job (`npm start`): starts every example app of `examples/apps` on the real Gradio server and
 * serves the demo page on loopback, embedding every app with `<gradio-app>`, and showing the elements built so far.
 * Stops the servers on Ctrl-C.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type GradioServer, appsDir, startGradioApp, stopAllGradioApps } from './gradio-server.ts';
import { type StaticServer, startStaticServer } from './static-server.ts';

const repo = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Elements with no UI of their own, or that take over the page (fixed position): not shown in the gallery. */
const notInGallery = new Set(['gr-state', 'gr-browser-state', 'gr-timer', 'gr-toast', 'gr-sidebar', 'gr-blocks-root', 'gr-app-dialog']);

function elementTags(): string[] {
  return readdirSync(join(repo, 'dist', 'components'))
    .filter((name) => /^gr-[a-z-]+\.js$/.test(name))
    .map((name) => name.replace(/\.js$/, ''))
    .filter((tag) => !notInGallery.has(tag))
    .sort();
}

/** Where an example app lives on its server, and what a reader needs to know to open it. */
export interface AppEntry {
  /** The URL to embed: the server's root, or the sub-path a FastAPI app mounts the Gradio app at. */
  url: string;
  /** A login the app asks for (`auth=("user", "password")` in its source), shown beside the embed. */
  login: [string, string] | null;
}

/**
 * Reads from an app's source where its Gradio app is (`gr.mount_gradio_app(app, demo, path="/app")` mounts
 * it below `/app`; `demo.launch()` serves it at the root) and the login it asks for.
 */
export function appEntry(server: Pick<GradioServer, 'app' | 'url'>): AppEntry {
  const source = readFileSync(join(appsDir, `${server.app}.py`), 'utf8');
  const mount = /mount_gradio_app\([^)]*?\bpath\s*=\s*["']([^"']*)["']/s.exec(source)?.[1] ?? '';
  const path = `/${mount.replace(/^\/+|\/+$/g, '')}`;
  const auth = /\bauth\s*=\s*\(\s*["']([^"']*)["']\s*,\s*["']([^"']*)["']\s*\)/.exec(source);
  return { url: `${server.url}${path === '/' ? '/' : `${path}/`}`, login: auth ? [auth[1], auth[2]] : null };
}

/** The demo page: every app that started, embedded with `<gradio-app>`, the failures, then the elements. */
export function demoPage(servers: Pick<GradioServer, 'app' | 'url'>[], failures: string[]): string {
  const apps = servers
    .map((s) => {
      const { url, login } = appEntry(s);
      const hint = login ? ` <small class="login-hint">log in as <code>${escapeHtml(login[0])}</code> / <code>${escapeHtml(login[1])}</code></small>` : '';
      return `<section class="app" data-app="${escapeHtml(s.app)}"><h3>${escapeHtml(s.app)} <small><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(url)}</a></small>${hint}</h3>
<gradio-app src="${escapeHtml(url)}"></gradio-app></section>`;
    })
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

/** Serves the demo page at `/` and the repository's files (the built `dist/`) on loopback. */
export function serveDemo(servers: Pick<GradioServer, 'app' | 'url'>[], failures: string[], onPort = 0): Promise<StaticServer> {
  return startStaticServer(repo, { pages: { '/': () => demoPage(servers, failures) }, port: onPort });
}

async function main() {
  const names = readdirSync(appsDir)
    .filter((name) => name.endsWith('.py') && !name.startsWith('_'))
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
  const site = await serveDemo(servers, failures, port);
  console.log(`\ndemo page: ${site.url}/  (Ctrl-C stops it and the Gradio servers)`);
  const stop = async () => {
    await stopAllGradioApps();
    await site.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run as a script (`npx tsx scripts/demo.ts`); tests import the page builder only.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await stopAllGradioApps();
    process.exit(1);
  });
}
