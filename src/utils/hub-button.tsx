import { type FunctionalComponent, h } from '@stencil/core';
import type { ButtonSize, ButtonVariant } from '../components/gr-button/gr-button';
import { type FileData, fileUrl } from './file-data';
import type { ElemClasses } from './props';
import { safeMediaUrl } from './media-url';

/** The Button props the Hugging Face buttons pass through to the `gr-button` they render. */
export interface HubButtonSource {
  value: string;
  variant: ButtonVariant;
  size: ButtonSize;
  icon: string | FileData | null;
  interactive: boolean;
  scale: number | null;
  minWidth: number | null;
  elemId: string | null;
  elemClasses: ElemClasses;
}

/** What a HubButton renders: the element's props (`from`, read as they are now) and what the element decides. */
export interface HubButtonProps {
  from: HubButtonSource;
  /** The text, when not `from.value`. */
  text?: string;
  link?: string | null;
  linkTarget?: string;
  onClick?: () => void;
}

/** A `gr-button` with the shared props (the icon's URL made safe first). */
export const HubButton: FunctionalComponent<HubButtonProps> = ({ from, text, link, linkTarget, onClick }) => (
  <gr-button
    value={text ?? from.value}
    variant={from.variant}
    size={from.size}
    icon={safeMediaUrl(fileUrl(from.icon)) ?? null}
    link={link ?? null}
    linkTarget={linkTarget ?? '_self'}
    interactive={from.interactive}
    scale={from.scale}
    minWidth={from.minWidth}
    elemId={from.elemId}
    elemClasses={from.elemClasses}
    onGr-click={onClick}
  />
);
