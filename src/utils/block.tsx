import { type FunctionalComponent, h } from '@stencil/core';
import { type ElemClasses, elemClassMap, flexStyle } from './props';

/**
 * The block chrome every Gradio component renders in (Gradio's `Block`): a bordered, padded panel styled by
 * the `--block-*` theme variables. Elements render it with `<Block>` inside their `Host`, put the sizing
 * props on the host with `blockHost()` (the host is the flex item of a row), and list `block.css` first in
 * their `styleUrls`. `<gr-block>` offers the same chrome as an element for plain HTML.
 */
export interface BlockProps {
  /** Gradio's `elem_id`, set on the block. */
  elemId?: string | null;
  /** `false`: no border, shadow, background or padding (Gradio's `container=False`). @default true */
  container?: boolean;
  /** Inner padding `--block-padding`. @default true */
  padding?: boolean;
  /** Border style: `dashed` for empty upload areas. @default 'solid' */
  borderStyle?: 'solid' | 'dashed' | 'none';
  /** Heights and width: numbers are pixels, strings any CSS length. */
  height?: number | string | null;
  minHeight?: number | string | null;
  maxHeight?: number | string | null;
  width?: number | string | null;
  /** Let content (a dropdown list) overflow the block. @default false */
  allowOverflow?: boolean;
  /** Render a `<fieldset>` (groups of radios or checkboxes). @default false */
  fieldset?: boolean;
  /** Accessible name of the fieldset (its `<legend>` is rendered by the element itself). */
  labelledBy?: string;
  /** Extra classes on the block. */
  extraClass?: Record<string, boolean>;
}

/** A CSS length from a Gradio size prop: numbers are pixels, strings pass through, null/undefined unset. */
export const cssLength = (value: number | string | null | undefined) =>
  value === null || value === undefined ? undefined : typeof value === 'number' ? `${value}px` : value;

export const Block: FunctionalComponent<BlockProps> = (props, children) => {
  const style: Record<string, string | undefined> = {
    height: cssLength(props.height),
    'min-height': cssLength(props.minHeight),
    'max-height': cssLength(props.maxHeight),
    width: typeof props.width === 'number' ? `min(${props.width}px, 100%)` : cssLength(props.width),
    'border-style': props.borderStyle && props.borderStyle !== 'solid' ? props.borderStyle : undefined,
    overflow: props.allowOverflow ? 'visible' : undefined,
  };
  const classes = {
    block: true,
    padded: props.padding !== false,
    'hide-container': props.container === false,
    ...props.extraClass,
  };
  const Tag = props.fieldset ? 'fieldset' : 'div';
  return (
    <Tag id={props.elemId ?? undefined} class={classes} style={style} aria-labelledby={props.labelledBy}>
      {children}
    </Tag>
  );
};

/** Props every element shares with its host: visibility, `elem_classes`, `scale` and `min_width`. */
export interface BlockHostProps {
  visible: boolean;
  elemClasses: ElemClasses;
  scale: number | null;
  minWidth: number | null;
}

/** The `class` and `style` of an element's `Host`, from the shared props. */
export function blockHost(props: BlockHostProps): { class: Record<string, boolean>; style: Record<string, string> } {
  return {
    class: { ...elemClassMap(props.elemClasses), hidden: !props.visible, scaled: typeof props.scale === 'number' },
    style: flexStyle(props.scale, props.minWidth),
  };
}

/** Props of the title above an input (Gradio's BlockTitle) and its info text. */
export interface BlockTitleProps {
  /** The label text. */
  label: string;
  /** `false` keeps the label for screen readers only. */
  showLabel: boolean;
  /** Optional help text under the title. */
  info?: string | null;
  /** Id of the title, to be named by the control's `aria-labelledby` (or use `for`). */
  titleId: string;
  /** Id of the info text, for the control's `aria-describedby`. */
  infoId?: string;
  /** Render the title as a `<label for>` of this control id. */
  forId?: string;
  /** What an event's validator said of the value (Gradio 5.45+ `validator=`), shown under the title. */
  validationError?: string | null;
  /** Id of the validation message, for the control's `aria-describedby`. */
  validationId?: string;
}

/** The ids a control's `aria-describedby` lists (the info text, a validation message), or `undefined`. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length ? present.join(' ') : undefined;
}

export const BlockTitle: FunctionalComponent<BlockTitleProps> = (props) => {
  // A validation message needs the title it is about in view (as Gradio's textbox shows it then).
  const invalid = Boolean(props.validationError);
  const titleClass = { 'block-title': true, 'sr-only': !props.showLabel && !invalid, 'has-info': Boolean(props.info) };
  const title = props.forId ? (
    <label id={props.titleId} class={titleClass} htmlFor={props.forId}>
      {props.label}
    </label>
  ) : (
    <span id={props.titleId} class={titleClass}>
      {props.label}
    </span>
  );
  return [
    title,
    props.info ? (
      <div id={props.infoId} class="block-info">
        {props.info}
      </div>
    ) : null,
    invalid ? (
      <div id={props.validationId} class="validation-error">
        {props.validationError}
      </div>
    ) : null,
  ];
};
