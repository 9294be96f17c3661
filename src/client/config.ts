/**
 * An app's config as connecting needs it: its root, and the raw `/config` answer normalised across Gradio
 * versions (the wire model of calls is `./protocol.ts`). Pure functions, no I/O. `[protocol] §n` points at
 * `spec/protocol.md`.
 */
import type { ComponentConfig, Config, DependencyConfig } from './types';

/** Drops trailing slashes. */
export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * The config's `root` when it is the app's own origin (a path below it, or the same origin behind a proxy),
 * or a replica of the same Hugging Face Space (`user-space--abc12.hf.space` for `user-space.hf.space`);
 * otherwise `base`. Every API call, the session hash, the token and the login cookie go to the root, so a
 * config naming another server must not redirect them there.
 */
export function ownRoot(root: unknown, base: string): string {
  if (typeof root !== 'string' || !root.trim()) return trimSlash(base);
  let url: URL;
  let own: URL;
  try {
    own = new URL(`${trimSlash(base)}/`);
    url = new URL(root.trim(), own);
  } catch {
    return trimSlash(base);
  }
  const space = /^([a-z0-9-]+)\.hf\.space$/i.exec(own.hostname)?.[1];
  const replica = space !== undefined && url.protocol === own.protocol && new RegExp(`^${space}--[a-z0-9]+\\.hf\\.space$`, 'i').test(url.hostname);
  if (url.origin !== own.origin && !replica) return trimSlash(base);
  return trimSlash(`${url.origin}${url.pathname}`);
}

/**
 * Normalises a raw `/config` answer across Gradio 3.x to 6.x ([protocol] §1.3 to §1.5, §2.5, §2.7):
 * `api_prefix` (`""` when absent), `root` (the server's, else `base`: the server computes it per request, §1.4),
 * `protocol` (`"ws"` when absent), dependency `id` (array
 * position before 4.32), `queue` (from `enable_queue` when unset), `api_name` (`null` for `false`/missing) and
 * `api_visibility` (from `show_api` before 6.0).
 */
export function normaliseConfig(raw: Record<string, any>, base: string): Config {
  const root = ownRoot(raw.root, base);
  const dependencies: DependencyConfig[] = (raw.dependencies ?? []).map((dep: Record<string, any>, index: number) => ({
    ...dep,
    id: dep.id ?? index,
    inputs: dep.inputs ?? [],
    outputs: dep.outputs ?? [],
    queue: dep.queue ?? raw.enable_queue !== false,
    api_name: typeof dep.api_name === 'string' && dep.api_name !== 'false' ? dep.api_name : null,
    api_visibility: dep.api_visibility ?? (dep.show_api === false ? 'undocumented' : 'public'),
    types: { generator: false, cancel: false, ...dep.types },
  }));
  return {
    ...raw,
    version: raw.version ?? '',
    api_prefix: raw.api_prefix ?? '',
    root,
    protocol: raw.protocol ?? 'ws',
    components: (raw.components ?? []) as ComponentConfig[],
    dependencies,
  };
}
