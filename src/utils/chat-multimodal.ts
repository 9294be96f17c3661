/** The MultimodalTextbox's value (`gr-multimodal-textbox`), as the server sends it and in its one shape. */
import type { FileData } from './file-data';

/** Gradio's MultimodalTextbox value: the text and the attached files. */
export interface MultimodalValue {
  text: string;
  files: FileData[];
}

/** The value as a server may send it: the object, a plain string, or nothing. */
export type MultimodalWireValue = MultimodalValue | string | null;

/** The value in its one shape: `{text, files}` (a string is the text; anything else is empty). */
export function multimodalValue(value: unknown): MultimodalValue {
  if (typeof value === 'string') return { text: value, files: [] };
  if (typeof value !== 'object' || value === null) return { text: '', files: [] };
  const record = value as { text?: unknown; files?: unknown };
  const files = Array.isArray(record.files)
    ? record.files.filter((f): f is FileData => typeof f === 'object' && f !== null && (typeof f.path === 'string' || typeof f.url === 'string'))
    : [];
  return { text: typeof record.text === 'string' ? record.text : '', files };
}
