/**
 * Starts the example Gradio apps of `examples/apps` on a real Gradio 5.14 or 6.25 server, for tests, the demo
 * page and benchmarks.
 *
 * The server runs in the chroot that `scripts/provision-gradio.sh [5|6]` builds (or with the python named by
 * `GRADIO_KIT_PYTHON` / `GRADIO_KIT_PYTHON6`). Every server is tied to the process that started it: the chroot mode runs it as
 * the first process of its own PID namespace under `setpriv --pdeathsig`, so when this process dies for any
 * reason (a failed suite, Ctrl-C, SIGKILL) the kernel ends the server and all its children with it.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { envWaitScale } from '../tests/helpers/wait-scale.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Folder of the example apps. */
export const appsDir: string = join(repoRoot, 'examples', 'apps');

/** Where a provisioned Gradio runs: inside a chroot, or a python the user pointed at. */
export type GradioRuntime = { kind: 'chroot'; root: string } | { kind: 'python'; python: string };

/** A Gradio major the project tests on: 5 is Gradio 5.14.0, 6 is Gradio 6.25.0. */
export type GradioMajor = 5 | 6;

/** Gradio 6.25's own Python packages, beside the repository (`../shared`), unless told otherwise. */
const gradio6Source = process.env.GRADIO_KIT_GRADIO6_SOURCE ?? resolve(repoRoot, '..', 'shared', 'gradio-6.25');

/**
 * The majors this machine can run: `[5, 6]`, or `[5]` in a clone that has no Gradio 6.25 sources beside it
 * (and no `GRADIO_KIT_PYTHON6`). Suites that run on both versions iterate over it
 * (`describe.each(gradioVersions)`), so the 6.x layer is skipped there, said once on stderr.
 */
export const gradioVersions: readonly GradioMajor[] =
  process.env.GRADIO_KIT_PYTHON6 || existsSync(join(gradio6Source, 'gradio', '__init__.py')) ? [5, 6] : [5];
if (!gradioVersions.includes(6) && !process.env.GRADIO_KIT_QUIET_GRADIO6) {
  process.env.GRADIO_KIT_QUIET_GRADIO6 = '1';
  process.stderr.write(`[gradio-server] no Gradio 6.25 sources at ${gradio6Source}: tests run on Gradio 5.14 only\n`);
}

/** A running Gradio app. */
export interface GradioServer {
  /** Base URL, without a trailing slash (`http://127.0.0.1:PORT`). */
  url: string;
  port: number;
  /** The app's file name in `examples/apps` without `.py`. */
  app: string;
  /** The Gradio major serving it. */
  gradio: GradioMajor;
  /** Ends the server and its children; resolves once the process is gone. Safe to call twice. */
  stop(): Promise<void>;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /**
   * Kills the server if it still runs (SIGKILL, as a crash would) and starts the same app again, on the same
   * port when it is still free; `url` and `port` then name the new server. Resolves once it answers. The new
   * server knows nothing of the old one's sessions, queue or logins.
   */
  restart(): Promise<void>;
}

export interface StartOptions {
  /** Which Gradio runs the app. @default 5 */
  gradio?: GradioMajor;
  /** Extra environment variables for the app (for example a theme name read by the app). */
  env?: Record<string, string>;
  /** How long to wait for the server to answer `GET /config` (a loaded 2-core machine starting several servers needs long). @default 90000 */
  timeoutMs?: number;
  /**
   * A built Gradio browser frontend (a `gradio/templates/frontend` folder, as `scripts/official-frontend.sh`
   * makes) served by this server instead of the placeholder page: mounted over the chroot's copy in the
   * server's private mount namespace, so no other server sees it. Chroot runtimes only. For benchmarks.
   */
  frontend?: string;
}

/** Where each provisioned chroot keeps `gradio/templates/frontend` (see scripts/provision-gradio.sh). */
const chrootFrontendDir: Record<GradioMajor, string> = {
  5: '/usr/local/lib/python3.13/dist-packages/gradio/templates/frontend',
  6: '/opt/gradio-6.25.0/gradio/templates/frontend',
};

const runtimePromises = new Map<GradioMajor, Promise<GradioRuntime>>();
const running = new Set<ChildProcess>();

/**
 * Provisions a Gradio major once per process (the script itself is cached, idempotent and locked, so parallel
 * test files are safe) and tells where it runs.
 */
export function ensureGradio(major: GradioMajor = 5): Promise<GradioRuntime> {
  let promise = runtimePromises.get(major);
  if (promise) return promise;
  promise = new Promise<GradioRuntime>((resolvePromise, reject) => {
    execFile(
      'bash',
      [join(repoRoot, 'scripts', 'provision-gradio.sh'), String(major)],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`provisioning Gradio ${major} failed:\n${stderr.trim()}`));
          return;
        }
        const last = stdout.trim().split('\n').at(-1) ?? '';
        if (last.startsWith('chroot:')) resolvePromise({ kind: 'chroot', root: last.slice(7) });
        else if (last.startsWith('python:')) resolvePromise({ kind: 'python', python: last.slice(7) });
        else if (last.startsWith('absent:')) reject(new Error(`Gradio ${major} is not available here: ${last.slice(7)}`));
        else reject(new Error(`provisioning Gradio ${major} printed no runtime line:\n${stdout}\n${stderr}`));
      },
    );
  });
  runtimePromises.set(major, promise);
  return promise;
}

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function spawnApp(
  runtime: GradioRuntime,
  appFile: string,
  env: Record<string, string>,
  frontend?: { from: string; to: string },
): ChildProcess {
  const assignments = Object.entries(env).map(([key, value]) => `${key}=${value}`);
  if (runtime.kind === 'python') {
    return spawn('setpriv', ['--pdeathsig', 'SIGKILL', '--', runtime.python, join(appsDir, appFile)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  // A private mount namespace gives the chroot its own /proc and the apps folder; a PID namespace makes
  // the server its first process, so killing `unshare` (or this process dying) ends all of it.
  const mountFrontend = frontend ? `mount --bind "$2" "$0${frontend.to}" && shift && ` : '';
  const script = `mount -t proc proc "$0/proc" && mount --bind "$1" "$0/srv/apps" && ${mountFrontend}shift && exec chroot "$0" "$@"`;
  return spawn(
    'setpriv',
    [
      '--pdeathsig',
      'SIGKILL',
      '--',
      'unshare',
      '--fork',
      '--pid',
      '--mount',
      '--kill-child',
      '--propagation',
      'private',
      'sh',
      '-c',
      script,
      runtime.root,
      appsDir,
      ...(frontend ? [frontend.from] : []),
      '/usr/bin/env',
      ...assignments,
      'python3',
      '-u',
      `/srv/apps/${appFile}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolveStop();
      return;
    }
    child.once('exit', () => resolveStop());
    // `unshare --fork` ignores SIGTERM while it waits; SIGKILL on it makes the kernel kill the whole
    // PID namespace (--kill-child), so nothing of the server survives.
    child.kill('SIGKILL');
  });
}

/**
 * The URL the server says it runs on (Gradio's or uvicorn's line). Gradio moves to another port when the one asked for is taken when it
 * binds (a Gradio 6 server also takes the ports after its own for its static workers, which another server may
 * have been handed a moment before), and says so in its "Running on local URL" line.
 */
function announcedUrl(output: string): string | null {
  // Gradio's launch() line, or uvicorn's for an app that mounts Gradio and runs uvicorn itself (login.py).
  const match = /(?:Running on local URL:|Uvicorn running on)\s+(http:\/\/[\w.:-]+)/.exec(output);
  return match ? match[1].replace(/\/$/, '') : null;
}

/** Resolves with the server's base URL once `GET /config` answers there. */
async function waitForConfig(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let target = url;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the Gradio server exited before answering (code ${child.exitCode}):\n${output()}`);
    }
    // Only the URL the server announced: the port chosen for it may answer first from another server (a Gradio
    // 6 server's static workers take the ports after its own), which would be taken for this one.
    const announced = announcedUrl(output());
    if (!announced) {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    target = announced;
    try {
      const response = await fetch(`${target}/config`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) {
        await response.arrayBuffer();
        return target;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the Gradio server did not answer ${target}/config within ${timeoutMs} ms:\n${output()}`);
}

/**
 * With GRADIO_KIT_SERVER_LOG=<file>, each start appends a line `<ISO time>\t<app>\t<major>\t<ms>\t<test file>`:
 * how many servers a test run starts, for which files, and what they cost.
 */
function noteStart(appFile: string, major: GradioMajor, ms: number): void {
  const file = process.env.GRADIO_KIT_SERVER_LOG;
  if (!file) return;
  const test = process.env.VITEST_WORKER_ID ? (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath : undefined;
  appendFileSync(file, `${new Date().toISOString()}\t${appFile}\t${major}\t${ms}\t${test ?? process.argv[1] ?? ''}\n`);
}

/** One running server process. */
interface Launched {
  child: ChildProcess;
  url: string;
  log: () => string;
}

/**
 * Spawns the app and resolves once it answers: on `port` when given (a restart), else on a free port, trying
 * another one when the chosen port was taken between choosing it and Gradio binding it.
 */
async function launch(appFile: string, options: StartOptions, port?: number): Promise<Launched> {
  const runtime = await ensureGradio(options.gradio ?? 5);
  let frontend: { from: string; to: string } | undefined;
  if (options.frontend) {
    if (runtime.kind !== 'chroot') throw new Error('the `frontend` option needs the provisioned chroot, not GRADIO_KIT_PYTHON*');
    const from = resolve(options.frontend);
    if (!existsSync(join(from, 'index.html'))) throw new Error(`no built frontend at ${from} (no index.html there)`);
    frontend = { from, to: chrootFrontendDir[options.gradio ?? 5] };
  }
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const chosen = attempt === 0 && port ? port : await freePort();
    const env = {
      GRADIO_ANALYTICS_ENABLED: 'False',
      // Gradio 6 would start a Node SSR server when it finds one; the kit is the only frontend here.
      GRADIO_SSR_MODE: 'false',
      HF_HUB_OFFLINE: '1',
      GRADIO_SERVER_NAME: '127.0.0.1',
      GRADIO_SERVER_PORT: String(chosen),
      PYTHONUNBUFFERED: '1',
      ...options.env,
    };
    const child = spawnApp(runtime, appFile, env, frontend);
    running.add(child);
    child.once('exit', () => running.delete(child));
    let log = '';
    const append = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    try {
      const startedAt = Date.now();
      const url = await waitForConfig(`http://127.0.0.1:${chosen}`, child, () => log, (options.timeoutMs ?? 90_000) * envWaitScale());
      noteStart(appFile, options.gradio ?? 5, Date.now() - startedAt);
      return { child, url, log: () => log };
    } catch (error) {
      lastError = error;
      await stopProcess(child);
      if (!/address already in use|Cannot find empty port/i.test(log)) break;
    }
  }
  throw lastError;
}

/**
 * Starts `examples/apps/<app>.py` on a free loopback port and resolves once `GET /config` answers.
 *
 * @example
 * const server = await startGradioApp('hello');
 * // ... fetch(`${server.url}/config`)
 * await server.stop();
 */
export async function startGradioApp(app: string, options: StartOptions = {}): Promise<GradioServer> {
  const appFile = `${app}.py`;
  if (!existsSync(join(appsDir, appFile))) throw new Error(`no such example app: ${join(appsDir, appFile)}`);
  let current = await launch(appFile, options);
  const server: GradioServer = {
    url: current.url,
    port: Number(new URL(current.url).port),
    app,
    gradio: options.gradio ?? 5,
    stop: () => stopProcess(current.child),
    output: () => current.log(),
    async restart() {
      await stopProcess(current.child);
      current = await launch(appFile, options, server.port);
      server.url = current.url;
      server.port = Number(new URL(current.url).port);
    },
  };
  return server;
}

/** Several example apps on one server: the server, and each app's URL (`<server>/<app>`, no trailing slash). */
export interface GradioApps {
  server: GradioServer;
  urls: Record<string, string>;
}

/**
 * Starts several apps of `examples/apps` on one Gradio server (`_all_apps.py` mounts each at `/<app>`, as
 * `gr.mount_gradio_app` does) and resolves once every one is mounted: one start-up instead of one per app,
 * which is most of what a server costs (Gradio's import, about 3 s of CPU). Each app keeps its own queue.
 * An app that fails to mount fails the start with its error. Apps that must own a server (one the test kills
 * or restarts, `faults`) take {@link startGradioApp}.
 */
export async function startGradioApps(apps: readonly string[], options: StartOptions = {}): Promise<GradioApps> {
  for (const app of apps) if (!existsSync(join(appsDir, `${app}.py`))) throw new Error(`no such example app: ${join(appsDir, `${app}.py`)}`);
  const server = await startGradioApp('_all_apps', { ...options, env: { ...options.env, GRADIO_KIT_APPS: apps.join(',') } });
  try {
    const answer = (await (await fetch(`${server.url}/config`)).json()) as { mounted: string[]; failed: Record<string, string> };
    if (Object.keys(answer.failed).length) throw new Error(`apps that did not mount: ${JSON.stringify(answer.failed)}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, urls: Object.fromEntries(apps.map((app) => [app, `${server.url}/${app}`])) };
}

/** Stops every server this process started (also run on exit). */
export async function stopAllGradioApps(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}

process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
