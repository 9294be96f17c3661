import { Component, Element, Event, type EventEmitter, Host, Prop, State, type VNode, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost, cssLength } from '../../utils/block';
import {
  type Count,
  type DataframeDatatype,
  type DataframeValue,
  type SortDirection,
  cellBool,
  cellText,
  columnDatatypes,
  emptyCell,
  invalidInput,
  parseDelimited,
  parseFilter,
  parseInput,
  readCount,
  readFrame,
  readLimits,
  sortRows,
  toDelimited,
  truncate,
} from '../../utils/dataframe';
import { CopyFeedback } from '../../utils/display';
import { FullscreenButton } from '../../utils/fullscreen';
import { uniqueId } from '../../utils/ids';
import { t } from '../../utils/i18n-more';
import { type LatexDelimiter, loadMarkdownAssets, renderMarkdown } from '../../utils/markdown';
import type { ElemClasses } from '../../utils/props';
import { adoptProseStyles } from '../../utils/prose';
import { safeMediaUrl } from '../../utils/media-url';
import { sanitizeHtml } from '../../utils/sanitize';
import { trustedHtml } from '../../utils/trusted-types';

type CellType = Exclude<DataframeDatatype, 'auto'>;

/** Detail of `gr-select`: Gradio's SelectData for a cell. `index` is `[row, column]` in the value's data. */
export interface DataframeSelectDetail {
  index: [number, number];
  value: unknown;
  row_value: unknown[];
  col_value: unknown[];
  selected: boolean;
}

/** Detail of `gr-edit`: the edited cell `[row, column]`, its new value and its previous value as text. */
export interface DataframeEditDetail {
  index: [number, number];
  value: unknown;
  previous_value: string;
}

/** Default row height in pixels until a rendered row is measured. */
const ROW_HEIGHT = 35;
/** Rows rendered above and below the visible ones. */
const OVERSCAN_ROWS = 6;
/**
 * Rows that scrolled off the top stay in the window as empty, hidden, keyed gaps, up to this many (see
 * `windowStart`); then the window starts again at the first rendered row.
 */
const MAX_GAPS = 400;
/** Above this many columns only the columns in view are rendered. */
const VIRTUAL_COLUMNS = 30;
/** Width of a column without `column_widths` when columns are virtualized or pinned. */
const COLUMN_WIDTH = 150;
const ROW_NUMBER_WIDTH = 56;
/** Undo history length. */
const UNDO_LIMIT = 50;

interface Position {
  /** Row in the view (after search, filters and sort); -1 is the header row. */
  row: number;
  col: number;
}

interface Editing extends Position {
  text: string;
  error: string | null;
}

/**
 * A Gradio `Dataframe` (config type `dataframe`): a spreadsheet-like grid that stays fast with large data.
 *
 * Rows are virtualized (only the rows in view, plus a few, are in the DOM), and so are columns when there
 * are more than 30. The grid follows the ARIA grid pattern: one tab stop, `aria-rowcount` /
 * `aria-rowindex`, the active cell named by `aria-activedescendant`.
 *
 * Keyboard: arrows move (Shift extends the selected range), Home / End (Ctrl: first / last cell),
 * PageUp / PageDown; on a header Enter or Space cycles the sort (ascending, descending, none). When
 * `interactive`: Enter, F2 or typing edits the cell (Enter commits and moves down, Tab / Shift+Tab commit and
 * move sideways, Escape cancels), Space toggles a bool cell, Delete clears the selected range, Ctrl+Z undoes
 * the last edit, and Ctrl+C / Ctrl+V copy and paste ranges as TSV (spreadsheets) or CSV.
 *
 * Cells render by `datatype`: numbers right-aligned (NaN and infinities shown as `NaN` / `inf` / `-inf`),
 * bools as check marks, Markdown and HTML through the kit's sanitizer, images by URL (script URLs refused).
 * A pandas Styler's `metadata` (display text and per-cell CSS) is applied.
 *
 * @part grid - the scrolling grid.
 * @part search - the search box (`showSearch`).
 */
@Component({ tag: 'gr-dataframe', styleUrls: ['../../utils/block.css', 'gr-dataframe.css'], scoped: true })
export class GrDataframe {
  @Element() el!: HTMLElement;

  @State() sortCol: number | null = null;
  @State() sortDir: SortDirection = 'asc';
  @State() search = '';
  @State() filters: Record<number, string> = {};
  @State() filterCol = 0;
  @State() firstRow = 0;
  @State() lastRow = 30;
  @State() firstCol = 0;
  @State() lastCol = VIRTUAL_COLUMNS;
  @State() rowHeight = ROW_HEIGHT;
  @State() active: Position | null = null;
  @State() anchor: Position | null = null;
  @State() editing: Editing | null = null;
  @State() fullscreen = false;
  @State() copied = false;
  @State() message: string | null = null;
  @State() undoDepth = 0;

  /** The table, Gradio's wire value `{headers, data, metadata}` (metadata: a pandas Styler's output). */
  @Prop({ mutable: true }) value: DataframeValue | null = null;
  @Watch('value')
  onValueChange() {
    this.viewCache = null;
    this.htmlCache.clear();
  }

  /** Headers shown while `value` has none (Gradio's `headers` prop). */
  @Prop() headers: string[] | null = null;

  /** Datatype of every column, or one per column: str, number, bool, date, markdown, html, image, auto. */
  @Prop() datatype: string | string[] = 'str';
  @Watch('datatype')
  @Watch('search')
  @Watch('filters')
  @Watch('sortCol')
  @Watch('sortDir')
  onViewChange() {
    this.viewCache = null;
  }

  /** Rows: `n` or `[n, "fixed" | "dynamic"]` (5.14 and 6.x); "fixed" forbids adding and deleting rows. */
  @Prop() rowCount: number | [number, string] | null = null;

  /** Columns as in 5.14 (`col_count`): `n` or `[n, "fixed" | "dynamic"]`. */
  @Prop() colCount: number | [number, string] | null = null;

  /** Columns as in 6.x (`column_count`); wins over `colCount`. */
  @Prop() columnCount: number | [number, string] | null = null;

  /** `[min, max]` rows the user may reach by adding or deleting (6.x), either may be null. */
  @Prop() rowLimits: [number | null, number | null] | null = null;

  /** `[min, max]` columns the user may reach by adding or deleting (6.x). */
  @Prop() columnLimits: [number | null, number | null] | null = null;

  /** `true`: cells wrap onto several lines; `false`: one line, cut with an ellipsis. */
  @Prop() wrap: boolean = false;

  /** Single newlines in Markdown cells and text cells are line breaks. */
  @Prop() lineBreaks: boolean = true;

  /** Show at most this many characters of each cell (the full text is the cell's tooltip). */
  @Prop() maxChars: number | null = null;

  /** Column widths: numbers are pixels, strings any CSS width (`"20%"`, `"120px"`). */
  @Prop() columnWidths: (string | number)[] | null = null;

  /** This many leading columns stay in view when scrolling sideways. */
  @Prop() pinnedColumns: number | null = null;

  /** Columns (indices or header names) the user may not edit. */
  @Prop() staticColumns: (number | string)[] | null = null;

  /** Show row numbers in a first column. */
  @Prop() showRowNumbers: boolean = false;

  /** Maximum height of the grid before it scrolls: numbers are pixels. */
  @Prop() maxHeight: number | string | null = 500;

  /** `"search"`: a search box; `"filter"`: search plus per-column filters; `"none"` or null: neither. */
  @Prop() showSearch: 'none' | 'search' | 'filter' | null = 'none';

  /** Toolbar buttons (6.x): `"copy"`, `"fullscreen"`; null shows both. */
  @Prop() buttons: unknown[] | null = null;

  /** Show the copy button (5.14's `show_copy_button`); `null` follows `buttons`. */
  @Prop() showCopyButton: boolean | null = null;

  /** Show the fullscreen button (5.14's `show_fullscreen_button`); `null` follows `buttons`. */
  @Prop() showFullscreenButton: boolean | null = null;

  /** LaTeX delimiters in Markdown cells. */
  @Prop() latexDelimiters: LatexDelimiter[] | null = null;

  /** `true`: cells, headers, rows and columns are editable. */
  @Prop() interactive: boolean = false;

  /** The label above the grid, also the grid's accessible name. */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires after every user change of the value (edit, paste, added or deleted row / column, undo), with the value. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<DataframeValue>;

  /** Fires with `gr-change` for user changes (Gradio's `input`), with the value. */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<DataframeValue>;

  /** Fires when the user selects a cell (click or keyboard move): Gradio's SelectData. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<DataframeSelectDetail>;

  /** Fires when the user commits a changed cell: `{index, value, previous_value}`. */
  @Event({ eventName: 'gr-edit', bubbles: true, composed: true }) grEdit!: EventEmitter<DataframeEditDetail>;

  private readonly baseId = uniqueId('gr-dataframe');
  private readonly labelId = `${this.baseId}-label`;
  private readonly noticeId = `${this.baseId}-notice`;
  private scroller?: HTMLDivElement;
  private viewCache: number[] | null = null;
  private frameCache?: { value: unknown; frame: ReturnType<typeof readFrame> };
  private htmlCache = new Map<string, string>();
  private assetsRequested = new Set<string>();
  private styleCache = new Map<string, Record<string, string>>();
  private undoStack: DataframeValue[] = [];
  private scrollFrame = 0;
  private rowsObserver?: ResizeObserver;
  private rowsWindow?: HTMLElement | null;
  /** The view row the window's first child stands for (a gap or a row); see `windowStart`. */
  private windowBase = 0;
  /**
   * The rows and gaps of the last render, by view row, each with what it was drawn from (see `renderWindow`):
   * a row whose inputs did not change is handed to Stencil as the same VNode, which it diffs without a write.
   */
  private drawnRows = new Map<number, { key: string; node: VNode }>();
  /** What every row of `drawnRows` was drawn with; when one of these changes, every row is drawn again. */
  private drawnWith: unknown[] = [];
  /** Draws of rows holding the editor, so that each one's key is new. */
  private editDraws = 0;
  private reveal = false;
  private focusEditor = false;
  private dragging = false;
  private copyFeedback = new CopyFeedback((copied) => {
    this.copied = copied;
  });
  private resizeObserver?: ResizeObserver;

  connectedCallback() {
    adoptProseStyles(this.el);
    // Moved in the page: the observers disconnected on the way out watch again.
    if (this.scroller) this.resizeObserver?.observe(this.scroller);
    if (this.rowsWindow) this.rowsObserver?.observe(this.rowsWindow);
  }

  componentDidLoad() {
    if (typeof ResizeObserver !== 'undefined' && this.scroller) {
      this.resizeObserver = new ResizeObserver(() => this.updateRange());
      this.resizeObserver.observe(this.scroller);
    }
    this.updateRange();
  }

  componentDidRender() {
    if (this.reveal) {
      this.reveal = false;
      const id = this.activeId();
      const cell = id ? this.el.querySelector(`[id="${id}"]`) : null;
      cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    if (this.focusEditor) {
      this.focusEditor = false;
      const editor = this.el.querySelector<HTMLInputElement>('.cell-editor');
      editor?.focus();
      if (editor && this.editing?.text.length === 1) editor.setSelectionRange(1, 1);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.scrollFrame);
    this.rowsObserver?.disconnect();
    this.copyFeedback.dispose();
  }

  // ---- the table as shown -------------------------------------------------------------------------

  /** The value read for display, once per value (reading walks every row: not on each scroll frame). */
  private get frame() {
    if (this.frameCache?.value !== this.value) this.frameCache = { value: this.value, frame: readFrame(this.value) };
    return this.frameCache.frame;
  }

  private counts(): { rows: Count; cols: Count } {
    return { rows: readCount(this.rowCount, 1), cols: readCount(this.columnCount ?? this.colCount, 3) };
  }

  /** Rows and headers, with blank rows for an empty interactive frame (as Gradio shows `row_count` rows). */
  private table() {
    const frame = this.frame;
    let { headers, rows, columns } = frame;
    if (!columns && Array.isArray(this.headers) && this.headers.length) {
      headers = this.headers.map(String);
      columns = headers.length;
    }
    if (!rows.length && this.interactive) {
      const { rows: rowCount, cols } = this.counts();
      columns = Math.max(columns, cols.n);
      headers = Array.from({ length: columns }, (_, i) => headers[i] ?? String(i + 1));
      rows = Array.from({ length: rowCount.n }, () => Array.from({ length: columns }, () => ''));
    }
    return { ...frame, headers, rows, columns };
  }

  private types(columns: number, rows: unknown[][]): CellType[] {
    return columnDatatypes(this.datatype, columns, rows);
  }

  /** Row indices of the value in view order (search, filters, sort); cached until one of them changes. */
  private view(rows: unknown[][], types: CellType[], columns: number): number[] {
    if (this.viewCache) return this.viewCache;
    let indices = Array.from({ length: rows.length }, (_, i) => i);
    const display = this.value?.metadata?.display_value;
    const text = (r: number, c: number) => {
      const shown = Array.isArray(display) ? display[r]?.[c] : undefined;
      return typeof shown === 'string' ? shown : cellText(rows[r]?.[c], types[c]);
    };
    const query = this.search.trim().toLowerCase();
    if (query) {
      indices = indices.filter((r) => {
        for (let c = 0; c < columns; c++) if (text(r, c).toLowerCase().includes(query)) return true;
        return false;
      });
    }
    for (const [key, expression] of Object.entries(this.filters)) {
      const c = Number(key);
      const filter = parseFilter(expression, types[c] ?? 'str');
      if (filter) indices = indices.filter((r) => filter.test(rows[r]?.[c], text(r, c)));
    }
    if (this.sortCol !== null && this.sortCol < columns) {
      indices = sortRows(rows, indices, this.sortCol, this.sortDir, types[this.sortCol] ?? 'str');
    }
    this.viewCache = indices;
    return indices;
  }

  private isStatic(col: number, headers: string[]): boolean {
    if (!this.interactive) return true;
    const list = Array.isArray(this.staticColumns) ? this.staticColumns : [];
    return list.includes(col) || list.includes(headers[col]);
  }

  private columnsVirtual(columns: number) {
    return columns > VIRTUAL_COLUMNS;
  }

  /** Each column's width in pixels when known (given in px, or the default for virtualized / pinned ones). */
  private pxWidth(col: number, columns: number): number | null {
    const given = this.columnWidths?.[col];
    if (typeof given === 'number') return given;
    if (typeof given === 'string' && /^\d+(\.\d+)?px$/.test(given)) return Number.parseFloat(given);
    return this.columnsVirtual(columns) || col < this.pinned(columns) ? COLUMN_WIDTH : null;
  }

  private pinned(columns: number) {
    return typeof this.pinnedColumns === 'number' ? Math.max(0, Math.min(columns, Math.floor(this.pinnedColumns))) : 0;
  }

  private template(columns: number): string {
    const tracks = Array.from({ length: columns }, (_, c) => {
      const px = this.pxWidth(c, columns);
      if (px !== null) return `${px}px`;
      const given = this.columnWidths?.[c];
      return typeof given === 'string' && given && given !== 'auto' ? given : 'minmax(100px, 1fr)';
    });
    return [this.showRowNumbers ? `${ROW_NUMBER_WIDTH}px` : '', ...tracks].join(' ').trim();
  }

  private minWidthPx(columns: number): number {
    let total = this.showRowNumbers ? ROW_NUMBER_WIDTH : 0;
    for (let c = 0; c < columns; c++) total += this.pxWidth(c, columns) ?? 100;
    return total;
  }

  /** Left offset of a pinned column (for `position: sticky`). */
  private pinLeft(col: number, columns: number): number {
    let left = this.showRowNumbers ? ROW_NUMBER_WIDTH : 0;
    for (let c = 0; c < col; c++) left += this.pxWidth(c, columns) ?? COLUMN_WIDTH;
    return left;
  }

  // ---- virtualization ------------------------------------------------------------------------------

  private onScroll = () => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.updateRange();
    });
  };

  /** Sets the rendered row and column ranges from the scroll position. */
  private updateRange() {
    const scroller = this.scroller;
    if (!scroller) return;
    const { rows, columns } = this.table();
    const height = scroller.clientHeight || 500;
    const first = Math.max(0, Math.floor(scroller.scrollTop / this.rowHeight) - OVERSCAN_ROWS);
    const last = Math.min(rows.length, Math.ceil((scroller.scrollTop + height) / this.rowHeight) + OVERSCAN_ROWS);
    if (first !== this.firstRow) this.firstRow = first;
    if (last !== this.lastRow) this.lastRow = last;
    if (this.columnsVirtual(columns)) {
      const width = scroller.clientWidth || 800;
      let left = this.showRowNumbers ? ROW_NUMBER_WIDTH : 0;
      let firstCol = columns;
      let lastCol = columns;
      for (let c = 0; c < columns; c++) {
        const w = this.pxWidth(c, columns) ?? COLUMN_WIDTH;
        if (firstCol === columns && left + w >= scroller.scrollLeft) firstCol = c;
        if (left > scroller.scrollLeft + width) {
          lastCol = c;
          break;
        }
        left += w;
      }
      firstCol = Math.max(0, firstCol - 2);
      lastCol = Math.min(columns, lastCol + 2);
      if (firstCol !== this.firstCol) this.firstCol = firstCol;
      if (lastCol !== this.lastCol) this.lastCol = lastCol;
    }
  }

  /**
   * Learns the real row height (wrapped cells, images and markdown make rows taller) from the height of the
   * rendered rows' window, which a ResizeObserver reports after layout: nothing is read while scrolling rows of
   * one height (the window keeps its size). The earlier read of every row's `offsetHeight` a frame after each
   * render did not add layouts (bench/dataframe.ts counts about one per frame either way), but ran every frame.
   */
  private observeRows = (element: HTMLElement | null | undefined) => {
    if (element === this.rowsWindow) return;
    if (this.rowsWindow) this.rowsObserver?.unobserve(this.rowsWindow);
    this.rowsWindow = element;
    if (!element || typeof ResizeObserver === 'undefined') return;
    this.rowsObserver ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const rows = (entry.target as HTMLElement).querySelectorAll(':scope > .row').length;
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      const average = rows ? height / rows : 0;
      if (average > 0 && Math.abs(average - this.rowHeight) > 1) {
        this.rowHeight = average;
        this.updateRange();
      }
    });
    this.rowsObserver.observe(element);
  };

  /**
   * The view rows the window holds, from `windowBase`: the ones before `first` are gaps (empty, hidden), the
   * rest are the rendered rows. Each child is keyed by its view row, so a row that stays in view keeps its
   * element and is not written to again. Why gaps: Stencil's keyed diff handles rows added at either end and
   * removed at the end without touching the others, but rows removed at the start make it move every row
   * that stays (each a new layout, as costly as rewriting them). Turning them into gaps instead keeps the
   * start in place; when the gaps pile up (MAX_GAPS), or the view jumps beyond the window, it starts over.
   */
  private windowStart(first: number): number {
    if (first < this.windowBase || first - this.windowBase > MAX_GAPS) this.windowBase = first;
    return this.windowBase;
  }

  // ---- selection and navigation ----------------------------------------------------------------------

  private cellId(row: number, col: number) {
    return row < 0 ? `${this.baseId}-h${col}` : `${this.baseId}-r${row}-c${col}`;
  }

  private activeId(): string | undefined {
    const active = this.active;
    if (!active) return undefined;
    if (active.row < 0) return this.cellId(-1, active.col);
    const view = this.viewCache;
    const dataRow = view?.[active.row];
    return dataRow === undefined ? undefined : this.cellId(dataRow, active.col);
  }

  private inRange(row: number, col: number): boolean {
    const { active, anchor } = this;
    if (!active || row < 0) return false;
    const from = anchor ?? active;
    return (
      row >= Math.min(from.row, active.row) &&
      row <= Math.max(from.row, active.row) &&
      col >= Math.min(from.col, active.col) &&
      col <= Math.max(from.col, active.col)
    );
  }

  /** Moves the active cell (clamped), optionally extending the range, scrolls it into view and selects it. */
  private moveTo(row: number, col: number, extend = false) {
    const { rows, columns, headers } = this.table();
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    if (!columns) return;
    const next = { row: Math.max(-1, Math.min(view.length - 1, row)), col: Math.max(0, Math.min(columns - 1, col)) };
    if (!extend || next.row < 0) this.anchor = next;
    else if (!this.anchor) this.anchor = this.active ?? next;
    this.active = next;
    this.scrollRowIntoView(next.row);
    this.reveal = true;
    if (next.row >= 0) this.emitSelect(view[next.row], next.col, rows, headers);
  }

  private scrollRowIntoView(row: number) {
    const scroller = this.scroller;
    if (!scroller || row < 0) return;
    const header = this.el.querySelector<HTMLElement>('.head')?.offsetHeight ?? this.rowHeight;
    const top = row * this.rowHeight;
    const visible = scroller.clientHeight - header;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (top + this.rowHeight > scroller.scrollTop + visible) scroller.scrollTop = top + this.rowHeight - visible;
    this.updateRange();
  }

  private emitSelect(dataRow: number, col: number, rows: unknown[][], _headers: string[]) {
    const row = rows[dataRow] ?? [];
    this.grSelect.emit({
      index: [dataRow, col],
      value: row[col] ?? null,
      row_value: [...row],
      col_value: rows.map((r) => r[col] ?? null),
      selected: true,
    });
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (this.editing) {
      // Keys typed before the editor has rendered and taken focus belong to it.
      if (event.target instanceof HTMLInputElement) return;
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        this.editing = { ...this.editing, text: this.editing.text + event.key, error: null };
      } else this.onEditorKeyDown(event);
      return;
    }
    const { rows, columns, headers } = this.table();
    if (!columns) return;
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    const active = this.active ?? { row: view.length ? 0 : -1, col: 0 };
    const page = Math.max(1, Math.floor((this.scroller?.clientHeight ?? 300) / this.rowHeight) - 1);
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    const move = (row: number, col: number) => {
      event.preventDefault();
      this.moveTo(row, col, event.shiftKey);
    };
    if (key === 'ArrowDown') return move(active.row + 1, active.col);
    if (key === 'ArrowUp') return move(active.row - 1, active.col);
    if (key === 'ArrowRight') return move(active.row, active.col + 1);
    if (key === 'ArrowLeft') return move(active.row, active.col - 1);
    if (key === 'Home') return move(ctrl ? 0 : active.row, 0);
    if (key === 'End') return move(ctrl ? view.length - 1 : active.row, columns - 1);
    if (key === 'PageDown') return move(active.row + page, active.col);
    if (key === 'PageUp') return move(Math.max(0, active.row - page), active.col);
    if (key === 'Escape') {
      if (this.fullscreen) {
        event.preventDefault();
        this.fullscreen = false;
      } else this.anchor = this.active;
      return;
    }
    if (ctrl && key.toLowerCase() === 'z') {
      event.preventDefault();
      this.undo();
      return;
    }
    if (ctrl && key.toLowerCase() === 'a') {
      event.preventDefault();
      this.anchor = { row: 0, col: 0 };
      this.active = { row: view.length - 1, col: columns - 1 };
      return;
    }
    if (!this.active) {
      if (key === 'Enter' || key === ' ') this.moveTo(active.row, active.col);
      return;
    }
    if (active.row < 0) {
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        this.cycleSort(active.col);
      } else if (key === 'F2' && this.interactive) {
        event.preventDefault();
        this.startEdit(active, headers[active.col] ?? '');
      }
      return;
    }
    const dataRow = view[active.row];
    if (dataRow === undefined) return;
    const editable = !this.isStatic(active.col, headers);
    if (!editable) return;
    const type = types[active.col];
    if (type === 'bool' && (key === ' ' || key === 'Enter')) {
      event.preventDefault();
      this.commitCell(dataRow, active.col, !cellBool(rows[dataRow]?.[active.col]));
      return;
    }
    if (key === 'Enter' || key === 'F2') {
      event.preventDefault();
      this.startEdit(active, cellText(rows[dataRow]?.[active.col], type));
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      this.clearRange();
    } else if (key.length === 1 && !ctrl && !event.altKey && type !== 'bool') {
      event.preventDefault();
      this.startEdit(active, key);
    }
  };

  private onCellMouseDown(event: MouseEvent, row: number, col: number) {
    if (this.editing && this.editing.row === row && this.editing.col === col) return;
    if (event.button !== 0) return;
    this.dragging = true;
    this.moveTo(row, col, event.shiftKey);
    this.scroller?.focus({ preventScroll: true });
  }

  private onCellMouseEnter(event: MouseEvent, row: number, col: number) {
    if (!this.dragging || !(event.buttons & 1)) {
      this.dragging = false;
      return;
    }
    if (this.active?.row !== row || this.active.col !== col) this.active = { row, col };
  }

  /**
   * The body cell an event happened in, as `[viewRow, col]`. Body cells are handled by one listener per
   * event type on the grid (delegation), so scrolling re-renders no listeners.
   */
  private eventCell(event: Event): [number, number] | null {
    const target = event.target as Element | null;
    if (target instanceof HTMLInputElement) return null;
    const cell = target?.closest?.('[role="gridcell"][data-r]');
    if (!cell) return null;
    return [Number(cell.getAttribute('data-r')), Number(cell.getAttribute('data-c'))];
  }

  private onGridMouseDown = (event: MouseEvent) => {
    const at = this.eventCell(event);
    if (at) this.onCellMouseDown(event, at[0], at[1]);
  };

  private onGridMouseOver = (event: MouseEvent) => {
    const at = this.eventCell(event);
    if (at && this.dragging) this.onCellMouseEnter(event, at[0], at[1]);
  };

  private onGridDoubleClick = (event: MouseEvent) => {
    const at = this.eventCell(event);
    if (at) this.onCellDoubleClick(at[0], at[1]);
  };

  private onGridClick = (event: MouseEvent) => {
    const at = this.eventCell(event);
    if (!at || !this.interactive || this.active?.row !== at[0] || this.active.col !== at[1]) return;
    const { rows, columns } = this.table();
    const types = this.types(columns, rows);
    if (types[at[1]] !== 'bool') return;
    const dataRow = this.view(rows, types, columns)[at[0]];
    if (dataRow !== undefined) this.onBoolClick(event, dataRow, at[1], rows[dataRow]?.[at[1]]);
  };

  private onCellDoubleClick(row: number, col: number) {
    const { rows, columns, headers } = this.table();
    if (this.isStatic(col, headers)) return;
    if (row < 0) {
      this.startEdit({ row, col }, headers[col] ?? '');
      return;
    }
    const types = this.types(columns, rows);
    const dataRow = this.view(rows, types, columns)[row];
    if (types[col] === 'bool') return;
    this.startEdit({ row, col }, cellText(rows[dataRow]?.[col], types[col]));
  }

  private onBoolClick(event: MouseEvent, dataRow: number, col: number, current: unknown) {
    const { headers } = this.table();
    if (this.isStatic(col, headers)) return;
    event.stopPropagation();
    this.commitCell(dataRow, col, !cellBool(current));
  }

  private cycleSort(col: number) {
    if (this.sortCol !== col) {
      this.sortCol = col;
      this.sortDir = 'asc';
    } else if (this.sortDir === 'asc') this.sortDir = 'desc';
    else this.sortCol = null;
    this.active = { row: -1, col };
  }

  // ---- editing ----------------------------------------------------------------------------------------

  private startEdit(position: Position, text: string) {
    this.editing = { ...position, text, error: null };
    this.active = { row: position.row, col: position.col };
    this.anchor = this.active;
    this.focusEditor = true;
  }

  private onEditorKeyDown = (event: KeyboardEvent) => {
    const editing = this.editing;
    if (!editing) return;
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.editing = null;
      this.message = null;
      this.scroller?.focus();
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      if (this.commitEdit()) this.afterEdit(editing.row < 0 ? 0 : editing.row + 1, editing.col);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      if (this.commitEdit()) this.afterEdit(editing.row, editing.col + (event.shiftKey ? -1 : 1));
    }
  };

  private afterEdit(row: number, col: number) {
    this.scroller?.focus();
    this.moveTo(row, col);
  }

  private onEditorInput = (event: Event) => {
    if (this.editing) this.editing = { ...this.editing, text: (event.target as HTMLInputElement).value, error: null };
  };

  private onEditorBlur = () => {
    if (!this.editing) return;
    const { text } = this.editing;
    if (!this.commitEdit()) {
      this.message = t('editDiscarded', this.el, { error: this.editing?.error ?? t('invalidInput', this.el), text: truncate(text, 30) });
      this.editing = null;
    }
  };

  /** Commits the editor's text; `false` (and an error shown) when it is not valid for the column. */
  private commitEdit(): boolean {
    const editing = this.editing;
    if (!editing) return true;
    const { rows, columns } = this.table();
    const types = this.types(columns, rows);
    if (editing.row < 0) {
      this.editing = null;
      this.renameHeader(editing.col, editing.text);
      return true;
    }
    const error = invalidInput(editing.text, types[editing.col]);
    if (error) {
      this.editing = { ...editing, error };
      return false;
    }
    this.editing = null;
    this.message = null;
    const dataRow = this.view(rows, types, columns)[editing.row];
    if (dataRow !== undefined) this.commitCell(dataRow, editing.col, parseInput(editing.text, types[editing.col]));
    return true;
  }

  /** The current value as a fresh, rectangular object (blank rows of an empty interactive frame included). */
  private working(): DataframeValue {
    const { rows, columns, headers } = this.table();
    const metadata = this.value?.metadata ?? null;
    return {
      headers: [...headers],
      data: rows.map((row) => (row.length === columns ? row : Array.from({ length: columns }, (_, c) => row[c] ?? null))),
      metadata: metadata ? { ...metadata } : null,
    };
  }

  /** Applies a user change: records undo, sets `value`, emits `gr-input` and `gr-change`. */
  private applyUser(next: DataframeValue) {
    if (this.value) this.undoStack.push(this.value);
    else this.undoStack.push({ headers: next.headers, data: [], metadata: null });
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.undoDepth = this.undoStack.length;
    this.value = next;
    this.grInput.emit(next);
    this.grChange.emit(next);
  }

  private commitCell(dataRow: number, col: number, cell: unknown) {
    this.commitCells([[dataRow, col, cell]]);
  }

  /** Writes cells `[row, col, value]` (rows beyond the end are added) as one undoable change. */
  private commitCells(cells: [number, number, unknown][]) {
    const next = this.working();
    const columns = next.headers.length;
    const types = this.types(columns, next.data);
    const edits: DataframeEditDetail[] = [];
    const display = next.metadata?.display_value ? next.metadata.display_value.map((row) => (row ? [...row] : row)) : null;
    for (const [row, col, cell] of cells) {
      while (next.data.length <= row) next.data.push(Array.from({ length: columns }, (_, c) => emptyCell(types[c])));
      const previous = next.data[row][col];
      if (Object.is(previous, cell)) continue;
      next.data[row] = [...next.data[row]];
      next.data[row][col] = cell;
      if (display?.[row]) display[row][col] = cellText(cell, types[col]);
      edits.push({ index: [row, col], value: cell, previous_value: cellText(previous, types[col]) });
    }
    if (!edits.length) return;
    if (next.metadata && display) next.metadata = { ...next.metadata, display_value: display };
    this.applyUser(next);
    for (const edit of edits) this.grEdit.emit(edit);
  }

  private renameHeader(col: number, text: string) {
    const next = this.working();
    if (next.headers[col] === text) return;
    next.headers[col] = text;
    this.applyUser(next);
  }

  private clearRange() {
    const { rows, columns, headers } = this.table();
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    const cells: [number, number, unknown][] = [];
    for (const [r, c] of this.rangeCells(view.length, columns)) {
      if (!this.isStatic(c, headers)) cells.push([view[r], c, emptyCell(types[c])]);
    }
    this.commitCells(cells);
  }

  /** `[viewRow, col]` of every cell in the selected range. */
  private rangeCells(viewRows: number, columns: number): [number, number][] {
    const active = this.active;
    if (!active || active.row < 0) return [];
    const from = this.anchor ?? active;
    const cells: [number, number][] = [];
    for (let r = Math.max(0, Math.min(from.row, active.row)); r <= Math.min(viewRows - 1, Math.max(from.row, active.row)); r++) {
      for (let c = Math.min(from.col, active.col); c <= Math.min(columns - 1, Math.max(from.col, active.col)); c++) cells.push([r, c]);
    }
    return cells;
  }

  private undo() {
    const previous = this.undoStack.pop();
    this.undoDepth = this.undoStack.length;
    if (!previous) return;
    this.value = previous;
    this.grInput.emit(previous);
    this.grChange.emit(previous);
  }

  private onCopy = (event: ClipboardEvent) => {
    if (this.editing) return;
    const { rows, columns } = this.table();
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    const cells = this.rangeCells(view.length, columns);
    if (!cells.length || !event.clipboardData) return;
    const grid: string[][] = [];
    let current = -1;
    for (const [r, c] of cells) {
      if (r !== current) {
        grid.push([]);
        current = r;
      }
      grid[grid.length - 1].push(cellText(rows[view[r]]?.[c], types[c]));
    }
    event.preventDefault();
    event.clipboardData.setData('text/plain', toDelimited(grid));
  };

  private onPaste = (event: ClipboardEvent) => {
    if (this.editing || !this.interactive) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const active = this.active;
    if (!text || !active || active.row < 0) return;
    event.preventDefault();
    this.paste(parseDelimited(text), active);
  };

  /** Writes pasted rows at the active cell, adding rows within the limits; cells past the columns are dropped. */
  private paste(grid: string[][], at: Position) {
    const { rows, columns, headers } = this.table();
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    const { rows: rowCount } = this.counts();
    const limits = readLimits(this.rowLimits, rowCount, rows.length);
    const cells: [number, number, unknown][] = [];
    const problems: string[] = [];
    let nextNew = rows.length;
    for (let i = 0; i < grid.length; i++) {
      let dataRow = view[at.row + i];
      if (dataRow === undefined) {
        if (nextNew + 1 > limits.max) {
          problems.push(t('pastedRowsLeft', this.el, { n: grid.length - i, max: limits.max }));
          break;
        }
        dataRow = nextNew++;
      }
      for (let j = 0; j < grid[i].length; j++) {
        const col = at.col + j;
        if (col >= columns) {
          if (!problems.length) problems.push(t('pastedBeyond', this.el));
          break;
        }
        if (this.isStatic(col, headers)) continue;
        const error = invalidInput(grid[i][j], types[col]);
        if (error) {
          problems.push(t('cellError', this.el, { n: dataRow + 1, column: headers[col], error }));
          continue;
        }
        cells.push([dataRow, col, parseInput(grid[i][j], types[col])]);
      }
    }
    this.commitCells(cells);
    this.message = problems.length ? problems.slice(0, 3).join(' ') : null;
  }

  // ---- rows and columns ---------------------------------------------------------------------------------

  private rowLimitsNow(current: number) {
    return readLimits(this.rowLimits, this.counts().rows, current);
  }

  private columnLimitsNow(current: number) {
    const cols = this.counts().cols;
    const fixed = cols.fixed || (Array.isArray(this.staticColumns) && this.staticColumns.length > 0);
    return readLimits(this.columnLimits, { ...cols, fixed }, current);
  }

  private addRow() {
    const next = this.working();
    const types = this.types(next.headers.length, next.data);
    const view = this.view(next.data, types, next.headers.length);
    const at = this.active && this.active.row >= 0 ? view[this.active.row] + 1 : next.data.length;
    next.data.splice(at, 0, types.map((type) => emptyCell(type)));
    if (next.metadata) next.metadata = null;
    this.viewCache = null;
    this.applyUser(next);
  }

  private deleteRow() {
    const next = this.working();
    const types = this.types(next.headers.length, next.data);
    const view = this.view(next.data, types, next.headers.length);
    const at = this.active && this.active.row >= 0 ? view[this.active.row] : next.data.length - 1;
    if (at < 0) return;
    next.data.splice(at, 1);
    if (next.metadata) next.metadata = null;
    this.active = null;
    this.applyUser(next);
  }

  private addColumn() {
    const next = this.working();
    const at = this.active ? this.active.col + 1 : next.headers.length;
    let name = String(next.headers.length + 1);
    while (next.headers.includes(name)) name = `${name}_`;
    next.headers.splice(at, 0, name);
    next.data = next.data.map((row) => {
      const copy = [...row];
      copy.splice(at, 0, '');
      return copy;
    });
    if (next.metadata) next.metadata = null;
    this.sortCol = null;
    this.applyUser(next);
  }

  private deleteColumn() {
    const next = this.working();
    const at = this.active ? this.active.col : next.headers.length - 1;
    if (at < 0) return;
    next.headers.splice(at, 1);
    next.data = next.data.map((row) => row.filter((_, c) => c !== at));
    if (next.metadata) next.metadata = null;
    this.sortCol = null;
    this.active = null;
    this.applyUser(next);
  }

  // ---- toolbar ---------------------------------------------------------------------------------------

  private buttonShown(name: 'copy' | 'fullscreen'): boolean {
    const flag = name === 'copy' ? this.showCopyButton : this.showFullscreenButton;
    if (Array.isArray(this.buttons)) return this.buttons.includes(name);
    if (typeof flag === 'boolean') return flag;
    return true;
  }

  private onCopyAll = () => {
    const { rows, columns, headers } = this.table();
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    const grid = [headers, ...view.map((r) => Array.from({ length: columns }, (_, c) => cellText(rows[r]?.[c], types[c])))];
    void this.copyFeedback.copy(toDelimited(grid, ','));
  };

  // ---- rendering -----------------------------------------------------------------------------------------

  private cached(key: string, make: () => string): string {
    let html = this.htmlCache.get(key);
    if (html === undefined) {
      html = make();
      if (this.htmlCache.size > 5000) this.htmlCache.clear();
      this.htmlCache.set(key, html);
    }
    return html;
  }

  /**
   * Loads what a Markdown cell needs (KaTeX for `latex_delimiters` math, code grammars) once per text, then
   * renders the cells again: cells show at once, and their math when KaTeX arrives.
   */
  private loadAssets(text: string) {
    if (this.assetsRequested.has(text) || this.assetsRequested.size > 2000) return;
    this.assetsRequested.add(text);
    void loadMarkdownAssets(text, { inline: true, latexDelimiters: this.latexDelimiters }).then((changed) => {
      if (!changed) return;
      this.htmlCache.clear();
      this.drawnWith = [];
      forceUpdate(this);
    });
  }

  /** A Styler's CSS for a cell as a style object; `url(...)` and `expression(...)` are dropped. */
  private cellStyle(css: unknown): Record<string, string> | undefined {
    if (typeof css !== 'string' || !css.trim()) return undefined;
    let style = this.styleCache.get(css);
    if (!style) {
      style = {};
      for (const declaration of css.split(';')) {
        const colon = declaration.indexOf(':');
        if (colon < 1) continue;
        const name = declaration.slice(0, colon).trim().toLowerCase();
        const value = declaration.slice(colon + 1).trim();
        if (!/^[a-z-]+$/.test(name) || /url\(|expression\(|javascript:|@import/i.test(value)) continue;
        style[name] = value;
      }
      this.styleCache.set(css, style);
    }
    return style;
  }

  private renderContent(cell: unknown, type: CellType, shown: string | null, label: string) {
    const text = shown ?? cellText(cell, type);
    if (type === 'bool') {
      const on = cellBool(cell);
      return [
        <span class={{ check: true, on }} aria-hidden="true">
          {on ? '✓' : ''}
        </span>,
        <span class="sr-only">{on ? 'true' : 'false'}</span>,
      ];
    }
    if (type === 'markdown') {
      this.loadAssets(text);
      const html = this.cached(`md:${this.lineBreaks}:${text}`, () =>
        renderMarkdown(truncate(text, this.maxChars), { inline: true, lineBreaks: this.lineBreaks, latexDelimiters: this.latexDelimiters, codeCopyButtons: false }),
      );
      return <span class="rich gr-prose" innerHTML={trustedHtml(html)} />;
    }
    if (type === 'html') {
      const html = this.cached(`html:${text}`, () => sanitizeHtml(text));
      return <span class="rich gr-prose" innerHTML={trustedHtml(html)} />;
    }
    if (type === 'image') {
      const src = safeMediaUrl(text);
      if (!text) return null;
      return src ? <img class="cell-image" src={src} alt={label} loading="lazy" /> : <span class="bad">(image URL refused)</span>;
    }
    return truncate(text, this.maxChars);
  }

  private renderEditor(type: CellType, label: string) {
    const editing = this.editing;
    if (!editing) return null;
    return [
      <input
        class="cell-editor"
        type="text"
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={editing.text}
        aria-label={t('editName', this.el, { name: label })}
        aria-invalid={editing.error ? 'true' : undefined}
        aria-describedby={editing.error ? this.noticeId : undefined}
        onInput={this.onEditorInput}
        onKeyDown={this.onEditorKeyDown}
        onBlur={this.onEditorBlur}
        onMouseDown={(event) => event.stopPropagation()}
      />,
    ];
  }

  private renderHeader(headers: string[], columns: number, visibleCols: number[], template: string) {
    const pinned = this.pinned(columns);
    return (
      // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
      <div role="rowgroup" class="head">
        {/* biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid */}
        <div role="row" class="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {this.showRowNumbers ? (
            // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
            <div role="columnheader" class="cell row-number pinned" aria-colindex={1} style={{ gridColumn: '1', left: '0px' }}>
              <span class="sr-only">{t('row', this.el)}</span>
            </div>
          ) : null}
          {visibleCols.map((c) => {
            const sorted = this.sortCol === c;
            const isActive = this.active?.row === -1 && this.active.col === c;
            const editing = this.editing?.row === -1 && this.editing.col === c;
            return (
              // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
              <div
                role="columnheader"
                id={this.cellId(-1, c)}
                class={{ cell: true, active: isActive, pinned: c < pinned, sorted }}
                aria-colindex={c + 1 + (this.showRowNumbers ? 1 : 0)}
                aria-sort={sorted ? (this.sortDir === 'asc' ? 'ascending' : 'descending') : undefined}
                style={{ gridColumn: String(c + 1 + (this.showRowNumbers ? 1 : 0)), left: c < pinned ? `${this.pinLeft(c, columns)}px` : undefined }}
                title={headers[c]}
                onClick={() => {
                  if (!this.editing) this.cycleSort(c);
                }}
                onDblClick={() => this.onCellDoubleClick(-1, c)}
              >
                {editing ? (
                  this.renderEditor('str', t('headerName', this.el, { name: headers[c] }))
                ) : (
                  <span class="header-text">{headers[c] || <span class="sr-only">{t('columnN', this.el, { n: c + 1 })}</span>}</span>
                )}
                <span class={{ 'sort-icon': true, [this.sortDir]: sorted }} aria-hidden="true">
                  {sorted ? (this.sortDir === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    );
  }

  private renderRow(viewRow: number, dataRow: number, row: unknown[], ctx: {
    types: CellType[];
    headers: string[];
    columns: number;
    visibleCols: number[];
    template: string;
  }) {
    const display = this.value?.metadata?.display_value;
    const styling = this.value?.metadata?.styling;
    const pinned = this.pinned(ctx.columns);
    const offset = this.showRowNumbers ? 1 : 0;
    return (
      // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
      <div key={viewRow} role="row" class={{ row: true, odd: viewRow % 2 === 1 }} aria-rowindex={viewRow + 2} style={{ gridTemplateColumns: ctx.template }}>
        {this.showRowNumbers ? (
          // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
          <div role="rowheader" class="cell row-number pinned" aria-colindex={1} style={{ gridColumn: '1', left: '0px' }}>
            {dataRow + 1}
          </div>
        ) : null}
        {ctx.visibleCols.map((c) => {
          const cell = row[c];
          const type = ctx.types[c];
          const shownRaw = Array.isArray(display) ? display[dataRow]?.[c] : undefined;
          const shown = typeof shownRaw === 'string' && !this.interactive ? shownRaw : null;
          const isActive = this.active?.row === viewRow && this.active.col === c;
          const editing = this.editing?.row === viewRow && this.editing.col === c;
          const label = t('cellName', this.el, { column: ctx.headers[c] || t('columnN', this.el, { n: c + 1 }), n: dataRow + 1 });
          const text = shown ?? cellText(cell, type);
          return (
            // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
            <div
              role="gridcell"
              id={this.cellId(dataRow, c)}
              class={{
                cell: true,
                [`type-${type}`]: true,
                active: isActive,
                selected: this.inRange(viewRow, c),
                pinned: c < pinned,
                editing,
                readonly: this.isStatic(c, ctx.headers),
              }}
              aria-colindex={c + 1 + offset}
              aria-selected={this.inRange(viewRow, c) ? 'true' : 'false'}
              aria-readonly={this.interactive && this.isStatic(c, ctx.headers) ? 'true' : undefined}
              title={this.maxChars && text.length > this.maxChars ? text : undefined}
              style={{
                gridColumn: String(c + 1 + offset),
                left: c < pinned ? `${this.pinLeft(c, ctx.columns)}px` : undefined,
                ...(Array.isArray(styling) ? this.cellStyle(styling[dataRow]?.[c]) : undefined),
              }}
              data-r={viewRow}
              data-c={c}
            >
              {editing ? this.renderEditor(type, label) : this.renderContent(cell, type, shown, label)}
            </div>
          );
        })}
      </div>
    );
  }

  /**
   * The window's children: gaps for the rows above `first` kept since `windowBase`, then the rows in view.
   *
   * A scroll renders the element again for each new first row. Building and diffing every row in view each
   * frame was most of a scrolled frame's script (about 27 rows of 10 cells, each with its label, classes and
   * style), though only the rows coming into view change. So a row or gap drawn with the same inputs as last
   * time is the same VNode: Stencil's diff finds every attribute equal and writes nothing.
   */
  private renderWindow(view: number[], rows: unknown[][], first: number, last: number, ctx: Parameters<GrDataframe['renderRow']>[3]) {
    const base = this.windowStart(first);
    // Everything a row's drawing reads besides its own data and selection (the value covers display text and
    // styling; the word covers the reader's language; datatype, headers and columns come through ctx).
    const drawnWith = [
      this.value,
      ctx.types.join(),
      ctx.headers.join('\u0000'),
      ctx.visibleCols.join(),
      ctx.template,
      this.interactive,
      this.maxChars,
      this.lineBreaks,
      this.latexDelimiters,
      this.staticColumns,
      this.pinned(ctx.columns),
      this.showRowNumbers,
      t('cellName', this.el, { column: '', n: 0 }),
    ];
    const reuse = drawnWith.length === this.drawnWith.length && drawnWith.every((input, i) => input === this.drawnWith[i]);
    const drawn = reuse ? this.drawnRows : new Map<number, { key: string; node: VNode }>();
    const next = new Map<number, { key: string; node: VNode }>();
    const children: VNode[] = [];
    const keep = (viewRow: number, key: string, draw: () => VNode) => {
      const before = drawn.get(viewRow);
      const node = before && before.key === key ? before.node : draw();
      next.set(viewRow, { key, node });
      children.push(node);
    };
    for (let viewRow = base; viewRow < first; viewRow++) keep(viewRow, 'gap', () => <div key={viewRow} class="gap" />);
    for (let viewRow = first; viewRow < last; viewRow++) {
      const dataRow = view[viewRow];
      keep(viewRow, this.rowKey(viewRow, dataRow), () => this.renderRow(viewRow, dataRow, rows[dataRow] ?? [], ctx));
    }
    this.drawnRows = next;
    this.drawnWith = drawnWith;
    return children;
  }

  /**
   * What a row's drawing depends on besides `renderWindow`'s inputs: its data row, the active cell and the
   * selected columns when they are in it, and the cell being edited (a row with an editor is drawn each time:
   * its key never repeats).
   */
  private rowKey(viewRow: number, dataRow: number): string {
    if (this.editing?.row === viewRow) return `edit ${++this.editDraws}`;
    const { active, anchor } = this;
    if (!active) return String(dataRow);
    const from = anchor ?? active;
    const selected = viewRow >= Math.min(from.row, active.row) && viewRow <= Math.max(from.row, active.row);
    const activeCol = active.row === viewRow ? active.col : -1;
    return selected ? `${dataRow} ${activeCol} ${Math.min(from.col, active.col)}-${Math.max(from.col, active.col)}` : `${dataRow} ${activeCol}`;
  }

  private renderSearch(headers: string[], columns: number) {
    const mode = this.showSearch;
    if (mode !== 'search' && mode !== 'filter') return null;
    const activeFilters = Object.entries(this.filters).filter(([, expression]) => expression.trim());
    return (
      <div class="search-bar">
        <input
          part="search"
          class="search"
          type="search"
          placeholder={t('searchPlaceholder', this.el)}
          aria-label={t('searchTable', this.el)}
          value={this.search}
          onInput={(event) => {
            this.search = (event.target as HTMLInputElement).value;
            this.active = null;
          }}
        />
        {mode === 'filter' ? (
          <form
            class="filter-form"
            aria-label={t('filterAColumn', this.el)}
            onSubmit={(event) => {
              event.preventDefault();
              const input = (event.target as HTMLFormElement).querySelector<HTMLInputElement>('input');
              if (!input) return;
              this.filters = { ...this.filters, [this.filterCol]: input.value };
              input.value = '';
              this.active = null;
            }}
          >
            <select
              aria-label={t('filterColumn', this.el)}
              onChange={(event) => {
                this.filterCol = Number((event.target as HTMLSelectElement).value);
              }}
            >
              {headers.slice(0, columns).map((header, c) => (
                <option value={String(c)} selected={c === this.filterCol}>
                  {header || t('columnN', this.el, { n: c + 1 })}
                </option>
              ))}
            </select>
            <input type="text" class="filter-input" aria-label={t('filterExpression', this.el)} placeholder={t('filterPlaceholder', this.el)} />
            <button type="submit" class="small-button">
              {t('filter', this.el)}
            </button>
          </form>
        ) : null}
        {activeFilters.map(([key, expression]) => (
          <button
            type="button"
            class="chip"
            aria-label={t('removeFilter', this.el, { column: headers[Number(key)], expression })}
            onClick={() => {
              const next = { ...this.filters };
              delete next[Number(key)];
              this.filters = next;
            }}
          >
            {`${headers[Number(key)]}: ${expression} ×`}
          </button>
        ))}
      </div>
    );
  }

  private renderEditBar(rowsNow: number, columns: number) {
    if (!this.interactive) return null;
    const rowLimits = this.rowLimitsNow(rowsNow);
    const colLimits = this.columnLimitsNow(columns);
    return (
      <div class="edit-bar" role="toolbar" aria-label={t('editTable', this.el)}>
        <button type="button" class="small-button" disabled={rowsNow + 1 > rowLimits.max} onClick={() => this.addRow()}>
          {t('addRow', this.el)}
        </button>
        <button type="button" class="small-button" disabled={rowsNow - 1 < rowLimits.min || rowsNow === 0} onClick={() => this.deleteRow()}>
          {t('deleteRow', this.el)}
        </button>
        <button type="button" class="small-button" disabled={columns + 1 > colLimits.max} onClick={() => this.addColumn()}>
          {t('addColumn', this.el)}
        </button>
        <button type="button" class="small-button" disabled={columns - 1 < Math.max(1, colLimits.min)} onClick={() => this.deleteColumn()}>
          {t('deleteColumn', this.el)}
        </button>
        <button type="button" class="small-button" disabled={this.undoDepth === 0} onClick={() => this.undo()}>
          {t('undo', this.el)}
        </button>
      </div>
    );
  }

  render() {
    const table = this.table();
    const { rows, columns, headers, problems } = table;
    const types = this.types(columns, rows);
    const view = this.view(rows, types, columns);
    const template = this.template(columns);
    const pinned = this.pinned(columns);
    const visibleCols: number[] = [];
    if (this.columnsVirtual(columns)) {
      for (let c = 0; c < pinned; c++) visibleCols.push(c);
      for (let c = Math.max(pinned, this.firstCol); c < Math.min(columns, this.lastCol); c++) visibleCols.push(c);
    } else for (let c = 0; c < columns; c++) visibleCols.push(c);
    const first = Math.min(this.firstRow, Math.max(0, view.length - 1));
    const last = Math.min(view.length, Math.max(this.lastRow, first + 1));
    const label = this.label ?? 'Dataframe';
    const notices = [...problems, ...(this.editing?.error ? [this.editing.error] : []), ...(this.message ? [this.message] : [])];
    const ctx = { types, headers, columns, visibleCols, template };
    const minWidth = `${this.minWidthPx(columns)}px`;
    const activeId = this.activeId();
    const activeRendered = activeId && this.active && (this.active.row < 0 || (this.active.row >= first && this.active.row < last));
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={false} padding={false} extraClass={{ fullscreen: this.fullscreen }}>
          <div class="top">
            <span id={this.labelId} class={{ 'block-title': true, 'sr-only': !this.showLabel }}>
              {label}
            </span>
            <div class="toolbar">
              {this.buttonShown('copy') ? (
                <button type="button" class="icon-button" aria-label={t(this.copied ? 'copied' : 'copyTableCsv', this.el)} title={t('copyTable', this.el)} onClick={this.onCopyAll}>
                  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
                    {this.copied ? <path d="M4 12l5 5L20 6" /> : [<path d="M8 8h11v13H8z" />, <path d="M5 16V3h11" />]}
                  </svg>
                </button>
              ) : null}
              {this.buttonShown('fullscreen') ? (
                <FullscreenButton
                  active={this.fullscreen}
                  onToggle={() => {
                    this.fullscreen = !this.fullscreen;
                  }}
                />
              ) : null}
            </div>
          </div>
          {this.renderSearch(headers, columns)}
          {columns ? (
          // biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid
          <div
            part="grid"
            class={{ scroller: true, wrap: this.wrap, 'line-breaks': this.lineBreaks }}
            role="grid"
            tabIndex={0}
            aria-labelledby={this.labelId}
            aria-describedby={notices.length ? this.noticeId : undefined}
            aria-rowcount={view.length + 1}
            aria-colcount={columns + (this.showRowNumbers ? 1 : 0)}
            aria-multiselectable="true"
            aria-readonly={this.interactive ? undefined : 'true'}
            aria-activedescendant={activeRendered ? activeId : undefined}
            style={{ maxHeight: this.fullscreen ? undefined : cssLength(typeof this.maxHeight === 'string' && /^\d+(\.\d+)?$/.test(this.maxHeight) ? Number(this.maxHeight) : this.maxHeight) }}
            ref={(el) => {
              this.scroller = el;
            }}
            onScroll={this.onScroll}
            onMouseDown={this.onGridMouseDown}
            onMouseOver={this.onGridMouseOver}
            onMouseUp={() => {
              this.dragging = false;
            }}
            onDblClick={this.onGridDoubleClick}
            onClick={this.onGridClick}
            onKeyDown={this.onKeyDown}
            onCopy={this.onCopy}
            onPaste={this.onPaste}
            onFocus={() => {
              if (!this.active && columns) this.active = { row: view.length ? 0 : -1, col: 0 };
            }}
          >
            <div class="content" role="presentation" style={{ minWidth }}>
              {this.renderHeader(headers, columns, visibleCols, template)}
              {/* biome-ignore lint/a11y: a virtualized ARIA grid (role=grid/row/gridcell on divs); keyboard handled on the grid */}
              <div role="rowgroup" class="body" style={{ height: `${view.length * this.rowHeight}px` }}>
                <div role="presentation" class="window" ref={this.observeRows} style={{ transform: `translateY(${first * this.rowHeight}px)` }}>
                  {this.renderWindow(view, rows, first, last, ctx)}
                </div>
              </div>
            </div>
          </div>
          ) : null}
          {!view.length ? <p class="empty-note">{t(rows.length ? 'noRowsMatch' : columns ? 'noRows' : 'emptyTable', this.el)}</p> : null}
          <div id={this.noticeId} class={{ notice: true, 'sr-only': !notices.length }} role="status">
            {notices.join(' ')}
          </div>
          {this.renderEditBar(this.frame.rows.length || rows.length, columns)}
        </Block>
      </Host>
    );
  }
}
