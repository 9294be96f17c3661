/**
 * The wire model: queue messages, generator diffs and the config normaliser. Pure functions, no I/O, so the
 * transcripts in `fixtures/` can drive them directly. `[protocol] §n` points at `spec/protocol.md`.
 */
import type { ComponentConfig, Config, DependencyConfig, QueueProtocol } from './types';

/** One message of the session stream (`GET {prefix}/queue/data`), as sent by sse_v1 to sse_v3 servers. */
export interface WireMessage {
  msg: string;
  event_id?: string | null;
  [key: string]: unknown;
}

/**
 * Parses one SSE `data` payload. Returns `undefined` for anything that is not a JSON object with a string
 * `msg`: one bad frame is skipped, it does not break the stream (its event's messages still route by id).
 */
export function parseMessage(data: string): WireMessage | undefined {
  try {
    const message = JSON.parse(data);
    return typeof message?.msg === 'string' ? message : undefined;
  } catch {
    return undefined;
  }
}

/** One edit of a generator diff: `[op, path, value]` ([protocol] §3.5). */
export type Edit = [op: string, path: Array<string | number>, value: unknown];

/**
 * Where an edit landed: the container it changed (a copy, in the new value) and the key it changed there.
 * A file there may need its URL resolved again.
 */
export type EditedAt = (container: Record<string | number, unknown> | unknown[], key: string | number, op: string) => void;

/**
 * Applies one output's edit list to its previous full value, strictly in order ([protocol] §3.5, "apply edits
 * strictly in order, each on the result of the previous one"). `value` is not changed: the lists and objects
 * on an edit's path are copied and everything else is shared, so one streamed token costs the depth of its
 * path, not the size of the value, and an earlier value handed out stays as it was. `editedAt` hears where
 * each edit landed.
 */
export function applyDiff(value: unknown, edits: Edit[], editedAt?: EditedAt): unknown {
  for (const [op, path, edit] of edits) value = applyEdit(value, path, 0, op, edit, editedAt);
  return value;
}

function applyEdit(node: unknown, path: Array<string | number>, depth: number, op: string, edit: unknown, editedAt?: EditedAt): unknown {
  // [protocol] §3.5: `replace` and `append` are allowed at the root path
  if (depth === path.length) return op === 'append' ? (node as string) + (edit as string) : edit;
  const key = path[depth];
  if (node === null || typeof node !== 'object') throw new TypeError(`the diff's path ${JSON.stringify(path)} goes through a ${node === null ? 'null' : typeof node}`);
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(node) ? node.slice() : { ...(node as Record<string, unknown>) };
  const slots = copy as Record<string | number, unknown>;
  if (depth < path.length - 1) {
    slots[key] = applyEdit(slots[key], path, depth + 1, op, edit, editedAt);
    return copy;
  }
  if (op === 'replace') slots[key] = edit;
  else if (op === 'append') slots[key] = (slots[key] as string) + (edit as string);
  else if (Array.isArray(copy)) {
    // `add` inserts into a list, `delete` removes from it; on an object they set / remove a key
    if (op === 'add') copy.splice(key as number, 0, edit);
    else copy.splice(key as number, 1);
  } else if (op === 'add') slots[key] = edit;
  else delete slots[key];
  editedAt?.(copy, key, op);
  return copy;
}

/** Whether generator updates of this protocol arrive as diffs ([protocol] §3.8 compatibility matrix). */
export function sendsDiffs(protocol: QueueProtocol): boolean {
  return /^sse_v[23]/.test(protocol);
}

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
