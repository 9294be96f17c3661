import { Component, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import type { FileData } from '../../utils/file-data';
import { blockHost } from '../../utils/block';
import type { ElemClasses } from '../../utils/props';
import type { ButtonSize, ButtonVariant } from '../gr-button/gr-button';

/**
 * Gradio's `ClearButton` (config type `button`, `props.name` `clearbutton`): a `gr-button` labelled
 * "Clear". The element only reports the click; the `<gradio-app>` runtime runs the clearing dependency
 * the server registered (`js: "() => [null, ...]"`).
 *
 * @part control - the inner button (of the `gr-button` inside).
 */
@Component({ tag: 'gr-clear-button', styleUrl: 'gr-clear-button.css', scoped: true })
export class GrClearButton {
  /** The button's text. */
  @Prop() value: string = 'Clear';

  /** Visual style: `primary`, `secondary`, `stop` or `huggingface`. */
  @Prop() variant: ButtonVariant = 'secondary';

  /** Size: `sm`, `md` or `lg`. */
  @Prop() size: ButtonSize = 'lg';

  /** An image shown before the text: a URL or Gradio FileData. */
  @Prop() icon: string | FileData | null = null;

  /** `false` disables the button. */
  @Prop() interactive: boolean = true;

  /** Relative width inside a row (`flex-grow`); `null` keeps the button at its natural width. */
  @Prop() scale: number | null = null;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** `false` hides the button. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`: the id of the inner button. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`: classes added to the element. */
  @Prop() elemClasses: ElemClasses = null;

  /** Fires when the user clicks the interactive button (the runtime then clears its components). */
  @Event({ eventName: 'gr-click', bubbles: true, composed: true }) grClick!: EventEmitter<void>;

  /** The inner gr-button's click becomes this element's own, so listeners see the clear button as target. */
  private onInnerClick = (event: CustomEvent<void>) => {
    event.stopPropagation();
    this.grClick.emit();
  };

  render() {
    return (
      <Host {...blockHost(this)}>
        <gr-button
          value={this.value}
          variant={this.variant}
          size={this.size}
          icon={this.icon}
          interactive={this.interactive}
          elemId={this.elemId}
          scale={1}
          onGr-click={this.onInnerClick}
        />
      </Host>
    );
  }
}
