/** The value of a ParamViewer, checked and turned into rows. */

/** One parameter of a ParamViewer's value. */
export interface ParamInfo {
  type?: string | null;
  description?: string | null;
  default?: string | null;
}

/** The value of a ParamViewer: parameters by name, in order (Gradio's wire format). */
export type ParamViewerValue = Record<string, ParamInfo>;

export interface Row {
  name: string;
  type: string;
  description: string;
  default: string | null;
}

/** The rows of a value, or an error message when it is not `{name: {type, description, default}}`. */
export function paramRows(value: unknown): Row[] | string {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return 'These parameters are not in Gradio\'s format: expected {"name": {"type", "description", "default"}}.';
  }
  const rows: Row[] = [];
  for (const [name, info] of Object.entries(value as Record<string, unknown>)) {
    if (!info || typeof info !== 'object' || Array.isArray(info)) {
      return `The parameter "${name}" is not an object with "type", "description" and "default".`;
    }
    const { type, description, default: fallback } = info as Record<string, unknown>;
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    rows.push({ name, type: text(type), description: text(description), default: fallback == null ? null : String(fallback) });
  }
  return rows;
}

