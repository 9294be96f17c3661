import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import { Block, blockHost } from '../../utils/block';
import type { FileData } from '../../utils/file-data';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { FullscreenToggle, ImageToolbar, imageAlt, imageSource, visibleButtons } from '../../utils/image-view';
import { MediaIcon, MediaLabel } from '../../utils/media-icons';
import type { ElemClasses } from '../../utils/props';

/** One annotation: a mask image (the server draws boxes and masks as coloured PNGs) and its label. */
export interface Annotation {
  image: FileData;
  label: string;
}

/** The value of an AnnotatedImage (output only). */
export interface AnnotatedImageValue {
  image: FileData;
  annotations: Annotation[];
}

/** Detail of `gr-select`: the legend entry chosen. */
export interface AnnotationSelectDetail {
  index: number;
  value: string;
}

/** The colour the server paints a mask with when `color_map` does not name its label. */
const SERVER_DEFAULT_COLOR = '#ff0000';

/**
 * A Gradio `AnnotatedImage` (config type `annotatedimage`, output only): the base image with every
 * annotation's mask image on top, and a legend of the labels below. Hovering or focusing a legend entry
 * highlights its mask and dims the others; clicking it (or Enter / Space) emits `gr-select`.
 *
 * Images that cannot be loaded, unsafe URLs and malformed values are messages in the element.
 */
@Component({
  tag: 'gr-annotated-image',
  styleUrls: ['../../utils/block.css', '../../utils/display.css', '../../utils/image-view.css', 'gr-annotated-image.css'],
  scoped: true,
})
export class GrAnnotatedImage {
  @Element() el!: HTMLElement;

  /** The legend entry under the pointer or focus (its mask is highlighted). */
  @State() active: number | null = null;
  /** URLs that failed to load. */
  @State() broken: string[] = [];

  /** `{image, annotations: [{image, label}]}` (Gradio's wire value); `null` when empty. */
  @Prop() value: AnnotatedImageValue | null = null;
  @Watch('value')
  valueChanged() {
    this.broken = [];
    this.active = null;
  }

  /** Show the legend of labels. */
  @Prop() showLegend: boolean = true;

  /** Colours of labels (hex), as the server painted the masks; others are painted red by the server. */
  @Prop() colorMap: Record<string, string> | null = null;

  /** The label (badge in the corner). */
  @Prop() label: string | null = null;

  /** `false` keeps the label for screen readers only. */
  @Prop() showLabel: boolean = true;

  /** Height of the image area: a number is pixels, a string any CSS length. */
  @Prop() height: number | string | null = null;

  /** Width of the element: a number is pixels, a string any CSS length. */
  @Prop() width: number | string | null = null;

  /** Gradio 6's toolbar list (`"fullscreen"`); wins over `showFullscreenButton`. */
  @Prop() buttons: unknown[] | null = null;

  /** Show the fullscreen button (Gradio 5's `show_fullscreen_button`). */
  @Prop() showFullscreenButton: boolean = true;

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

  /** Fires when the user chooses a legend entry: `{index, value: label}`. */
  @Event({ eventName: 'gr-select', bubbles: true, composed: true }) grSelect!: EventEmitter<AnnotationSelectDetail>;

  private readonly labelId = uniqueId('gr-annotated-image');
  private readonly fullscreen = new FullscreenToggle(() => forceUpdate(this));

  disconnectedCallback() {
    this.fullscreen.dispose();
  }

  private get labelText(): string {
    return this.label ?? 'Annotated Image';
  }

  private color(label: string): string {
    const mapped = this.colorMap && typeof this.colorMap[label] === 'string' ? this.colorMap[label] : null;
    return mapped && /^#[0-9a-f]{3,8}$/i.test(mapped) ? mapped : SERVER_DEFAULT_COLOR;
  }

  private markBroken = (url: string) => {
    if (!this.broken.includes(url)) this.broken = [...this.broken, url];
  };

  private renderImage(): unknown {
    const value = this.value;
    if (!value || typeof value !== 'object') return null;
    if (!value.image || typeof value.image !== 'object') {
      return (
        <p class="image-error" role="alert">
          This value has no base image (expected {'{image, annotations}'}).
        </p>
      );
    }
    const base = imageSource(value.image);
    if (!base.url || this.broken.includes(base.url)) {
      return (
        <p class="image-error" role="alert">
          {base.url ? t('imageNotLoaded', this.el, { url: base.url }) : t('imageUrlRefused', this.el)}
        </p>
      );
    }
    const annotations = Array.isArray(value.annotations) ? value.annotations : [];
    const badMasks = annotations.filter((a) => {
      const mask = imageSource(a?.image);
      return !mask.url || this.broken.includes(mask.url);
    });
    return [
      <div class="annotated" style={{ height: typeof this.height === 'number' ? `${this.height}px` : (this.height ?? undefined) }}>
        <img class="base-image" src={base.url} alt={imageAlt(this.labelText, value.image)} onError={() => this.markBroken(base.url as string)} />
        {annotations.map((annotation, i) => {
          const mask = imageSource(annotation?.image);
          if (!mask.url || this.broken.includes(mask.url)) return null;
          return (
            <img
              class={{ mask: true, active: this.active === i, dimmed: this.active !== null && this.active !== i }}
              src={mask.url}
              alt=""
              onError={() => this.markBroken(mask.url as string)}
            />
          );
        })}
      </div>,
      badMasks.length ? (
        <p class="image-error" role="alert">
          {`${badMasks.length === 1 ? 'One mask' : `${badMasks.length} masks`} could not be shown (${badMasks.map((a) => String(a?.label ?? '?')).join(', ')}).`}
        </p>
      ) : null,
    ];
  }

  private renderLegend() {
    const annotations = Array.isArray(this.value?.annotations) ? (this.value as AnnotatedImageValue).annotations : [];
    if (!this.showLegend || annotations.length === 0) return null;
    return (
      <ul class="legend" aria-label={`${this.labelText} labels`}>
        {annotations.map((annotation, i) => {
          const label = String(annotation?.label ?? '');
          return (
            <li>
              <button
                type="button"
                class={{ 'legend-item': true, active: this.active === i }}
                onMouseEnter={() => (this.active = i)}
                onMouseLeave={() => (this.active = null)}
                onFocus={() => (this.active = i)}
                onBlur={() => (this.active = null)}
                onClick={() => this.grSelect.emit({ index: i, value: label })}
              >
                <span class="swatch" style={{ background: this.color(label) }} aria-hidden="true" />
                {label}
              </button>
            </li>
          );
        })}
      </ul>
    );
  }

  render() {
    const buttons = visibleButtons(this.buttons, { download: false, share: false, fullscreen: this.showFullscreenButton });
    buttons.delete('download');
    buttons.delete('share');
    const hasValue = Boolean(this.value);
    return (
      <Host {...blockHost(this)}>
        <Block elemId={this.elemId} container={this.container} padding={false} width={this.width} extraClass={{ fullscreen: this.fullscreen.active }}>
          <div class="image-block">
            <MediaLabel label={this.labelText} icon="image" show={this.showLabel} id={this.labelId} />
            {hasValue ? (
              <ImageToolbar
                el={this.el}
                buttons={buttons}
                fullscreen={this.fullscreen.active}
                onDownload={() => undefined}
                onFullscreen={() => void this.fullscreen.toggle(this.el.querySelector('.block') ?? undefined)}
              />
            ) : null}
            <div class="image-frame">
              {hasValue ? (
                this.renderImage()
              ) : (
                <div class="empty">
                  <MediaIcon name="image" size={32} />
                </div>
              )}
            </div>
            {this.renderLegend()}
          </div>
        </Block>
      </Host>
    );
  }
}
