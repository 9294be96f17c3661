import { Component, Element, Event, type EventEmitter, Host, Prop, forceUpdate, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import { type FileData, fileUrl } from '../../utils/file-data';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { downloadFile, downloadName } from '../../utils/media-download';
import { MediaButton, MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';
import type { UploadFunction } from '../../utils/upload';
import { type FileCount, FileInput, UploadController, UploadStatus, UploadZone, formatBytes, uploadSettings } from '../../utils/upload-zone';

/** The value of a File: one FileData (`file_count="single"`), a list (`multiple` / `directory`), or `null`. */
export type FileValue = FileData | FileData[] | null;

/** Detail of `gr-select`: the clicked file's name and its row (Gradio's SelectData for File). */
export interface FileSelectDetail {
  index: number;
  value: string;
}

/**
 * A Gradio `File` (config type `file`). Interactive and empty: a dashed drop zone ("Drop File Here - or -
 * Click to upload"; drop, paste or choose, filtered by `fileTypes` and `fileCount`). With files: a table of
 * name, size and a download link per file, a remove button per file (several files) and Clear; more files can
 * be added (several files) or the file replaced (one file) by dropping, pasting or "Add files". Static: the
 * same table without remove controls, or an empty file icon.
 *
 * Refused files (type, count, size), failed or cancelled uploads and unsafe URLs are messages in the element.
 *
 * Keyboard: every control is a button or link; with `selectable`, each file name is a button that selects it.
 */
@Component({
  tag: 'gr-file',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/upload-zone.css', 'gr-file.css'],
  scoped: true,
})
export class GrFile {
  @Element() el!: HTMLElement;

  /** The file(s): Gradio's FileData, a list of them, or `null`. */
  @Prop({ mutable: true }) value: FileValue = null;

  /** The label (badge in the corner, and the table's caption). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** `single`, `multiple` or `directory` (a folder's files). */
  @Prop() fileCount: FileCount = 'single';

  /** Gradio's `file_types`: `"image"`, `".pdf"`, MIME types...; `null` accepts any file. */
  @Prop() fileTypes: string[] | string | null = null;

  /** Largest accepted file in bytes (the app's `max_file_size`); `null`: no limit. */
  @Prop() maxFileSize: number | null = null;

  /** Height of the element (the file list scrolls): a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** `false` shows the files only (Gradio's static file). */
  @Prop() interactive: boolean = true;

  /** Emit `gr-select` when a file name is clicked (Gradio's `_selectable`). */
  @Prop() selectable: boolean = false;

  /** Sends files to the app's server (set by `<gradio-app>`); without it files stay in the page. */
  @Prop() upload: UploadFunction | null = null;

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

  /** Fires when the user added files (uploaded, dropped, pasted): the new value. */
  @Event({ eventName: 'gr-upload', bubbles: true, composed: true }) grUpload!: EventEmitter<FileValue>;

  /** Fires after each user change (upload, remove, clear): the new value. Not on programmatic changes. */
  @Event({ eventName: 'gr-change', bubbles: true, composed: true }) grChange!: EventEmitter<FileValue>;

  /** Fires when the user cleared the files. */
  @Event({ eventName: 'gr-clear', bubbles: true, composed: true }) grClear!: EventEmitter<void>;

  /** Fires when the user removed one file (several files): the removed FileData. */
  @Event({ eventName: 'gr-delete', bubbles: true, composed: true }) grDelete!: EventEmitter<FileData>;

  /** Fires when the user downloads a file: its FileData. */
  @Event({ eventName: 'gr-download', bubbles: true, composed: true }) grDownload!: EventEmitter<FileData>;

  /** Fires when the user clicks a file name (with `selectable`): `{index, value: file name}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<FileSelectDetail>;

  private readonly labelId = uniqueId('gr-file');
  private readonly zoneTextId = `${this.labelId}-zone`;
  private readonly uploader = new UploadController({
    host: () => this.el,
    settings: () => uploadSettings(this),
    onUpload: (files) => this.added(files),
    requestRender: () => forceUpdate(this),
  });

  connectedCallback() {
    this.uploader.connect();
  }

  disconnectedCallback() {
    this.uploader.disconnect();
  }

  private get single(): boolean {
    return (this.fileCount ?? 'single') === 'single';
  }

  /** The files as a list (a single value, or a list with anything that is not a file left out). */
  private get files(): FileData[] {
    const list = Array.isArray(this.value) ? this.value : this.value ? [this.value] : [];
    return list.filter((f): f is FileData => Boolean(f) && typeof f === 'object' && typeof (f as FileData).path === 'string');
  }

  private get labelText(): string {
    return this.label ?? 'File';
  }

  private setByUser(next: FileValue) {
    this.value = next;
    this.grChange.emit(next);
  }

  /** Uploaded files replace a single file, or join the list. */
  private added(files: FileData[]) {
    const next: FileValue = this.single ? files[0] : [...this.files, ...files];
    this.value = next;
    this.grUpload.emit(next);
    this.grChange.emit(next);
  }

  private clear = () => {
    this.uploader.dismiss();
    this.setByUser(null);
    this.grClear.emit();
  };

  private remove(index: number) {
    const files = this.files;
    const [removed] = files.splice(index, 1);
    // The value is already without the file when `delete` is handled (its listeners may read the rest).
    const next = files.length ? files : null;
    this.value = next;
    this.grDelete.emit(removed);
    this.grChange.emit(next);
  }

  private download(event: MouseEvent, file: FileData) {
    event.preventDefault();
    this.grDownload.emit(file);
    void downloadFile(file);
  }

  private renderRow(file: FileData, index: number) {
    const name = downloadName(file);
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    const url = safeMediaUrl(fileUrl(file) ?? null);
    // Shown as stem and extension (the stem shortens with an ellipsis); read as one word.
    const nameContent = [
      <span class="file-name" aria-hidden="true">
        <span class="stem">{stem}</span>
        <span class="ext">{ext}</span>
      </span>,
      <span class="sr-only">{name}</span>,
    ];
    return (
      <tr class="file-row">
        <td class="filename">
          {this.selectable ? (
            <button type="button" class="select-file" onClick={() => this.grSelect.emit({ index, value: name })}>
              {nameContent}
            </button>
          ) : (
            nameContent
          )}
        </td>
        <td class="size">{formatBytes(file.size)}</td>
        <td class="download">
          {url ? (
            <a href={url} download={name} target="_blank" rel="noopener noreferrer" onClick={(event) => this.download(event, file)}>
              {t('download', this.el)}
              <span class="sr-only">{` ${name}`}</span>
            </a>
          ) : (
            <span class="unavailable">{t(fileUrl(file) ? 'linkNotAllowed' : 'notAvailable', this.el)}</span>
          )}
        </td>
        {this.interactive && !this.single ? (
          <td class="remove">
            <MediaButton icon="close" label={t('removeName', this.el, { name })} onClick={() => this.remove(index)} />
          </td>
        ) : null}
      </tr>
    );
  }

  private renderTable(files: FileData[]) {
    return (
      <div class="file-preview-holder">
        <table class="file-preview">
          <caption class="sr-only">{this.labelText}</caption>
          <thead class="sr-only">
            <tr>
              <th scope="col">{t('name', this.el)}</th>
              <th scope="col">{t('size', this.el)}</th>
              <th scope="col">{t('download', this.el)}</th>
              {this.interactive && !this.single ? <th scope="col">{t('remove', this.el)}</th> : null}
            </tr>
          </thead>
          <tbody>{files.map((file, i) => this.renderRow(file, i))}</tbody>
        </table>
      </div>
    );
  }

  render() {
    const files = this.files;
    const empty = files.length === 0;
    return (
      <Host {...blockHost(this)}>
        <Block
          elemId={this.elemId}
          container={this.container}
          padding={false}
          height={this.height}
          borderStyle={this.interactive && empty ? 'dashed' : 'solid'}
          extraClass={{ 'border-focus': this.uploader.dragging }}
        >
          <div class={{ 'file-block': true, 'is-empty': empty }}>
            <MediaLabel label={this.labelText} icon="file" show={this.showLabel} id={this.labelId} />
            {!empty && this.interactive ? (
              <div class="toolbar">
                {!this.single ? <MediaButton icon="upload" label={t('addFiles', this.el)} onClick={this.uploader.open} /> : null}
                <MediaButton icon="close" label={t('clear', this.el)} onClick={this.clear} />
              </div>
            ) : null}
            {!empty ? (
              [this.renderTable(files), this.interactive ? <FileInput controller={this.uploader} /> : null]
            ) : this.interactive ? (
              <UploadZone
                controller={this.uploader}
                text={t(this.fileCount === 'directory' ? 'dropFolder' : 'dropFileHere', this.el)}
                icon="upload"
                labelledBy={this.labelId}
                textId={this.zoneTextId}
              />
            ) : (
              <div class="empty">
                <MediaIcon name="file" size={32} />
              </div>
            )}
            <UploadStatus controller={this.uploader} />
          </div>
        </Block>
      </Host>
    );
  }
}
