/**
 * `gradio-kit types` (the built `dist/cli/index.js`) against real Gradio servers: it writes the module of each
 * app's named endpoints; `tsc` compiles a typed use of `Client.connect<Api>` with those modules and rejects
 * wrong calls, each with its expected error; the compiled use then runs against the same servers and gets
 * what its types say. Also the command's errors: an unreachable app, a private Space without a token, an app
 * behind a login, an app without named endpoints, wrong arguments.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type GradioServer, gradioVersions, startGradioApp } from '../../scripts/gradio-server';
import { loadTranscript } from '../client/helpers/fixtures';
import { limit } from '../helpers/limits.ts';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist', 'cli', 'index.js');
const tsc = join(root, 'node_modules', '.bin', 'tsc');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (never rejects): its exit code and output. */
function run(file: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    const env = { ...process.env, HF_TOKEN: '', ...options.env };
    execFile(file, args, { cwd: options.cwd, env, timeout: limit(240_000), maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** `gradio-kit types ...`. */
const types = (args: string[], env?: Record<string, string>) => run(process.execPath, [cli, 'types', ...args], { env });

/** A typed use of the three generated modules: every call compiles, and its results are printed as JSON. */
const goodUse = `import { Client, handle_file, type FileData } from 'gradio-kit/client';
import type { FilesApi } from './files.js';
import type { TypedApi } from './typed.js';

declare const process: { env: Record<string, string | undefined> }; // (no @types/node in this project)
const typed = await Client.connect<TypedApi>(process.env.TYPED_URL!);
const files = await Client.connect<FilesApi>(process.env.FILES_URL!);
const [text, length]: [string, number] = (await typed.predict('/greet', { name: 'Ada', times: 2 })).data;
const [positional] = (await typed.predict('greet', ['Bo', 'Hi', 1, true])).data;
const order: string = (await typed.predict('/order', { size: 'large', toppings: ['ham', 'basil'] })).data[0];
const counts: number[] = [];
for await (const event of typed.submit('/count', { n: 3 })) if (event.type === 'data') counts.push(event.data[0]);
const last = await typed.submit('/count', [2]).result;
const version: string = (await typed.predict('/version')).data[0];
const upload = handle_file(new Blob(['typed upload'], { type: 'text/plain' }), { name: 'typed.txt' });
const [info, file]: [string, FileData] = (await files.predict('/predict', { path: upload })).data;
typed.close();
files.close();
console.log(JSON.stringify({ text, length, positional, order, counts, last: last.data[0], version, info, file }));
`;

/** Wrong uses, one a file: each must fail to compile with the error given. */
const wrongUses: Record<string, { code: string; error: RegExp }> = {
  'wrong-endpoint': { code: `typed.predict('/nope', { name: 'Ada' });`, error: /TS2345: Argument of type '"\/nope"' is not assignable/ },
  'missing-parameter': { code: `typed.predict('/greet', { greeting: 'Hi' });`, error: /TS2345: .*\n\s+Property 'name' is missing/ },
  'wrong-type': { code: `typed.predict('/greet', { name: 42 });`, error: /TS2322: Type 'number' is not assignable to type 'string'/ },
  'wrong-choice': { code: `typed.predict('/order', { size: 'huge' });`, error: /TS2322: Type '"huge"' is not assignable to type '("(small|medium|large)"( \| )?){3}'/ },
  'no-inputs': { code: `typed.predict('/greet');`, error: /TS2554: Expected 2-3 arguments, but got 1/ },
  'short-positional': { code: `typed.predict('/greet', ['Ada']);`, error: /TS2345: .*\n(.*\n)*.*Source has 1 element\(s\) but target requires 4/ },
  'wrong-result': { code: `const n: number = (await typed.predict('/version')).data[0];`, error: /TS2322: Type 'string' is not assignable to type 'number'/ },
  'wrong-file': { code: `files.predict('/predict', { path: 'notes.txt' });`, error: /TS2322: Type 'string' is not assignable to type 'FileInput'/ },
  'wrong-submit': { code: `typed.submit('/count', { n: '3' });`, error: /TS2345: (.*\n)*\s+Type 'string' is not assignable to type 'number'/ },
};

describe.each(gradioVersions)('gradio-kit types on Gradio %i', (gradio) => {
  let servers: Record<'files' | 'typed' | 'login', GradioServer>;
  let dir: string;
  const generated: Record<string, Run> = {};

  beforeAll(async () => {
    const [files, typed, login] = await Promise.all(['file_upload', 'typed_api', 'login'].map((app) => startGradioApp(app, { gradio, timeoutMs: 240_000 })));
    servers = { files, typed, login };
    dir = mkdtempSync(join(tmpdir(), 'gradio-kit-types-'));
    // the temporary project imports this package as users do, by name
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'gradio-kit'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    const compilerOptions = { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2023', 'dom'], types: [], skipLibCheck: true, outDir: 'out' };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
    // one module on stdout, one written with --out
    generated.typed = await types([typed.url, '--name', 'TypedApi']);
    writeFileSync(join(dir, 'typed.ts'), generated.typed.stdout);
    generated.files = await types([`${files.url}/`, '--name', 'FilesApi', '--out', join(dir, 'files.ts')]);
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers ?? {}).map((server) => server.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('types a multi-endpoint app: defaults, choices, files, state left out, a generator, hidden endpoints left out', () => {
    const { code, stdout, stderr } = generated.typed;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`The named endpoints of ${servers.typed.url} (Gradio ${gradio === 5 ? '5.14.0' : '6.25.0'})`);
    expect(stdout).toContain('import type { FileData, FileInput } from "gradio-kit/client";');
    expect(stdout).toContain('export interface TypedApi {');
    expect(stdout).toContain('/** Textbox "name" */\n      name: string;');
    expect(stdout).toContain('/** Textbox "greeting". @default "Hello" */\n      greeting?: string;');
    expect(stdout).toMatch(/\/\*\* Slider "times"[^\n]*@default 1 \*\/\n\s+times\?: number;/);
    expect(stdout).toContain('/** Checkbox "shout". @default false */\n      shout?: boolean;');
    expect(stdout).toContain('positional: [name: string, greeting: string, times: number, shout: boolean];');
    expect(stdout).toContain('returns: [text: string, length: number];');
    expect(stdout).toMatch(/\n\s+size: "small" \| "medium" \| "large";/);
    expect(stdout).toMatch(/\n\s+sauce\?: "tomato" \| "cream";/);
    expect(stdout).toMatch(/\n\s+toppings\?: \("ham" \| "olives" \| "basil"\)\[\];/);
    expect(stdout).toMatch(/\n\s+extras\?: \("chili" \| "garlic"\)\[\];/);
    expect(stdout).toContain('positional: [image: FileInput, document: FileInput];'); // the gr.State input is no parameter
    expect(stdout).toContain('returns: [text: string, same_document: FileData];');
    expect(stdout).toContain('/** A generator: `submit` streams its outputs. */\n  "/count": {');
    expect(stdout).toContain('"/version": {\n    parameters: {};\n    positional: [];');
    expect(stdout).not.toContain('/secret');
  });

  it('writes a file app with --out, and says so on stderr', () => {
    const { code, stdout, stderr } = generated.files;
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(`gradio-kit types: wrote ${join(dir, 'files.ts')}\n`);
    const text = readFileSync(join(dir, 'files.ts'), 'utf8');
    expect(text).toContain('export interface FilesApi {\n  "/predict": {');
    expect(text).toContain('path: FileInput;');
    expect(text).toContain('returns: [info: string, same_file_back: FileData];');
  });

  it('compiles the typed use, rejects each wrong call with its error, and the use gets what its types say', async () => {
    writeFileSync(join(dir, 'use.ts'), goodUse);
    const header = goodUse.slice(0, goodUse.indexOf('const [text'));
    for (const [name, { code }] of Object.entries(wrongUses)) writeFileSync(join(dir, `${name}.ts`), `${header}${code}\n`);
    const compiled = await run(tsc, ['-p', dir], { cwd: dir });
    const errors = (file: string) => compiled.stdout.split(/\n(?=\S)/).filter((line) => line.startsWith(`${file}.ts(`));
    for (const file of ['use', 'typed', 'files']) expect(errors(file), compiled.stdout).toEqual([]);
    for (const [name, { error }] of Object.entries(wrongUses)) {
      expect(errors(name), `${name}.ts:\n${compiled.stdout}`).toHaveLength(1);
      expect(errors(name)[0]).toMatch(error);
    }

    const used = await run(process.execPath, [join(dir, 'out', 'use.js')], {
      env: { TYPED_URL: servers.typed.url, FILES_URL: servers.files.url },
    });
    expect(used.stderr).toBe('');
    const result = JSON.parse(used.stdout);
    expect(result).toMatchObject({
      text: 'Hello, Ada! Hello, Ada!',
      length: 23,
      positional: 'HI, BO!',
      order: 'large pizza, tomato sauce, toppings: ham, basil, extras: none',
      last: 2,
      version: gradio === 5 ? '5.14.0' : '6.25.0',
      file: { orig_name: 'typed.txt', meta: { _type: 'gradio.FileData' } },
    });
    // one data event a yield (the client repeats the last one when the job completes)
    expect([...new Set(result.counts)]).toEqual([1, 2, 3]);
    expect(result.info).toMatch(/^typed\.txt: 12 bytes, sha256=/);
    expect(result.file.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gradio_api\/file=/);
  });

  it('needs a login for an app launched with auth=, and logs in with --auth', async () => {
    const app = `${servers.login.url}/app`;
    const refused = await types([app]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/^gradio-kit types: http:\S+\/app needs a login \(pass --auth user:password\)/);
    const wrong = await types([app, '--auth', 'ada:wrong']);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('refused the login: Login refused: incorrect credentials');
    const ok = await types([app, '--auth', 'ada:lovelace']);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('"/predict": {');
  });
});

describe('gradio-kit types: errors', () => {
  let standIn: Server;
  let base: string;
  const seen: Array<string | undefined> = [];

  beforeAll(async () => {
    // A loopback Hub (a private Space readable with one token) and an app whose /info names no endpoint
    // (Gradio answers so for an app whose events all have api_name=False); the app's config is a real one.
    const { config } = loadTranscript('gradio-6.25', 'hello-predict');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    standIn = createServer((request, response) => {
      const path = new URL(request.url ?? '/', base).pathname;
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (path === '/api/spaces/ada/private/host') {
        seen.push(request.headers.authorization);
        if (request.headers.authorization !== 'Bearer hf_reader') return send(401, { error: 'Invalid credentials' });
        return send(200, { subdomain: 'ada-private', host: `${base}/unnamed` });
      }
      if (path === '/unnamed/config') return send(200, { ...config, root: `${base}/unnamed` });
      if (path === '/unnamed/gradio_api/info') return send(200, { named_endpoints: {}, unnamed_endpoints: {} });
      send(404, { detail: 'Not Found' });
    });
    await new Promise<void>((ready) => standIn.listen(port, '127.0.0.1', ready));
  });
  afterAll(() => new Promise<void>((done) => (standIn ? standIn.close(() => done()) : done())));

  it('says an app is unreachable (exit 3)', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const { code, stdout, stderr } = await types([url]);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^gradio-kit types: Cannot reach ${url}: Unreachable.* \\[ECONNREFUSED\\]\n$`));
  });

  it('says a Space is private without a token (exit 4), and reads it with --token or HF_TOKEN', async () => {
    const hub = ['--hub', base];
    const refused = await types(['ada/private', ...hub]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe('gradio-kit types: ada/private is private: pass --token or set HF_TOKEN\n');
    const wrong = await types(['ada/private', ...hub, '--token', 'hf_other']);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain('the token cannot read it');
    // the token reaches the Hub; the app behind it has no named endpoint (exit 5)
    for (const reader of [await types(['ada/private', ...hub, '--token', 'hf_reader']), await types(['ada/private', ...hub], { HF_TOKEN: 'hf_reader' })]) {
      expect(reader.stderr).toBe('gradio-kit types: ada/private has no named endpoints (give its events an api_name to call them by name)\n');
      expect(reader.code).toBe(5);
    }
    expect(seen).toEqual([undefined, 'Bearer hf_other', 'Bearer hf_reader', 'Bearer hf_reader']);
  });

  it('refuses wrong arguments with the usage (exit 2)', async () => {
    for (const args of [[], ['a', 'b'], ['not an app'], ['http://x', '--nope'], ['http://x', '--auth', 'nocolon']]) {
      const { code, stderr } = await types(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/^gradio-kit types: /);
    }
    const help = await types(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: gradio-kit types <app> [options]');
  });
});
