import { Component, Element, Event, type EventEmitter, Host, Prop, Watch, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { type DatasetComponent, ExampleCell, cellText, componentName } from '../../utils/example-cell';
import { uniqueId } from '../../utils/ids';
import { adoptProseStyles } from '../../utils/prose';
import type { ElemClasses } from '../../utils/props';
import { t } from '../../utils/i18n-more';

/** Detail of `gr-select`: the sample's index (over all pages) and its row of values. */
export interface DatasetSelectDetail {
  index: number;
  value: unknown[];
}

/** Detail of `gr-click`: the sample's index (over all pages). */
export interface DatasetClickDetail {
  index: number;
}

/**
 * A sample with no value at all (`[]`, or only nulls): nothing to show or pick. Gradio's ChatInterface lists its
 * saved conversations in a Dataset whose samples are `[[]]` until one is saved; a row for it would be an empty,
 * unlabelled tab stop.
 */
function isEmptySample(row: readonly unknown[]): boolean {
  return row.every((value) => value === null || value === undefined);
}

/**
 * A Gradio `Dataset` (config type `dataset`, what `gr.Examples` renders): a small "Examples" header, then
 * the samples as a gallery of buttons (one input component, or `sample_labels`, unless `layout="table"`) or
 * as a table with a header row and one row per sample, paginated by `samplesPerPage` ("Pages: 1 2 ... 9").
 * Each cell shows the value as that component's example (text, numbers, image thumbnails, file names,
 * rendered Markdown / sanitized HTML, colour swatches...).
 *
 * Samples are keyboard accessible: gallery items are buttons; table rows are focusable and activate with
 * Enter or Space. Choosing a sample sets `value` to its index, then emits `gr-click` and `gr-select`.
 */
@Component({ tag: 'gr-dataset', styleUrls: ['../../utils/block.css', 'gr-dataset.css'], scoped: true })
export class GrDataset {
  @Element() el!: HTMLGrDatasetElement;

  /** The input components, Gradio's `components` (`[{name, class_id}]`, or names). */
  @Prop() components: DatasetComponent[] = [];

  /** Each input component's config props, Gradio's `component_props` (choices, ...). */
  @Prop() componentProps: Record<string, unknown>[] | null = null;

  /** Column headers, the input components' labels (`""` when unlabeled). */
  @Prop() headers: string[] = [];

  /** The samples: one row of values per example (each value as the component's `process_example()`). */
  @Prop() samples: unknown[][] | null = null;
  @Watch('samples')
  @Watch('sampleLabels')
  onSamplesChange() {
    this.page = 0;
  }

  /** Labels shown instead of the samples (gallery of text buttons), Gradio's `sample_labels`. */
  @Prop() sampleLabels: string[] | null = null;

  /** Samples per page; more samples paginate. */
  @Prop() samplesPerPage: number = 10;

  /** The current page (0-based). Resets to 0 when the samples change; the page buttons set it. */
  @Prop({ mutable: true }) page: number = 0;

  /**
   * `"gallery"` (the first component's cells as buttons) or `"table"`; `null` picks the gallery for one
   * component or `sample_labels`, else the table.
   */
  @Prop() layout: 'gallery' | 'table' | null = null;

  /** The index of the last chosen sample (Gradio's `value`), set by a user's click. */
  @Prop({ mutable: true }) value: number | null = null;

  /** The header label; `null` reads "Examples". */
  @Prop() label: string | null = null;

  /** Show the header label. */
  @Prop() showLabel: boolean = true;

  /** Relative width inside a row (`flex-grow`). */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = 160;

  /** `false` hides the element. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`, on the inner block. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`, on the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user chooses a sample: `{index}` over all pages (also in `value`). */
  @Event({ eventName: 'gr-click', bubbles: true, composed: true }) grClick!: EventEmitter<DatasetClickDetail>;

  /** Fires with `gr-click`: `{index, value: the sample's row}` (Gradio's SelectData). */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<DatasetSelectDetail>;

  private labelId = uniqueId('gr-dataset');

  connectedCallback() {
    adoptProseStyles(this.el);
  }

  private get rows(): unknown[][] {
    if (Array.isArray(this.sampleLabels)) return this.sampleLabels.map((label) => [label]);
    return Array.isArray(this.samples) ? this.samples.map((row) => (Array.isArray(row) ? row : [row])) : [];
  }

  private get perPage(): number {
    return typeof this.samplesPerPage === 'number' && this.samplesPerPage > 0 ? Math.floor(this.samplesPerPage) : 10;
  }

  /** Page numbers to show: the first, current and last pages ±2, with -1 marking a gap ("..."). */
  private visiblePages(pageCount: number, page: number): number[] {
    const pages: number[] = [];
    for (const anchor of [0, page, pageCount - 1]) {
      for (let i = anchor - 2; i <= anchor + 2; i++) {
        if (i < 0 || i >= pageCount || pages.includes(i)) continue;
        if (pages.length && i - pages[pages.length - 1] > 1) pages.push(-1);
        pages.push(i);
      }
    }
    return pages;
  }

  private choose(index: number, row: unknown[]) {
    this.value = index;
    this.grClick.emit({ index });
    this.grSelect.emit({ index, value: row });
  }

  private onRowKey(event: KeyboardEvent, index: number, row: unknown[]) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(index, row);
    }
  }

  private cell(value: unknown, column: number, index: number, layout: 'table' | 'gallery') {
    const type = Array.isArray(this.sampleLabels) ? 'textbox' : componentName(this.components?.[column]);
    const props = this.componentProps?.[column] ?? null;
    return <ExampleCell type={type} value={value} props={props} alt={`Example ${index + 1}`} layout={layout} />;
  }

  private renderGallery(rows: unknown[][], offset: number) {
    return (
      <div class="gallery">
        {rows.map((row, i) =>
          row[0] === null || row[0] === undefined ? null : (
            <button
              type="button"
              class={{ 'gallery-item': true, selected: this.value === offset + i }}
              onClick={() => this.choose(offset + i, row)}
            >
              {this.cell(row[0], 0, offset + i, 'gallery')}
            </button>
          ),
        )}
      </div>
    );
  }

  private renderTable(rows: unknown[][], offset: number) {
    const columns = Math.max(this.components?.length ?? 0, ...rows.map((row) => row.length));
    const headers = Array.isArray(this.headers) ? this.headers : [];
    return (
      <div class="table-wrap">
        <table aria-labelledby={this.labelId}>
          <thead>
            <tr>
              {Array.from({ length: columns }, (_, j) => (
                <th scope="col">{headers[j] || <span class="sr-only">{`Column ${j + 1}`}</span>}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) =>
              isEmptySample(row) ? null : (
              <tr
                class={{ 'tr-body': true, selected: this.value === offset + i }}
                tabIndex={0}
                aria-label={`Example ${offset + i + 1}: ${row.map((value) => cellText(value).slice(0, 60)).join(', ')}`}
                onClick={() => this.choose(offset + i, row)}
                onKeyDown={(event) => this.onRowKey(event, offset + i, row)}
              >
                {Array.from({ length: columns }, (_, j) => (
                  <td class={componentName(this.components?.[j]) || 'text'}>{this.cell(row[j], j, offset + i, 'table')}</td>
                ))}
              </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    );
  }

  render() {
    const rows = this.rows;
    const perPage = this.perPage;
    const pageCount = Math.max(1, Math.ceil(rows.length / perPage));
    const page = Math.min(Math.max(0, Math.floor(this.page) || 0), pageCount - 1);
    const paginate = rows.length > perPage;
    const offset = paginate ? page * perPage : 0;
    const shown = paginate ? rows.slice(offset, offset + perPage) : rows;
    const count = this.components?.length ?? 0;
    const gallery =
      this.layout === 'gallery' || ((count < 2 || Array.isArray(this.sampleLabels)) && this.layout !== 'table');
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={false} padding={false}>
          <div class={{ label: true, 'sr-only': !this.showLabel }} id={this.labelId}>
            <svg class="icon" viewBox="0 0 24 24" width="12" height="12" aria-hidden="true" focusable="false">
              <path d="M4 6h16M4 12h16M4 18h16" stroke="currentColor" stroke-width="2" fill="none" />
            </svg>
            {this.label ?? t('examples', this.el)}
          </div>
          {gallery ? this.renderGallery(shown, offset) : shown.some((row) => !isEmptySample(row)) ? this.renderTable(shown, offset) : null}
          {paginate ? (
            <nav class="paginate" aria-label={`${this.label ?? t('examples', this.el)}: ${t('pages', this.el)}`}>
              <span aria-hidden="true">{`${t('pages', this.el)}:`}</span>
              {this.visiblePages(pageCount, page).map((p) =>
                p === -1 ? (
                  <span class="gap">...</span>
                ) : (
                  <button
                    type="button"
                    class={{ 'current-page': p === page }}
                    aria-label={`Page ${p + 1}`}
                    aria-current={p === page ? 'page' : undefined}
                    onClick={() => (this.page = p)}
                  >
                    {p + 1}
                  </button>
                ),
              )}
            </nav>
          ) : null}
        </Block>
      </Host>
    );
  }
}
