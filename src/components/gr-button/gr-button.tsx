import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { type FileData, fileUrl } from '../../utils/file-data';
import { type ElemClasses, elemClassMap, flexStyle } from '../../utils/props';
import { safeMediaUrl } from '../../utils/media-url';

/** Gradio's button variants; `stop` is styled with the theme's `--button-cancel-*` set. */
export type ButtonVariant = 'primary' | 'secondary' | 'stop' | 'huggingface';
/** Gradio's button sizes. */
export type ButtonSize = 'sm' | 'md' | 'lg';

const sizeNames: Record<ButtonSize, string> = { sm: 'small', md: 'medium', lg: 'large' };

/**
 * A Gradio `Button` (config type `button`): a `<button>`, or a link styled as one when `link` is set.
 *
 * @part control - the inner `<button>` or `<a>`.
 * @part icon - the icon image before the text.
 *
 * Styled with the theme variables `--button-{large|medium|small}-*` and `--button-{primary|secondary|cancel}-*`.
 */
@Component({ tag: 'gr-button', styleUrl: 'gr-button.css', scoped: true })
export class GrButton {
  /** The button's text (Gradio's `value`). */
  @Prop() value: string = 'Run';

  /** Visual style: `primary`, `secondary`, `stop` (a destructive action) or `huggingface`. */
  @Prop() variant: ButtonVariant = 'secondary';

  /** Size: `sm`, `md` or `lg`. */
  @Prop() size: ButtonSize = 'lg';

  /** An image shown before the text: a URL or Gradio FileData. Decorative (the text labels the button). */
  @Prop() icon: string | FileData | null = null;

  /** When set, the button is a link to this URL. */
  @Prop() link: string | null = null;

  /** Where `link` opens (`_self`, `_blank`, ...). */
  @Prop() linkTarget: string = '_self';

  /** `false` disables the button. */
  @Prop() interactive: boolean = true;

  /** Relative width inside a row (`flex-grow`); `null` keeps the button at its natural width. */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** `false` hides the button. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`: the id of the inner control, for custom CSS. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element, for custom CSS. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user clicks an interactive button (not on programmatic changes). */
  @Event({ eventName: 'gr-click', bubbles: true, composed: true }) grClick!: EventEmitter<void>;

  private onClick = (event: MouseEvent) => {
    if (!this.interactive) {
      event.preventDefault();
      return;
    }
    this.grClick.emit();
  };

  render() {
    const sizeClass = sizeNames[this.size] ?? 'large';
    const variantClass = this.variant === 'stop' ? 'cancel' : this.variant;
    // URLs from values: a script URL (`javascript:`...) becomes no icon and no link.
    const iconUrl = safeMediaUrl(fileUrl(this.icon));
    const link = safeMediaUrl(this.link);
    const content = [
      iconUrl ? <img part="icon" class="icon" src={iconUrl} alt="" /> : null,
      this.value,
    ];
    const classes = { control: true, [sizeClass]: true, [variantClass]: true, disabled: !this.interactive };
    return (
      <Host
        class={{ ...elemClassMap(this.elemClasses), hidden: !this.visible, scaled: typeof this.scale === 'number' }}
        style={flexStyle(this.scale, this.minWidth)}
      >
        {link ? (
          <a
            part="control"
            id={this.elemId ?? undefined}
            class={classes}
            href={this.interactive ? link : undefined}
            target={this.linkTarget}
            rel={this.linkTarget === '_blank' ? 'noopener noreferrer' : undefined}
            role={this.interactive ? undefined : 'link'}
            aria-disabled={this.interactive ? undefined : 'true'}
            onClick={this.onClick}
          >
            {content}
          </a>
        ) : (
          <button
            part="control"
            type="button"
            id={this.elemId ?? undefined}
            class={classes}
            disabled={!this.interactive}
            onClick={this.onClick}
          >
            {content}
          </button>
        )}
      </Host>
    );
  }
}
