/**
 * The wire model of calls: queue messages and generator diffs (the config's normaliser, which connecting
 * needs, is `./config.ts`). Pure functions, no I/O, so the transcripts in `fixtures/` can drive them directly.
 * `[protocol] §n` points at `spec/protocol.md`.
 */
import type { QueueProtocol } from './types';

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
