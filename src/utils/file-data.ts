/** Gradio's FileData (the wire format of every file value), as far as the elements read it. */
export interface FileData {
  path: string;
  url?: string | null;
  size?: number | null;
  orig_name?: string | null;
  mime_type?: string | null;
  is_stream?: boolean;
  meta?: { _type: 'gradio.FileData' };
}

/** The URL to show for a file value: a plain string is a URL already; FileData carries `url` (or only a path). */
export function fileUrl(value: string | FileData | null | undefined): string | undefined {
  if (!value) return undefined;
  if (typeof value === 'string') return value;
  return value.url ?? value.path ?? undefined;
}
