import { Component, Host, Prop, h } from '@stencil/core';
import type { FileData } from '../../utils/file-data';
import { HubButton } from '../../utils/hub-button';
import { duplicateUrl, spaceIdOf } from '../../utils/hub-buttons';
import type { ElemClasses } from '../../utils/props';
import type { ButtonSize, ButtonVariant } from '../gr-button/gr-button';

/**
 * A Gradio `DuplicateButton` (config type `button`, `name` `duplicatebutton`): on a Hugging Face Space, a link
 * to the Hub's page that duplicates it (`https://huggingface.co/spaces/{spaceId}?duplicate=true`, in a new tab).
 * Off Spaces Gradio gives it nothing to do; this element then renders nothing (no `spaceId`, or one that is not
 * `owner/name`).
 *
 * Renders a `gr-button`, whose `gr-click` (Gradio's `click`) bubbles from it.
 */
@Component({ tag: 'gr-duplicate-button', styleUrl: '../../utils/hub-button.css', scoped: true })
export class GrDuplicateButton {
  /** The button's text (Gradio's `value`). */
  @Prop() value: string = 'Duplicate Space';

  /** The Space the app runs on (`owner/name`, the config's `space_id`); `null` off Spaces. */
  @Prop() spaceId: string | null = null;

  /** Visual style. */
  @Prop() variant: ButtonVariant = 'huggingface';

  /** Size. */
  @Prop() size: ButtonSize = 'sm';

  /** An image before the text: a URL or FileData. */
  @Prop() icon: string | FileData | null = null;

  /** `false` disables the button. */
  @Prop() interactive: boolean = true;

  /** Relative width inside a row (Gradio's default 0: natural width). */
  @Prop() scale: number | null = 0;

  /** Minimum width in pixels inside a row. */
  @Prop() minWidth: number | null = null;

  /** `false` hides the button. */
  @Prop() visible: boolean = true;

  /** Gradio's `elem_id`: the id of the inner control. */
  @Prop() elemId: string | null = null;

  /** Gradio's `elem_classes`. */
  @Prop() elemClasses: ElemClasses = null;

  render() {
    const space = spaceIdOf(this.spaceId);
    return (
      <Host class={{ hidden: !this.visible || !space }}>
        {space ? (
          <HubButton from={this} link={duplicateUrl(space)} linkTarget="_blank" />
        ) : null}
      </Host>
    );
  }
}
