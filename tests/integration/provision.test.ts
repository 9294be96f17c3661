/**
 * Provisioning fails loudly and precisely: each broken precondition ends with a message naming the step and
 * the cause, and a non-zero exit. (The happy path is exercised by every suite that starts a server.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { limit } from '../helpers/limits.ts';

const script = resolve(import.meta.dirname, '../../scripts/provision-gradio.sh');
const temps: string[] = [];

function provision(env: Record<string, string>, asUser?: number, major = '5') {
  const cache = mkdtempSync(join(tmpdir(), 'gradio-kit-provision-'));
  temps.push(cache);
  const command =
    asUser === undefined
      ? ['bash', script, major]
      : ['setpriv', `--reuid=${asUser}`, `--regid=${asUser}`, '--clear-groups', 'bash', script, major];
  const result = spawnSync(command[0], command.slice(1), {
    env: { PATH: process.env.PATH ?? '', HOME: cache, GRADIO_KIT_CACHE: join(cache, 'cache'), ...env },
    encoding: 'utf8',
    timeout: limit(120_000),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, cache };
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('provision-gradio.sh failures', () => {
  it('an unreachable Debian mirror fails at the debootstrap step, and says so', () => {
    const { status, stderr } = provision({ DEBIAN_MIRROR: 'http://127.0.0.1:9/debian' });
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/FAILED at step "debootstrap trixie"/);
    expect(stderr).toMatch(/debootstrap failed/);
  });

  it('without root it names the missing privilege and the way around it', () => {
    const { status, stderr } = provision({}, 65534);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/FAILED at step "check prerequisites": needs root/);
    expect(stderr).toMatch(/GRADIO_KIT_PYTHON/);
  });

  it('a GRADIO_KIT_PYTHON that cannot import gradio is refused with its error', () => {
    const { status, stderr } = provision({ GRADIO_KIT_PYTHON: '/bin/false' });
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/FAILED at step "check the python given for Gradio 5": \/bin\/false cannot import gradio/);
  });

  it('Gradio 6 without its sources (a clone elsewhere) says so in one line and exits 0 with an absent runtime', () => {
    const { status, stdout, stderr } = provision({ GRADIO_KIT_GRADIO6_SOURCE: '/nonexistent/gradio-6.25' }, undefined, '6');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('absent:no Gradio 6.25 sources at /nonexistent/gradio-6.25');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/Gradio 6.25 sources not found .* the 6.x layer is skipped/);
  });

  it('Gradio 6 with an unreachable mirror fails at the sid debootstrap step', () => {
    // A stand-in sources folder: the run fails before it would be read, and a clone without ../shared passes.
    const source = mkdtempSync(join(tmpdir(), 'gradio-kit-source-'));
    temps.push(source);
    mkdirSync(join(source, 'gradio'));
    writeFileSync(join(source, 'gradio', '__init__.py'), '');
    const { status, stderr } = provision({ DEBIAN_MIRROR: 'http://127.0.0.1:9/debian', GRADIO_KIT_GRADIO6_SOURCE: source }, undefined, '6');
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/FAILED at step "debootstrap sid"/);
  });

  it('an unknown major is refused', () => {
    const { status, stderr } = provision({}, undefined, '4');
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown Gradio major "4": use 5 or 6/);
  });
});
