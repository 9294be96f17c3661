import { Component, Element, Event, type EventEmitter, Host, Listen, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost, cssLength } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { uniqueId } from '../../utils/ids';
import { FullscreenToggle, ImageToolbar, visibleButtons } from '../../utils/image-view';
import { t } from '../../utils/i18n-more';
import { MediaErrorMessage, PlayerButton, PlayerIcon, isFileData, mediaErrorMessage, mediaUrl } from '../../utils/media';
import { downloadFile, downloadName } from '../../utils/media-download';
import { MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';
import type { UploadFunction } from '../../utils/upload';
import { FileInput, UploadController, UploadStatus, UploadZone } from '../../utils/upload-zone';

/** One image of a Gallery's value (Gradio's `GalleryImage`). */
export interface GalleryImage {
  image: FileData;
  caption?: string | null;
}

/** One video of a Gallery's value (Gradio's `GalleryVideo`). */
export interface GalleryVideo {
  video: FileData;
  caption?: string | null;
}

/** One item of a Gallery's value. */
export type GalleryItem = GalleryImage | GalleryVideo;

/** Gradio's `columns`: one count, or counts per breakpoint (a list from the smallest, or by name). */
export type GalleryColumns = number | number[] | Partial<Record<'base' | 'sm' | 'md' | 'lg' | 'xl' | '2xl', number>>;

/** Detail of `gr-select`: the item's index and the item itself (Gradio's SelectData). */
export interface GallerySelectDetail {
  index: number;
  value: unknown;
  selected: boolean;
}

/** An item as the element reads it, whatever shape it came in. */
interface Entry {
  kind: 'image' | 'video' | 'invalid';
  file: FileData | string | null;
  caption: string | null;
}

/**
 * Thumbnails that get their URL at once (with `loading="lazy"`, so the browser still skips those far off
 * screen): about a first screen of a gallery. Later ones, and every video, wait until scrolled near.
 */
const EAGER_THUMBNAILS = 24;

const videoExtensions = /\.(mp4|webm|ogg|ogv|mov|m4v|mkv|avi)$/i;
const breakpoints = ['base', 'sm', 'md', 'lg', 'xl', '2xl'] as const;

/** Image or video, from a file's MIME type or its name. */
function kindOf(file: FileData | string): 'image' | 'video' {
  const mime = typeof file === 'string' ? '' : (file.mime_type ?? '');
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('image/')) return 'image';
  return videoExtensions.test(downloadName(file)) ? 'video' : 'image';
}

const isFile = (value: unknown): value is FileData | string => typeof value === 'string' || isFileData(value);
const captionOf = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : typeof value === 'string' ? value : String(value);

/**
 * Reads one item: `{image, caption}` / `{video, caption}` (the wire format of Gradio 5 and 6), and the
 * shapes a Python author writes (`[file, caption]`, a bare FileData or URL).
 */
function readItem(item: unknown): Entry {
  if (Array.isArray(item) && isFile(item[0])) return { kind: kindOf(item[0]), file: item[0], caption: captionOf(item[1]) };
  if (isFile(item)) return { kind: kindOf(item), file: item, caption: null };
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    if (isFile(record.image)) return { kind: 'image', file: record.image, caption: captionOf(record.caption) };
    if (isFile(record.video)) return { kind: 'video', file: record.video, caption: captionOf(record.caption) };
  }
  return { kind: 'invalid', file: null, caption: null };
}

/** Column counts per breakpoint (base, sm, md, lg, xl, 2xl), each missing one taking the one before. */
function columnCounts(columns: GalleryColumns | null | undefined): number[] {
  const given: (number | undefined)[] = Array.isArray(columns)
    ? columns
    : typeof columns === 'number'
      ? [columns]
      : columns && typeof columns === 'object'
        ? breakpoints.map((name) => columns[name])
        : [];
  const counts: number[] = [];
  for (let i = 0; i < breakpoints.length; i++) {
    const value = given[i];
    counts.push(typeof value === 'number' && value >= 1 ? Math.floor(value) : (counts[i - 1] ?? 2));
  }
  return counts;
}

/**
 * A Gradio `Gallery` (config type `gallery`): a grid of image and video thumbnails with captions. Clicking a
 * thumbnail selects it and (with `allowPreview`) opens the preview: the item large, its caption, previous /
 * next buttons and a strip of thumbnails. In the preview, Left / Right arrows move between items and Escape
 * closes it. The toolbar has download and fullscreen buttons.
 *
 * Thumbnails load lazily: the first 24 images get their URL at once (with `loading="lazy"`), later images and
 * every video only once they are within one view of what their scroller shows (the grid's, when it has a
 * height, the preview strip's, or the page's), so a gallery of hundreds of items fetches what is seen and
 * what is about to be: `img[src]` / `video[src]` are the thumbnails it asked for, `data-src` the ones waiting.
 * Each thumbnail is a contained box (`contain: strict`): an image arriving while the grid scrolls lays out
 * and paints only its own cell. An item that cannot be loaded shows a message.
 *
 * @part grid - the grid of thumbnails.
 * @part preview - the preview of the selected item.
 *
 * Styled with `--block-*`, `--gallery-*`-free Gradio variables: `--border-color-*`, `--color-accent`,
 * `--background-fill-*`, `--spacing-*`, `--radius-*`.
 */
@Component({
  tag: 'gr-gallery',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', '../../utils/media.css', 'gr-gallery.css'],
  scoped: true,
})
export class GrGallery {
  @Element() el!: HTMLElement;

  /** Messages for items that failed to load, by URL. */
  @State() failed: Record<string, string> = {};

  /**
   * The items: Gradio's `[{image: FileData, caption}]` / `[{video: FileData, caption}]` (`null` is empty).
   * Also read: `[file, caption]` pairs, bare FileData or URLs.
   */
  @Prop({ mutable: true }) value: GalleryItem[] | null = null;
  @Watch('value')
  onValueChange() {
    this.failed = {};
    const count = this.entries.length;
    if (count === 0) this.selectedIndex = null;
    else if (typeof this.selectedIndex === 'number' && this.selectedIndex >= count) this.selectedIndex = null;
    if (this.selectedIndex === null && this.preview && count > 0) this.selectedIndex = 0;
  }

  /** The selected item's index; with `allowPreview`, a number opens the preview. `null`: the grid. */
  @Prop({ mutable: true }) selectedIndex: number | null = null;

  /** Open the preview of the first item when the gallery shows. */
  @Prop() preview: boolean | null = null;

  /** Clicking a thumbnail opens the preview. */
  @Prop() allowPreview: boolean = true;

  /** Thumbnails per row: a number, or per breakpoint (a list from the smallest screen up, or `{sm, md, ...}`). */
  @Prop() columns: GalleryColumns | null = 2;

  /** Rows the grid's height is shared between (with `height`); more rows scroll. */
  @Prop() rows: number | null = null;

  /** Height of the grid (numbers are pixels); the grid scrolls within it. `null`/`"auto"`: as tall as its items. */
  @Prop() height: number | string | null = null;

  /** How thumbnails fill their cell (CSS `object-fit`); `null`: `cover`. */
  @Prop() objectFit: 'contain' | 'cover' | 'fill' | 'none' | 'scale-down' | null = null;

  /** Show a download button for the previewed item (Gradio 5's `show_download_button`). */
  @Prop() showDownloadButton: boolean = true;

  /** Gradio 5's `show_share_button`: sharing uploads to Hugging Face, which this kit does not do; ignored. */
  @Prop() showShareButton: boolean | null = null;

  /** Show a fullscreen button (Gradio 5's `show_fullscreen_button`). */
  @Prop() showFullscreenButton: boolean = true;

  /** Gradio 6's toolbar list (`"download"`, `"fullscreen"`, `"share"`...); when set it replaces the `show*Button` props. */
  @Prop() buttons: unknown[] | null = null;

  /** `true`: the user can add items (upload zone, "Add" button, drop, paste) and remove them. */
  @Prop() interactive: boolean = false;

  /** Gradio's `file_types` for uploads; `null`: images and videos. */
  @Prop() fileTypes: string[] | null = null;

  /** Largest file the user may add, in bytes (Gradio's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Sends added files to the server (set by `<gradio-app>`); without it files stay in the page (`blob:` URLs). */
  @Prop() upload: UploadFunction | null = null;

  /** The label in the top-left badge. */
  @Prop() label: string = 'Gallery';

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

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

  /** Fires when the user selects an item (a thumbnail click, previous / next): `{index, value: the item, selected}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<GallerySelectDetail>;

  /** Fires when the user added files: the new value (after `gr-change`'s value is set). */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<GalleryItem[]>;

  /** Fires when the user added or removed items: the new value. Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<GalleryItem[]>;

  /** Fires when the user removed one item: its FileData (Gradio's `delete` event data). */
  @Event({ eventName: 'gr-delete', bubbles: true, composed: true }) grDelete!: EventEmitter<FileData | string | null>;

  /** Fires when the user opens the preview (from the grid). */
  @Event({ eventName: 'gr-preview-open', bubbles: true, composed: true }) grPreviewOpen!: EventEmitter<void>;

  /** Fires when the user closes the preview (close button or Escape). */
  @Event({ eventName: 'gr-preview-close', bubbles: true, composed: true }) grPreviewClose!: EventEmitter<void>;

  private readonly labelId = uniqueId('gr-gallery');
  private readonly fullscreen = new FullscreenToggle(() => forceUpdate(this));
  private readonly zoneTextId = uniqueId('gr-gallery-zone');
  /** Observers of thumbnails waiting for their URL, one per scroll container (`null`: the viewport). */
  private readonly observers = new Map<Element | null, IntersectionObserver>();
  /** Thumbnails created by the last render, observed once they are in the document. */
  private waiting: (HTMLImageElement | HTMLVideoElement)[] = [];
  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => ({
      fileTypes: this.fileTypes ?? ['image', 'video'],
      fileCount: 'multiple',
      maxFileSize: this.maxFileSize,
      upload: this.upload,
      disabled: !this.interactive,
    }),
    onUpload: (files) => this.onUploaded(files),
    requestRender: () => forceUpdate(this),
  });
  private focusPreview = false;
  private focusThumbnail: number | null = null;

  componentWillLoad() {
    this.onValueChange();
  }

  connectedCallback() {
    this.uploader.connect();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
    this.fullscreen.dispose();
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.waiting = [];
  }

  componentDidRender() {
    if (this.focusPreview) {
      this.focusPreview = false;
      this.el.querySelector<HTMLElement>('.preview')?.focus();
    }
    if (this.focusThumbnail !== null) {
      this.el.querySelectorAll<HTMLElement>('.grid .thumbnail')[this.focusThumbnail]?.focus();
      this.focusThumbnail = null;
    }
    this.observeWaiting();
    const current = this.el.querySelector<HTMLElement>('.strip .thumbnail.selected');
    if (current && typeof current.scrollIntoView === 'function') current.scrollIntoView({ block: 'nearest', inline: 'center' });
  }

  @Listen('keydown')
  onKeyDown(event: KeyboardEvent) {
    if (!this.previewing || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // Keys in a playing video's controls stay with the video.
    if (target?.tagName === 'VIDEO') return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      this.step(event.key === 'ArrowLeft' ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.closePreview();
    }
  }

  private get entries(): Entry[] {
    return Array.isArray(this.value) ? this.value.map(readItem) : [];
  }

  private get previewing(): boolean {
    return this.allowPreview && typeof this.selectedIndex === 'number' && this.selectedIndex >= 0 && this.selectedIndex < this.entries.length;
  }

  private get toolbarButtons() {
    return visibleButtons(this.buttons, { download: this.showDownloadButton !== false, share: false, fullscreen: this.showFullscreenButton !== false });
  }

  private select(index: number) {
    const wasPreviewing = this.previewing;
    this.selectedIndex = index;
    this.grSelect.emit({ index, value: Array.isArray(this.value) ? this.value[index] : null, selected: true });
    if (this.previewing && !wasPreviewing) {
      this.focusPreview = true;
      this.grPreviewOpen.emit();
    }
  }

  private onUploaded(files: FileData[]) {
    const added: GalleryItem[] = files.map((file) => (kindOf(file) === 'video' ? { video: file, caption: null } : { image: file, caption: null }));
    const next = [...(Array.isArray(this.value) ? this.value : []), ...added];
    this.value = next;
    this.grUpload.emit(next);
    this.grChange.emit(next);
  }

  private remove(index: number) {
    if (!Array.isArray(this.value)) return;
    const removed = readItem(this.value[index]).file;
    const next = this.value.filter((_, i) => i !== index);
    this.value = next;
    this.focusThumbnail = Math.min(index, next.length - 1);
    this.grDelete.emit(removed);
    this.grChange.emit(next);
  }

  private clear() {
    this.value = [];
    this.grChange.emit([]);
  }

  private step(delta: number) {
    const count = this.entries.length;
    if (count === 0 || this.selectedIndex === null) return;
    this.select((((this.selectedIndex + delta) % count) + count) % count);
  }

  private closePreview() {
    this.focusThumbnail = this.selectedIndex;
    this.selectedIndex = null;
    this.grPreviewClose.emit();
  }

  private onMediaError(entry: Entry, media?: HTMLMediaElement) {
    const url = mediaUrl(entry.file);
    if (!url || this.failed[url]) return;
    this.failed = { ...this.failed, [url]: mediaErrorMessage(entry.kind === 'video' ? 'video' : 'image', entry.file, media?.error) };
  }

  /** Keeps a new thumbnail that waits for its URL, to observe once it is in the document. */
  private waitForView = (media?: HTMLImageElement | HTMLVideoElement) => {
    if (media && !media.getAttribute('src')) this.waiting.push(media);
  };

  /**
   * Observes the thumbnails of the last render against their scroll container (grown by one view each way),
   * and lets go of the observers of containers that are gone (the grid after the preview opened, say).
   */
  private observeWaiting() {
    for (const [root, observer] of this.observers) {
      if (root && !root.isConnected) {
        observer.disconnect();
        this.observers.delete(root);
      }
    }
    const waiting = this.waiting;
    this.waiting = [];
    for (const media of waiting) {
      if (!media.isConnected || media.getAttribute('src')) continue;
      if (typeof IntersectionObserver === 'undefined') {
        this.loadThumbnail(media);
        continue;
      }
      const root = media.closest('.grid-wrap.fixed-height, .strip');
      let observer = this.observers.get(root);
      if (!observer) {
        const created = new IntersectionObserver(
          (records) => {
            for (const record of records) {
              if (!record.isIntersecting) continue;
              created.unobserve(record.target);
              this.loadThumbnail(record.target as HTMLImageElement | HTMLVideoElement);
            }
          },
          { root, rootMargin: '100%' },
        );
        observer = created;
        this.observers.set(root, observer);
      }
      observer.observe(media);
    }
  }

  private loadThumbnail(media: HTMLImageElement | HTMLVideoElement) {
    const src = media.dataset.src;
    if (src && media.getAttribute('src') !== src) media.src = src;
  }

  private itemName(entry: Entry, index: number, count: number): string {
    const kind = t(entry.kind === 'video' ? 'videoOf' : entry.kind === 'image' ? 'imageOf' : 'itemOf', this.el, { n: index + 1, count });
    // A failed item shows its message as text: the name includes it (what is seen is what is announced).
    const failure = this.failureOf(entry);
    return `${kind}${entry.caption ? `: ${entry.caption}` : ''}${failure ? `. ${failure}` : ''}`;
  }

  /** Why an item cannot be shown (not media, a refused URL, a failed load), or null. */
  private failureOf(entry: Entry): string | null {
    if (entry.kind === 'invalid') return t('notMedia', this.el);
    const url = mediaUrl(entry.file);
    return (url ? this.failed[url] : mediaErrorMessage(entry.kind, entry.file)) || null;
  }

  /** The media of a thumbnail (the `index`th) or of the preview, or the message saying why it cannot be shown. */
  private renderMedia(entry: Entry, large: boolean, index = 0) {
    const failure = this.failureOf(entry);
    if (failure) return <MediaErrorMessage message={failure} />;
    const url = mediaUrl(entry.file);
    const fit = large ? undefined : { 'object-fit': this.objectFit ?? 'cover' };
    if (entry.kind === 'video') {
      return large ? (
        // biome-ignore lint/a11y/useMediaCaption: a gallery video has no subtitles to offer
        <video
          key={`preview-${url}`}
          src={url}
          controls
          playsInline
          preload="metadata"
          aria-label={entry.caption ?? downloadName(entry.file)}
          onError={(event) => this.onMediaError(entry, event.target as HTMLVideoElement)}
        />
      ) : (
        <video
          key={`thumb-${url}`}
          data-src={url}
          muted
          playsInline
          preload="metadata"
          style={fit}
          aria-hidden="true"
          tabIndex={-1}
          ref={this.waitForView}
          onError={(event) => this.onMediaError(entry, event.target as HTMLVideoElement)}
        />
      );
    }
    if (large) {
      return <img src={url} alt={entry.caption ?? downloadName(entry.file)} decoding="async" onError={() => this.onMediaError(entry)} />;
    }
    const eager = index < EAGER_THUMBNAILS;
    return (
      <img
        key={`thumb-${eager}-${url}`}
        src={eager ? url : undefined}
        data-src={url}
        alt=""
        loading="lazy"
        decoding="async"
        style={fit}
        ref={eager ? undefined : this.waitForView}
        onError={() => this.onMediaError(entry)}
      />
    );
  }

  private renderThumbnail(entry: Entry, index: number, count: number, strip: boolean) {
    const selected = this.selectedIndex === index;
    return (
      <button
        type="button"
        class={{ thumbnail: true, selected, [`kind-${entry.kind}`]: true }}
        aria-label={this.itemName(entry, index, count)}
        title={this.failureOf(entry) && entry.caption ? entry.caption : undefined}
        aria-current={strip && selected ? 'true' : undefined}
        aria-pressed={!strip && !this.allowPreview ? String(selected) : undefined}
        onClick={() => this.select(index)}
      >
        {this.renderMedia(entry, false, index)}
        {entry.kind === 'video' ? (
          <span class="video-badge">
            <PlayerIcon name="play" />
          </span>
        ) : null}
        {/* A failed item shows its message instead (its name still says the caption). */}
        {!strip && entry.caption && !this.failureOf(entry) ? (
          <span class="caption" aria-hidden="true">
            {entry.caption}
          </span>
        ) : null}
      </button>
    );
  }

  /** Download (the previewed item) and fullscreen, then the preview's close button. */
  private renderToolbar(entry: Entry | null) {
    const buttons = this.toolbarButtons;
    if (!entry || entry.kind === 'invalid') buttons.delete('download');
    if (typeof this.el.requestFullscreen !== 'function') buttons.delete('fullscreen');
    if (buttons.size === 0 && !entry && !this.interactive) return null;
    return (
      <ImageToolbar
        el={this.el}
        buttons={buttons}
        fullscreen={this.fullscreen.active}
        onDownload={() => void downloadFile(entry?.file)}
        onFullscreen={() => void this.fullscreen.toggle(this.el)}
      >
        {!entry && this.interactive ? <PlayerButton icon="upload" label={t('addFiles', this.el)} disabled={this.uploader.busy} onClick={this.uploader.open} /> : null}
        {!entry && this.interactive ? <PlayerButton icon="trash" label={t('clear', this.el)} onClick={() => this.clear()} /> : null}
        {entry ? <PlayerButton icon="close" label={t('closePreview', this.el)} class="close" onClick={() => this.closePreview()} /> : null}
      </ImageToolbar>
    );
  }

  private renderPreview(entries: Entry[], index: number) {
    const entry = entries[index];
    const count = entries.length;
    return (
      <section class="preview" part="preview" aria-label={this.itemName(entry, index, count)} tabIndex={-1}>
        {this.renderToolbar(entry)}
        <div class="preview-main">
          <PlayerButton icon="prev" label={t('previousItem', this.el)} class="nav prev" disabled={count < 2} onClick={() => this.step(-1)} />
          <figure class="preview-figure">
            {this.renderMedia(entry, true)}
            {entry.caption ? <figcaption class="preview-caption">{entry.caption}</figcaption> : null}
          </figure>
          <PlayerButton icon="next" label={t('nextItem', this.el)} class="nav next" disabled={count < 2} onClick={() => this.step(1)} />
        </div>
        <div class="strip">
          {entries.map((item, i) => this.renderThumbnail(item, i, count, true))}
        </div>
      </section>
    );
  }

  private renderGrid(entries: Entry[]) {
    const counts = columnCounts(this.columns);
    // Fullscreen, the grid takes the screen whatever its height.
    const height = this.height === 'auto' || this.fullscreen.active ? undefined : cssLength(this.height);
    const style: Record<string, string | undefined> = { height };
    counts.forEach((count, i) => {
      style[`--cols-${breakpoints[i]}`] = String(count);
    });
    const rows = typeof this.rows === 'number' && this.rows >= 1 ? Math.floor(this.rows) : null;
    if (rows) style['--grid-rows'] = String(rows);
    return (
      <div class={{ 'grid-wrap': true, 'fixed-height': style.height !== undefined }} style={style}>
        {this.renderToolbar(null)}
        <div class={{ grid: true, 'fixed-rows': rows !== null }} part="grid">
          {entries.map((entry, i) => (
            <div class="cell">
              {this.renderThumbnail(entry, i, entries.length, false)}
              {this.interactive ? (
                <PlayerButton icon="close" label={t('removeName', this.el, { name: this.itemName(entry, i, entries.length) })} class="remove" onClick={() => this.remove(i)} />
              ) : null}
            </div>
          ))}
        </div>
      </div>
    );
  }

  render() {
    const entries = this.entries;
    const previewIndex = this.previewing ? (this.selectedIndex as number) : null;
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={false} extraClass={{ 'gallery-block': true, fullscreen: this.fullscreen.active, 'border-focus': this.uploader.dragging }}>
          <MediaLabel label={this.label ?? 'Gallery'} icon="image" show={this.showLabel} id={this.labelId} />
          {entries.length === 0 && this.interactive ? (
            <UploadZone controller={this.uploader} text={t('dropMedia', this.el)} icon="upload" labelledBy={this.labelId} textId={this.zoneTextId} />
          ) : entries.length === 0 ? (
            <div class="empty" role="img" aria-labelledby={this.labelId}>
              <MediaIcon name="image" />
            </div>
          ) : previewIndex !== null ? (
            this.renderPreview(entries, previewIndex)
          ) : (
            this.renderGrid(entries)
          )}
          {this.interactive && entries.length > 0 ? <FileInput controller={this.uploader} /> : null}
          <UploadStatus controller={this.uploader} />
        </Block>
      </Host>
    );
  }
}
