import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { type FileTreeEntry, type FileTreeLister, type TreePath, pathKey, pathText, readListing, valuePaths } from '../../utils/file-tree';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';

/** The value of a FileExplorer: the selected paths as segment lists under the root, or `null`. */
export type FileExplorerValue = string[][] | null;

/** Detail of `gr-select`: Gradio's SelectData for a FileExplorer. */
export interface FileExplorerSelectDetail {
  /** The entry's position at each level from the root (`[1, 0]`: the first entry of the second folder). */
  index: number[];
  /** Its path, `docs/guide.md`. */
  value: string;
  /** `true` when it was selected, `false` when unselected. */
  selected: boolean;
}

/** A folder's children: not asked yet, being listed, listed, or the listing failed. */
type Children = { state: 'unlisted' } | { state: 'loading' } | { state: 'listed'; entries: FileTreeEntry[] } | { state: 'failed'; message: string };

/** One visible row of the tree. */
interface Row {
  path: TreePath;
  entry: FileTreeEntry;
  index: number[];
  level: number;
  setSize: number;
}

/**
 * A Gradio `FileExplorer` (config type `fileexplorer`): the server's files under the explorer's `root_dir`
 * (filtered by its `glob` and `ignore_glob`, on the server) as a tree with a checkbox per entry. Folders
 * list their content when first expanded, through the `ls` function `<gradio-app>` sets (the component's
 * `ls` server function).
 *
 * `fileCount="multiple"`: any number of entries; checking a folder checks what it holds as it is listed.
 * `single`: checking an entry replaces the selection.
 *
 * Keyboard (an ARIA tree, one tab stop): Up / Down move, Right opens a folder or enters it, Left closes it or
 * goes to its parent, Home / End, Space checks the entry, Enter opens a folder or checks a file.
 *
 * A failed listing (server error, malformed answer) is a message in the element; the folder can be tried
 * again by closing and opening it.
 */
@Component({
  tag: 'gr-file-explorer',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', 'gr-file-explorer.css'],
  scoped: true,
})
export class GrFileExplorer {
  @Element() el!: HTMLElement;

  /** Listings by folder key (the root is the empty key). */
  @State() folders: Map<string, Children> = new Map();

  /** Keys of the open folders. */
  @State() open: Set<string> = new Set();

  /** The key of the row that has the tab stop. */
  @State() active: string | null = null;

  /** The selected paths: segment lists under `root_dir` (Gradio's wire format), or `null`. */
  @Prop({ mutable: true }) value: FileExplorerValue = null;

  /** Lists a folder (`[]`: the root); `<gradio-app>` sets it to the component's `ls` server function. */
  @Prop() ls: FileTreeLister | null = null;
  @Watch('ls')
  @Watch('glob')
  @Watch('ignoreGlob')
  @Watch('rootDir')
  sourceChanged() {
    this.folders = new Map();
    this.open = new Set();
    void this.list([]);
  }

  /** Gradio's `glob` (applied by the server; shown in the tree's description). */
  @Prop() glob: string = '**/*';

  /** Gradio's `ignore_glob` (applied by the server). */
  @Prop() ignoreGlob: string | null = null;

  /** Gradio's `root_dir`, the server folder shown (a new one lists again). */
  @Prop() rootDir: string | null = null;

  /** `multiple` (default) or `single`. */
  @Prop() fileCount: 'single' | 'multiple' = 'multiple';

  /** The label. */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Height of the tree: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** Largest height before the tree scrolls (Gradio's default 500 px). */
  @Prop() maxHeight: number | string | null = 500;

  /** Smallest height. */
  @Prop() minHeight: number | string | null = null;

  /** `false`: the tree can be browsed but nothing can be checked. */
  @Prop() interactive: boolean = true;

  /** `false`: no block border, background or padding. */
  @Prop() container: boolean = true;

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

  /** Fires after each change of the selection by the user: the new value. Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileExplorerValue>;

  /** Fires with `gr-change`, for each change by the user (Gradio's `input`). */
  @Event({ eventName: 'gr-input', bubbles: true, composed: true }) grInput!: EventEmitter<FileExplorerValue>;

  /** Fires when the user checks or unchecks an entry: `{index, value: path, selected}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<FileExplorerSelectDetail>;

  private readonly labelId = uniqueId('gr-file-explorer');
  private readonly helpId = `${this.labelId}-help`;
  private readonly treeRef: { el?: HTMLElement } = {};

  componentWillLoad() {
    void this.list([]);
  }

  private get labelText(): string {
    return this.label ?? 'File Explorer';
  }

  private get single(): boolean {
    return this.fileCount === 'single';
  }

  private get selected(): Set<string> {
    return new Set(valuePaths(this.value).map(pathKey));
  }

  private setFolder(key: string, children: Children) {
    this.folders = new Map(this.folders).set(key, children);
  }

  /** Lists a folder through `ls`; a failure is kept as the folder's message. */
  private async list(folder: TreePath) {
    const key = pathKey(folder);
    const ls = this.ls;
    if (!ls) return;
    this.setFolder(key, { state: 'loading' });
    try {
      const entries = readListing(await ls(folder), folder);
      if (ls !== this.ls) return;
      this.setFolder(key, { state: 'listed', entries });
      // What a checked folder holds is checked as it appears (multiple selection).
      if (!this.single && folder.length && this.selected.has(key)) {
        const known = this.selected;
        const added = entries.filter((e) => e.valid && !known.has(pathKey([...folder, e.name]))).map((e) => [...folder, e.name]);
        if (added.length) {
          // The user's check of the folder reaches what it holds: a change by the user.
          const value = [...valuePaths(this.value), ...added];
          this.value = value;
          this.grInput.emit(value);
          this.grChange.emit(value);
        }
      }
    } catch (error) {
      if (ls !== this.ls) return;
      const where = folder.length ? `"${pathText(folder)}"` : 'the files';
      // A server's 500 may carry a whole traceback: its last line names the error (the client adds the
      // request's details on a line of their own, in parentheses).
      const text = String((error as Error)?.message || error).trim();
      const lines = text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('('));
      const reason = error instanceof TypeError ? error.message : `Could not list ${where}: ${lines[lines.length - 1]?.trim() ?? 'no answer'}`;
      this.setFolder(key, { state: 'failed', message: reason });
    }
  }

  /** The rows shown: the root's entries and, below each open folder, its own. */
  private rows(): Row[] {
    const rows: Row[] = [];
    const walk = (folder: TreePath, index: number[]) => {
      const children = this.folders.get(pathKey(folder));
      if (children?.state !== 'listed') return;
      children.entries.forEach((entry, i) => {
        const path = [...folder, entry.name];
        rows.push({ path, entry, index: [...index, i], level: path.length, setSize: children.entries.length });
        if (entry.type === 'folder' && this.open.has(pathKey(path))) walk(path, [...index, i]);
      });
    };
    walk([], []);
    return rows;
  }

  private toggleOpen(path: TreePath, open?: boolean) {
    const key = pathKey(path);
    const next = new Set(this.open);
    const opening = open ?? !next.has(key);
    if (opening) next.add(key);
    else next.delete(key);
    this.open = next;
    const children = this.folders.get(key);
    if (opening && (!children || children.state === 'unlisted' || children.state === 'failed')) void this.list(path);
  }

  /** Every listed, valid path under a folder (for checking or unchecking a folder with what it holds). */
  private descendants(folder: TreePath): TreePath[] {
    const children = this.folders.get(pathKey(folder));
    if (children?.state !== 'listed') return [];
    return children.entries.flatMap((e) => {
      const path = [...folder, e.name];
      const own = e.valid ? [path] : [];
      return e.type === 'folder' ? [...own, ...this.descendants(path)] : own;
    });
  }

  private toggleCheck(row: Row) {
    if (!this.interactive || !row.entry.valid) return;
    const key = pathKey(row.path);
    const paths = valuePaths(this.value);
    const checking = !this.selected.has(key);
    let next: TreePath[];
    if (this.single) {
      next = checking ? [row.path] : [];
    } else if (checking) {
      const known = this.selected;
      const adding = [row.path, ...(row.entry.type === 'folder' ? this.descendants(row.path) : [])];
      next = [...paths, ...adding.filter((p) => !known.has(pathKey(p)))];
    } else {
      // Unchecking drops the entry, what it holds, and the folders above it (no longer wholly checked).
      const dropped = new Set([key, ...(row.entry.type === 'folder' ? this.descendants(row.path).map(pathKey) : [])]);
      for (let i = 1; i < row.path.length; i++) dropped.add(pathKey(row.path.slice(0, i)));
      next = paths.filter((p) => !dropped.has(pathKey(p)));
    }
    const value = next.length || paths.length ? next : null;
    this.value = value;
    this.grSelect.emit({ index: row.index, value: pathText(row.path), selected: checking });
    this.grInput.emit(value);
    this.grChange.emit(value);
  }

  private focusRow(key: string) {
    this.active = key;
    requestAnimationFrame(() => {
      const item = Array.from(this.treeRef.el?.querySelectorAll<HTMLElement>('[role=treeitem]') ?? []).find((el) => el.dataset.key === key);
      item?.focus();
    });
  }

  private onKey(event: KeyboardEvent, row: Row, rows: Row[]) {
    const at = rows.indexOf(row);
    const key = pathKey(row.path);
    const isFolder = row.entry.type === 'folder';
    const isOpen = this.open.has(key);
    const actions: Record<string, () => void> = {
      ArrowDown: () => at < rows.length - 1 && this.focusRow(pathKey(rows[at + 1].path)),
      ArrowUp: () => at > 0 && this.focusRow(pathKey(rows[at - 1].path)),
      Home: () => this.focusRow(pathKey(rows[0].path)),
      End: () => this.focusRow(pathKey(rows[rows.length - 1].path)),
      ArrowRight: () => {
        if (!isFolder) return;
        if (!isOpen) this.toggleOpen(row.path, true);
        else if (rows[at + 1]?.level > row.level) this.focusRow(pathKey(rows[at + 1].path));
      },
      ArrowLeft: () => {
        if (isFolder && isOpen) this.toggleOpen(row.path, false);
        else if (row.level > 1) this.focusRow(pathKey(row.path.slice(0, -1)));
      },
      ' ': () => this.toggleCheck(row),
      Enter: () => (isFolder ? this.toggleOpen(row.path) : this.toggleCheck(row)),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  private renderRow(row: Row, rows: Row[], selected: Set<string>, tabStop: string) {
    const key = pathKey(row.path);
    const { entry } = row;
    const isFolder = entry.type === 'folder';
    const isOpen = isFolder && this.open.has(key);
    const checkable = this.interactive && entry.valid;
    const checked = selected.has(key);
    const children = isFolder ? this.folders.get(key) : undefined;
    return (
      <div
        role="treeitem"
        data-key={key}
        class={{ row: true, folder: isFolder, checked }}
        style={{ '--level': String(row.level - 1) }}
        tabIndex={key === tabStop ? 0 : -1}
        aria-level={row.level}
        aria-setsize={row.setSize}
        aria-posinset={row.index[row.index.length - 1] + 1}
        aria-expanded={isFolder ? String(isOpen) : undefined}
        aria-checked={checkable ? String(checked) : undefined}
        aria-busy={children?.state === 'loading' ? 'true' : undefined}
        onKeyDown={(event) => this.onKey(event, row, rows)}
        onFocus={() => (this.active = key)}
        onClick={() => {
          this.focusRow(key);
          if (isFolder) this.toggleOpen(row.path);
          else this.toggleCheck(row);
        }}
      >
        {/* Pointer targets only: the keyboard works on the row (one tab stop for the whole tree). */}
        <span
          class={{ check: true, disabled: !checkable }}
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            this.focusRow(key);
            this.toggleCheck(row);
          }}
        />
        {isFolder ? (
          <span
            class={{ arrow: true, open: isOpen }}
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              this.focusRow(key);
              this.toggleOpen(row.path);
            }}
          >
            ▸
          </span>
        ) : (
          <span class="arrow spacer" aria-hidden="true" />
        )}
        <MediaIcon name={isFolder ? 'folder' : 'file'} size={14} />
        <span class="name">{entry.name}</span>
        {children?.state === 'loading' ? <span class="note">{t('loading', this.el)}</span> : null}
        {isOpen && children?.state === 'listed' && children.entries.length === 0 ? <span class="note">(empty)</span> : null}
      </div>
    );
  }

  render() {
    const root = this.folders.get('');
    const rows = this.rows();
    const selected = this.selected;
    const keys = rows.map((r) => pathKey(r.path));
    const tabStop = this.active && keys.includes(this.active) ? this.active : (keys[0] ?? '');
    const failures = Array.from(this.folders.entries()).filter((entry): entry is [string, { state: 'failed'; message: string }] => entry[1].state === 'failed');
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} height={this.height} maxHeight={this.maxHeight} minHeight={this.minHeight}>
          <div class="explorer">
            <MediaLabel label={this.labelText} icon="folder" show={this.showLabel} id={this.labelId} />
            <span class="sr-only" id={this.helpId}>
              {this.single ? 'Check one entry. ' : 'Check any entries. '}
              Arrow keys move and open folders, Space checks.
            </span>
            {!this.ls ? (
              <p class="note">{t('noServerFiles', this.el)}</p>
            ) : root?.state === 'loading' ? (
              <p class="note">{t('loading', this.el)}</p>
            ) : root?.state === 'listed' && root.entries.length === 0 ? (
              <p class="note">{t('noFiles', this.el)}</p>
            ) : null}
            {rows.length ? (
              <div
                class="tree"
                role="tree"
                ref={(el) => (this.treeRef.el = el)}
                aria-labelledby={this.labelId}
                aria-describedby={this.helpId}
                aria-multiselectable={this.single ? undefined : 'true'}
              >
                {rows.map((row) => this.renderRow(row, rows, selected, tabStop))}
              </div>
            ) : null}
            {failures.map(([, failed]) => (
              <p class="message" role="alert">
                {failed.message}
              </p>
            ))}
          </div>
        </Block>
      </Host>
    );
  }
}
