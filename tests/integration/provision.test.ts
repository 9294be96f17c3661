/**
 * Provisioning fails loudly and precisely: each broken precondition ends with a message naming the step and
 * the cause, and a non-zero exit. (The happy path is exercised by every suite that starts a server.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../scripts/provision-gradio.sh');
const temps: string[] = [];

function provision(env: Record<string, string>, asUser?: number) {
  const cache = mkdtempSync(join(tmpdir(), 'gradio-kit-provision-'));
  temps.push(cache);
  const command = asUser === undefined ? ['bash', script] : ['setpriv', `--reuid=${asUser}`, `--regid=${asUser}`, '--clear-groups', 'bash', script];
  const result = spawnSync(command[0], command.slice(1), {
    env: { PATH: process.env.PATH ?? '', HOME: cache, GRADIO_KIT_CACHE: join(cache, 'cache'), ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stderr: result.stderr, cache };
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
    expect(stderr).toMatch(/FAILED at step "check GRADIO_KIT_PYTHON": \/bin\/false cannot import gradio/);
  });
});
