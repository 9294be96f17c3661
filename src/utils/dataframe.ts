/**
 * The data side of `<gr-dataframe>`, free of the DOM: reading a Dataframe value as either Gradio version
 * sends it (ragged rows, missing headers, pandas Styler metadata, NaN and infinities), the per-column
 * datatypes, display text, sorting, search and per-column filters, the row/column counts and limits of
 * 5.14 (`row_count`/`col_count` as `[n, "fixed"|"dynamic"]`) and 6.x (`column_count`, `row_limits`,
 * `column_limits`), and clipboard ranges as TSV / CSV.
 */

/** A column's datatype, Gradio's `datatype` entries. */
export type DataframeDatatype = 'str' | 'number' | 'bool' | 'date' | 'markdown' | 'html' | 'image' | 'auto';

/** The pandas Styler output Gradio sends in `metadata`: formatted text and CSS per cell. */
export interface DataframeMetadata {
  display_value?: (string | null)[][] | null;
  styling?: (string | null)[][] | null;
}

/** Gradio's Dataframe value (wire format, both directions). */
export interface DataframeValue {
  headers: (string | number)[];
  data: unknown[][];
  metadata?: DataframeMetadata | null;
}

/** A value read for display: rectangular rows, string headers, and what was wrong with the input. */
export interface Frame {
  headers: string[];
  /** The value's rows as sent (not padded: a short row reads `undefined` past its end). */
  rows: unknown[][];
  columns: number;
  /** Human-readable notes about input that had to be repaired to be shown (ragged rows, ...). */
  problems: string[];
}

const datatypes = new Set(['str', 'number', 'bool', 'date', 'markdown', 'html', 'image', 'auto']);

/** Reads a value as Gradio sends it; never throws. */
export function readFrame(value: unknown): Frame {
  const problems: string[] = [];
  if (value === null || value === undefined) return { headers: [], rows: [], columns: 0, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    // A bare list of lists (what Python code may pass through a gr.update) is still readable.
    if (Array.isArray(value)) return readFrame({ headers: [], data: value });
    return { headers: [], rows: [], columns: 0, problems: [`The value is not a table (got ${typeof value}).`] };
  }
  const record = value as Partial<DataframeValue>;
  let rows: unknown[][] = [];
  if (Array.isArray(record.data)) {
    let wrapped = 0;
    rows = record.data.map((row) => {
      if (Array.isArray(row)) return row;
      wrapped++;
      return [row];
    });
    if (wrapped) problems.push(`${wrapped} row${wrapped === 1 ? ' is' : 's are'} not a list; shown as one cell.`);
  } else if (record.data !== undefined && record.data !== null) {
    problems.push('The value\'s "data" is not a list of rows.');
  }
  const headerList = Array.isArray(record.headers) ? record.headers : [];
  let widest = 0;
  for (const row of rows) if (row.length > widest) widest = row.length;
  const columns = Math.max(headerList.length, widest);
  let ragged = 0;
  for (const row of rows) if (row.length !== columns) ragged++;
  if (ragged && rows.length) {
    problems.push(`${ragged} of ${rows.length} rows have a different number of cells than the table's ${columns} columns; missing cells are shown empty.`);
  }
  const headers = Array.from({ length: columns }, (_, i) => {
    const header = headerList[i];
    return header === null || header === undefined ? String(i + 1) : String(header);
  });
  return { headers, rows, columns, problems };
}

/** The datatype of each column: one string for all, or a list (missing or unknown entries are `str`). */
export function columnDatatypes(datatype: unknown, columns: number, rows: unknown[][]): Exclude<DataframeDatatype, 'auto'>[] {
  return Array.from({ length: columns }, (_, col) => {
    const given = Array.isArray(datatype) ? datatype[col] : datatype;
    const type = typeof given === 'string' && datatypes.has(given) ? (given as DataframeDatatype) : 'str';
    return type === 'auto' ? inferDatatype(rows, col) : type;
  });
}

/** `auto`: a column of numbers is `number`, of booleans `bool`, anything else `str` (first 200 cells). */
export function inferDatatype(rows: unknown[][], col: number): 'number' | 'bool' | 'str' {
  let numbers = 0;
  let bools = 0;
  let seen = 0;
  for (let r = 0; r < rows.length && seen < 200; r++) {
    const cell = rows[r]?.[col];
    if (cell === null || cell === undefined || cell === '') continue;
    seen++;
    if (typeof cell === 'number' || isSpecialNumber(cell)) numbers++;
    else if (typeof cell === 'boolean') bools++;
  }
  if (!seen) return 'str';
  if (numbers === seen) return 'number';
  if (bools === seen) return 'bool';
  return 'str';
}

/** The spellings of NaN and infinities that reach the browser as strings (pandas, `allow_nan` JSON, ...). */
const specialNumbers: Readonly<Record<string, number>> = {
  nan: Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  '+inf': Number.POSITIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  '+infinity': Number.POSITIVE_INFINITY,
  '-inf': Number.NEGATIVE_INFINITY,
  '-infinity': Number.NEGATIVE_INFINITY,
};

const isSpecialNumber = (cell: unknown) => typeof cell === 'string' && Object.hasOwn(specialNumbers, cell.trim().toLowerCase());

/** A cell as a number (numbers, numeric strings, NaN / inf spellings); `null` when it is not one. */
export function cellNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (!text) return null;
  const special = specialNumbers[text.toLowerCase()];
  if (special !== undefined) return special;
  const parsed = Number(text);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Plain text of a cell for display, search, filters and copy. */
export function cellText(cell: unknown, datatype: Exclude<DataframeDatatype, 'auto'> = 'str'): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return 'NaN';
    if (cell === Number.POSITIVE_INFINITY) return 'inf';
    if (cell === Number.NEGATIVE_INFINITY) return '-inf';
    return String(cell);
  }
  if (datatype === 'number' && isSpecialNumber(cell)) return cellText(cellNumber(cell));
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'object') {
    const url = (cell as { url?: unknown; path?: unknown }).url ?? (cell as { path?: unknown }).path;
    if (typeof url === 'string') return url;
    try {
      return JSON.stringify(cell);
    } catch {
      return String(cell);
    }
  }
  return String(cell);
}

/** A bool cell's state: booleans, and the strings / numbers pandas and spreadsheets use. */
export function cellBool(cell: unknown): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0 && !Number.isNaN(cell);
  if (typeof cell === 'string') return /^(true|1|yes|y|t)$/i.test(cell.trim());
  return false;
}

/** Truncates to `maxChars` characters with an ellipsis (Gradio's `max_chars`); `null` keeps all. */
export function truncate(text: string, maxChars: number | null | undefined): string {
  if (typeof maxChars !== 'number' || !(maxChars > 0) || text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}…`;
}

/** Sort direction of a column. */
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A comparable key of a cell: numbers for number/bool/date columns, text otherwise; `null` sorts last. */
function sortKey(cell: unknown, datatype: Exclude<DataframeDatatype, 'auto'>): number | string | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (datatype === 'number') {
    const n = cellNumber(cell);
    return n === null || Number.isNaN(n) ? null : n;
  }
  if (datatype === 'bool') return cellBool(cell) ? 1 : 0;
  if (datatype === 'date') {
    const time = typeof cell === 'number' ? cell : Date.parse(cellText(cell));
    return Number.isNaN(time) ? cellText(cell) : time;
  }
  return cellText(cell);
}

/**
 * Ranks of texts under the collator: equal texts (and texts the collator calls equal, `a` and `A`) share a
 * rank. Each distinct text is sorted once, so a column of repeated values (categories, labels) costs a sort of
 * its distinct values, not of its rows: `Intl.Collator.compare` is the slow part of sorting text.
 */
function textRanks(texts: readonly string[]): Map<string, number> {
  const distinct = [...new Set(texts)].sort((a, b) => collator.compare(a, b));
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && collator.compare(distinct[i - 1], distinct[i]) !== 0) rank++;
    ranks.set(distinct[i], rank);
  }
  return ranks;
}

/**
 * Whether texts repeat enough for ranking them first to pay: at most half distinct in a sample spread over
 * them. Mostly distinct texts are compared pair by pair instead (ranking them would sort them all anyway, and
 * then hash them).
 */
function textsRepeat(texts: readonly string[]): boolean {
  const step = Math.max(1, Math.floor(texts.length / 2000));
  const sample = new Set<string>();
  let seen = 0;
  for (let i = 0; i < texts.length; i += step, seen++) sample.add(texts[i]);
  return sample.size * 2 <= seen;
}

/**
 * Row indices of `indices` ordered by one column (stable; empty and NaN cells last in both directions;
 * numbers before text in a mixed column).
 */
export function sortRows(
  rows: unknown[][],
  indices: number[],
  col: number,
  direction: SortDirection,
  datatype: Exclude<DataframeDatatype, 'auto'>,
): number[] {
  // Keys by position in `indices`, sorted as positions: typed-array reads in the comparator, no Map lookups.
  // Each key is a group (0 numbers, 1 texts, 2 empty) and a number in it: the number itself, or a text's rank
  // when the texts repeat (else texts are compared with the collator).
  const count = indices.length;
  const groups = new Uint8Array(count);
  const values = new Float64Array(count);
  const texts: string[] = [];
  const textAt: string[] = new Array(count);
  for (let p = 0; p < count; p++) {
    const key = sortKey(rows[indices[p]]?.[col], datatype);
    if (key === null) groups[p] = 2;
    else if (typeof key === 'number') values[p] = key;
    else {
      groups[p] = 1;
      textAt[p] = key;
      texts.push(key);
    }
  }
  const ranks = texts.length && textsRepeat(texts) ? textRanks(texts) : null;
  if (ranks) for (let p = 0; p < count; p++) if (groups[p] === 1) values[p] = ranks.get(textAt[p]) ?? 0;
  const sign = direction === 'asc' ? 1 : -1;
  const positions = new Array<number>(count);
  for (let p = 0; p < count; p++) positions[p] = p;
  positions.sort((p, q) => {
    const ga = groups[p];
    const gb = groups[q];
    // Empty cells last whatever the direction; numbers before texts in the direction asked.
    if (ga === 2 || gb === 2) return ga === gb ? indices[p] - indices[q] : ga === 2 ? 1 : -1;
    const order = ga !== gb ? ga - gb : ga === 1 && !ranks ? collator.compare(textAt[p], textAt[q]) : values[p] - values[q];
    return order === 0 ? indices[p] - indices[q] : order * sign;
  });
  const sorted = new Array<number>(count);
  for (let p = 0; p < count; p++) sorted[p] = indices[positions[p]];
  return sorted;
}

/** One column filter: `>5`, `>= 2`, `<3`, `<=3`, `=4`, `!=4` on numbers (or dates); any other text: contains. */
export interface ColumnFilter {
  test(cell: unknown, text: string): boolean;
}

/** Parses a filter expression typed in a column's filter box; `null` for an empty one. */
export function parseFilter(expression: string, datatype: Exclude<DataframeDatatype, 'auto'>): ColumnFilter | null {
  const text = expression.trim();
  if (!text) return null;
  const match = /^(>=|<=|!=|>|<|=)\s*(.+)$/.exec(text);
  if (match && (datatype === 'number' || datatype === 'date')) {
    const [, op, operand] = match;
    const target = datatype === 'date' ? Date.parse(operand) : cellNumber(operand);
    if (target !== null && !Number.isNaN(target)) {
      const compare = (n: number) =>
        op === '>' ? n > target : op === '>=' ? n >= target : op === '<' ? n < target : op === '<=' ? n <= target : op === '=' ? n === target : n !== target;
      return {
        test: (cell, cellString) => {
          const n = datatype === 'date' ? Date.parse(cellString) : cellNumber(cell);
          return n !== null && !Number.isNaN(n) && compare(n);
        },
      };
    }
  }
  const needle = (match && match[1] === '=' ? match[2] : text).toLowerCase();
  if (match && match[1] === '=') return { test: (_cell, cellString) => cellString.toLowerCase() === needle };
  return { test: (_cell, cellString) => cellString.toLowerCase().includes(needle) };
}

/** A row count or column count as either version sends it: `n`, `[n, "fixed" | "dynamic"]`, or nothing. */
export interface Count {
  n: number;
  fixed: boolean;
}

/** The most blank rows or columns an empty frame is given. */
const MAX_BLANK_COUNT = 1_000;

export function readCount(count: unknown, fallback: number): Count {
  // An empty frame shows this many blank rows / columns: a hostile config's billion would freeze the page.
  const n = (value: number) => Math.min(MAX_BLANK_COUNT, Math.max(0, Math.floor(value)));
  if (typeof count === 'number' && Number.isFinite(count)) return { n: n(count), fixed: false };
  if (Array.isArray(count) && typeof count[0] === 'number' && Number.isFinite(count[0])) {
    return { n: n(count[0]), fixed: count[1] === 'fixed' };
  }
  return { n: fallback, fixed: false };
}

/** `[min, max]` from `row_limits` / `column_limits` (either may be null), with a fixed count pinning both. */
export function readLimits(limits: unknown, count: Count, current: number): { min: number; max: number } {
  if (count.fixed) return { min: current, max: current };
  const list = Array.isArray(limits) ? limits : [];
  const min = typeof list[0] === 'number' && Number.isFinite(list[0]) ? list[0] : 0;
  const max = typeof list[1] === 'number' && Number.isFinite(list[1]) ? list[1] : Number.POSITIVE_INFINITY;
  return { min, max };
}

/** Quotes a field for TSV / CSV when it holds the delimiter, a quote or a line break. */
function quoteField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A range of cells as TSV (what spreadsheets put on and read from the clipboard), or CSV. */
export function toDelimited(cells: string[][], delimiter: '\t' | ',' = '\t'): string {
  return cells.map((row) => row.map((cell) => quoteField(cell, delimiter)).join(delimiter)).join('\n');
}

/**
 * Parses clipboard text into rows of cells: TSV when it has a tab (spreadsheets), else CSV when it has a
 * comma, else one cell per line. Quoted fields may hold delimiters, quotes (`""`) and line breaks.
 */
export function parseDelimited(text: string): string[][] {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (!body) return [];
  const delimiter = detectDelimiter(body);
  if (!delimiter) return body.split('\n').map((line) => [line]);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

/** Tab when a tab appears outside quoted fields, else comma when one does, else none. */
function detectDelimiter(body: string): '\t' | ',' | null {
  let quoted = false;
  let comma = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\t') return '\t';
    else if (!quoted && char === ',') comma = true;
  }
  return comma ? ',' : null;
}

/** Why typed text is not a valid value for a datatype; `null` when it is. */
export function invalidInput(text: string, datatype: Exclude<DataframeDatatype, 'auto'>): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (datatype === 'number' && cellNumber(trimmed) === null) return `"${truncate(trimmed, 30)}" is not a number.`;
  if (datatype === 'date' && Number.isNaN(Date.parse(trimmed))) return `"${truncate(trimmed, 30)}" is not a date.`;
  return null;
}

/** Text typed or pasted into a cell as the value to store: numbers for number columns, booleans for bool. */
export function parseInput(text: string, datatype: Exclude<DataframeDatatype, 'auto'>): unknown {
  if (datatype === 'number') {
    if (!text.trim()) return null;
    const n = cellNumber(text);
    return n === null ? text : n;
  }
  if (datatype === 'bool') return cellBool(text);
  return text;
}

/** The empty value of a new cell. */
export function emptyCell(datatype: Exclude<DataframeDatatype, 'auto'>): unknown {
  return datatype === 'number' ? null : datatype === 'bool' ? false : '';
}
