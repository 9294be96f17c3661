/**
 * Size scales: spacing, corner radius and text size, each a 7-step scale `xxs .. xxl`.
 *
 * Pure data; no DOM. A theme copies its three scales into `--spacing-xxs .. --spacing-xxl`,
 * `--radius-*` and `--text-*` (spec/themes.md §4).
 */
import { ThemeOptionError } from './errors';
import { completeSteps, fromSteps } from './steps';

/** The 7 steps of a size scale, smallest first. */
export const sizeSteps = ['xxs', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl'] as const;

/** One step of a size scale. */
export type SizeStep = (typeof sizeSteps)[number];

/** A complete size scale: one CSS length per step. */
export type SizeScale = Readonly<Record<SizeStep, string>>;

/** The three scaled dimensions of a theme. */
export type SizeKind = 'spacing' | 'radius' | 'text';

function scale(...values: string[]): SizeScale {
  return fromSteps(sizeSteps, values);
}

/** Spacing presets, usable by name in `new Theme({ spacingSize: 'lg' })`. */
export const spacingSizes = Object.freeze({
  sm: scale('1px', '1px', '2px', '4px', '6px', '9px', '12px'),
  md: scale('1px', '2px', '4px', '6px', '8px', '10px', '16px'),
  lg: scale('2px', '4px', '6px', '8px', '10px', '14px', '28px'),
});

/** Corner-radius presets (there is no `xl`; `xxl` is very round). */
export const radiusSizes = Object.freeze({
  none: scale('0px', '0px', '0px', '0px', '0px', '0px', '0px'),
  sm: scale('1px', '1px', '2px', '4px', '6px', '8px', '12px'),
  md: scale('1px', '2px', '4px', '6px', '8px', '12px', '22px'),
  lg: scale('2px', '4px', '6px', '8px', '12px', '16px', '24px'),
  xxl: scale('6px', '8px', '10px', '20px', '24px', '28px', '32px'),
});

/** Text-size presets. */
export const textSizes = Object.freeze({
  sm: scale('8px', '9px', '11px', '13px', '16px', '20px', '24px'),
  md: scale('9px', '10px', '12px', '14px', '16px', '22px', '26px'),
  lg: scale('10px', '12px', '14px', '16px', '20px', '24px', '28px'),
});

/** Preset names of each kind of scale. */
export type SpacingSizeName = keyof typeof spacingSizes;
/** Preset names of the radius scale. */
export type RadiusSizeName = keyof typeof radiusSizes;
/** Preset names of the text scale. */
export type TextSizeName = keyof typeof textSizes;

/**
 * Every preset under Gradio's names (`spacing_md`, `radius_none`, `text_lg`, ...), as in
 * `gradio.themes.sizes`.
 */
export const sizes: Readonly<Record<string, SizeScale>> = Object.freeze(
  Object.fromEntries(
    (
      [
        ['spacing', spacingSizes],
        ['radius', radiusSizes],
        ['text', textSizes],
      ] as const
    ).flatMap(([kind, presets]) => Object.entries(presets).map(([name, value]) => [`${kind}_${name}`, value])),
  ),
);

/**
 * Returns a complete scale: a preset looked up by its short name (`'md'`) or a custom scale checked for
 * all 7 steps.
 *
 * @throws {ThemeOptionError} for an unknown preset name or a scale with a missing or empty step.
 */
export function toSizeScale(kind: SizeKind, size: string | SizeScale): SizeScale {
  const presets: Readonly<Record<string, SizeScale>> =
    kind === 'spacing' ? spacingSizes : kind === 'radius' ? radiusSizes : textSizes;
  if (typeof size === 'string') {
    const preset = presets[size];
    if (!preset) {
      throw new ThemeOptionError(
        `unknown ${kind} size "${size}"; expected one of ${Object.keys(presets).join(', ')} or a custom scale`,
      );
    }
    return preset;
  }
  return completeSteps(sizeSteps, size, `custom ${kind} scale`);
}
