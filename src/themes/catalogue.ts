/**
 * The variable catalogue: every CSS custom property a theme produces, in Gradio's order, and the Base
 * theme's default value of each semantic variable.
 *
 * Pure data; no DOM. 214 variables, exactly the set a real Gradio 5.14 server emits in `/theme.css`:
 * 33 hue steps, 21 size steps, 2 font stacks (the "core" values a theme's constructor sets) and 158
 * semantic variables (spec/themes.md §6; Gradio 6.25 adds five more, see docs/themes-6.25-differences.md).
 *
 * Names are Gradio's snake_case attribute names (`block_label_text_color`); the CSS property is the same
 * name with hyphens (`--block-label-text-color`). Values use Gradio's reference syntax: `*name` stands
 * for the value of another variable.
 */
import { hueSteps } from './palettes';
import { sizeSteps } from './sizes';

/** The three hue roles of a theme. */
export const hueRoles = ['primary', 'secondary', 'neutral'] as const;

/** The three size scales of a theme, in catalogue order. */
export const sizeKinds = ['spacing', 'radius', 'text'] as const;

/** A hue step variable (`primary_500`). */
export type HueVariable = `${(typeof hueRoles)[number]}_${(typeof hueSteps)[number]}`;
/** A size step variable (`radius_xl`). */
export type SizeVariable = `${(typeof sizeKinds)[number]}_${(typeof sizeSteps)[number]}`;
/** The variables a theme's constructor sets: hues, sizes and the two font stacks. */
export type CoreVariable = HueVariable | SizeVariable | 'font' | 'font_mono';

/**
 * The semantic variables with the Base theme's defaults: `[name, light, dark]`. A missing dark entry
 * means dark mode uses the light text (whose references then resolve to dark values).
 */
const semanticTable = [
  ['body_background_fill', '*background_fill_primary', '*background_fill_primary'],
  ['body_text_color', '*neutral_800', '*neutral_100'],
  ['body_text_size', '*text_md'],
  ['body_text_weight', '400'],
  ['embed_radius', '*radius_sm'],
  ['color_accent', '*primary_500'],
  ['color_accent_soft', '*primary_50', '*neutral_700'],
  ['background_fill_primary', 'white', '*neutral_950'],
  ['background_fill_secondary', '*neutral_50', '*neutral_900'],
  ['border_color_accent', '*primary_300', '*neutral_600'],
  ['border_color_primary', '*neutral_200', '*neutral_700'],
  ['link_text_color', '*secondary_600', '*secondary_500'],
  ['link_text_color_active', '*secondary_600', '*secondary_500'],
  ['link_text_color_hover', '*secondary_700', '*secondary_400'],
  ['link_text_color_visited', '*secondary_500', '*secondary_600'],
  ['body_text_color_subdued', '*neutral_400', '*neutral_400'],
  ['accordion_text_color', '*body_text_color', '*body_text_color'],
  ['table_text_color', '*body_text_color', '*body_text_color'],
  ['shadow_drop', 'rgba(0,0,0,0.05) 0px 1px 2px 0px'],
  ['shadow_drop_lg', '0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)'],
  ['shadow_inset', 'rgba(0,0,0,0.05) 0px 2px 4px 0px inset'],
  ['shadow_spread', '3px', '1px'],
  ['block_background_fill', '*background_fill_primary', '*neutral_800'],
  ['block_border_color', '*border_color_primary', '*border_color_primary'],
  ['block_border_width', '1px'],
  ['block_info_text_color', '*body_text_color_subdued', '*body_text_color_subdued'],
  ['block_info_text_size', '*text_sm'],
  ['block_info_text_weight', '400'],
  ['block_label_background_fill', '*background_fill_primary', '*background_fill_secondary'],
  ['block_label_border_color', '*border_color_primary', '*border_color_primary'],
  ['block_label_border_width', '1px'],
  ['block_label_shadow', '*block_shadow'],
  ['block_label_text_color', '*neutral_500', '*neutral_200'],
  ['block_label_margin', '0'],
  ['block_label_padding', '*spacing_sm *spacing_lg'],
  ['block_label_radius', 'calc(*radius_sm - 1px) 0 calc(*radius_sm - 1px) 0'],
  ['block_label_right_radius', '0 calc(*radius_sm - 1px) 0 calc(*radius_sm - 1px)'],
  ['block_label_text_size', '*text_sm'],
  ['block_label_text_weight', '400'],
  ['block_padding', '*spacing_xl calc(*spacing_xl + 2px)'],
  ['block_radius', '*radius_sm'],
  ['block_shadow', 'none'],
  ['block_title_background_fill', 'none'],
  ['block_title_border_color', 'none'],
  ['block_title_border_width', '0px'],
  ['block_title_text_color', '*neutral_500', '*neutral_200'],
  ['block_title_padding', '0'],
  ['block_title_radius', 'none'],
  ['block_title_text_size', '*text_md'],
  ['block_title_text_weight', '400'],
  ['container_radius', '*radius_sm'],
  ['form_gap_width', '0px'],
  ['layout_gap', '*spacing_xxl'],
  ['panel_background_fill', '*background_fill_secondary', '*background_fill_secondary'],
  ['panel_border_color', '*border_color_primary', '*border_color_primary'],
  ['panel_border_width', '0'],
  ['section_header_text_size', '*text_md'],
  ['section_header_text_weight', '400'],
  ['border_color_accent_subdued', '*border_color_accent', '*border_color_accent'],
  ['code_background_fill', '*neutral_100', '*neutral_800'],
  ['chatbot_text_size', '*text_lg'],
  ['checkbox_background_color', '*background_fill_primary', '*neutral_800'],
  ['checkbox_background_color_focus', '*checkbox_background_color', '*checkbox_background_color'],
  ['checkbox_background_color_hover', '*checkbox_background_color', '*checkbox_background_color'],
  ['checkbox_background_color_selected', '*color_accent', '*color_accent'],
  ['checkbox_border_color', '*neutral_300', '*neutral_700'],
  ['checkbox_border_color_focus', '*color_accent', '*color_accent'],
  ['checkbox_border_color_hover', '*neutral_300', '*neutral_600'],
  ['checkbox_border_color_selected', '*color_accent', '*color_accent'],
  ['checkbox_border_radius', '*radius_sm'],
  ['checkbox_border_width', '*input_border_width', '*input_border_width'],
  ['checkbox_label_background_fill', '*button_secondary_background_fill', '*button_secondary_background_fill'],
  ['checkbox_label_background_fill_hover', '*button_secondary_background_fill_hover', '*button_secondary_background_fill_hover'],
  ['checkbox_label_background_fill_selected', '*checkbox_label_background_fill', '*checkbox_label_background_fill'],
  ['checkbox_label_border_color', '*border_color_primary', '*border_color_primary'],
  ['checkbox_label_border_color_hover', '*checkbox_label_border_color', '*checkbox_label_border_color'],
  ['checkbox_label_border_color_selected', '*checkbox_label_border_color', '*checkbox_label_border_color'],
  ['checkbox_label_border_width', '*input_border_width', '*input_border_width'],
  ['checkbox_label_gap', '*spacing_lg'],
  ['checkbox_label_padding', '*spacing_md calc(2 * *spacing_md)'],
  ['checkbox_label_shadow', 'none'],
  ['checkbox_label_text_size', '*text_md'],
  ['checkbox_label_text_weight', '400'],
  ['checkbox_check', "url(\"data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3cpath d='M12.207 4.793a1 1 0 010 1.414l-5 5a1 1 0 01-1.414 0l-2-2a1 1 0 011.414-1.414L6.5 9.086l4.293-4.293a1 1 0 011.414 0z'/%3e%3c/svg%3e\")"],
  ['radio_circle', "url(\"data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3ccircle cx='8' cy='8' r='3'/%3e%3c/svg%3e\")"],
  ['checkbox_shadow', '*input_shadow'],
  ['checkbox_label_text_color', '*body_text_color', '*body_text_color'],
  ['checkbox_label_text_color_selected', '*checkbox_label_text_color', '*checkbox_label_text_color'],
  ['error_background_fill', '#fef2f2', '*background_fill_primary'],
  ['error_border_color', '#b91c1c', '#ef4444'],
  ['error_border_width', '1px'],
  ['error_text_color', '#b91c1c', '#fef2f2'],
  ['error_icon_color', '#b91c1c', '#ef4444'],
  ['input_background_fill', '*neutral_100', '*neutral_700'],
  ['input_background_fill_focus', '*input_background_fill'],
  ['input_background_fill_hover', '*input_background_fill', '*input_background_fill'],
  ['input_border_color', '*border_color_primary', '*border_color_primary'],
  ['input_border_color_focus', '*secondary_300', '*neutral_700'],
  ['input_border_color_hover', '*input_border_color', '*input_border_color'],
  ['input_border_width', '0px'],
  ['input_padding', '*spacing_xl'],
  ['input_placeholder_color', '*neutral_400', '*neutral_500'],
  ['input_radius', '*radius_sm'],
  ['input_shadow', 'none'],
  ['input_shadow_focus', '*input_shadow'],
  ['input_text_size', '*text_md'],
  ['input_text_weight', '400'],
  ['loader_color', '*color_accent'],
  ['prose_text_size', '*text_md'],
  ['prose_text_weight', '400'],
  ['prose_header_text_weight', '600'],
  ['slider_color', '*color_accent'],
  ['stat_background_fill', '*primary_300', '*primary_500'],
  ['table_border_color', '*neutral_300', '*neutral_700'],
  ['table_even_background_fill', 'white', '*neutral_950'],
  ['table_odd_background_fill', '*neutral_50', '*neutral_900'],
  ['table_radius', '*radius_sm'],
  ['table_row_focus', '*color_accent_soft', '*color_accent_soft'],
  ['button_border_width', '*input_border_width'],
  ['button_cancel_background_fill', '*button_secondary_background_fill', '*button_secondary_background_fill'],
  ['button_cancel_background_fill_hover', '*button_secondary_background_fill_hover', '*button_secondary_background_fill_hover'],
  ['button_cancel_border_color', '*button_secondary_border_color', '*button_secondary_border_color'],
  ['button_cancel_border_color_hover', '*button_secondary_border_color_hover', '*button_secondary_border_color_hover'],
  ['button_cancel_text_color', '*button_secondary_text_color', '*button_secondary_text_color'],
  ['button_cancel_text_color_hover', '*button_secondary_text_color_hover', 'white'],
  ['button_transform_hover', 'none'],
  ['button_transform_active', 'none'],
  ['button_transition', 'all 0.2s ease'],
  ['button_large_padding', '*spacing_lg calc(2 * *spacing_lg)'],
  ['button_large_radius', '*radius_md'],
  ['button_large_text_size', '*text_lg'],
  ['button_large_text_weight', '600'],
  ['button_primary_background_fill', '*primary_500', '*primary_600'],
  ['button_primary_background_fill_hover', '*primary_600', '*primary_700'],
  ['button_primary_border_color', '*primary_500', '*primary_600'],
  ['button_primary_border_color_hover', '*primary_500', '*primary_500'],
  ['button_primary_text_color', 'white', 'white'],
  ['button_primary_text_color_hover', '*button_primary_text_color', '*button_primary_text_color'],
  ['button_primary_shadow', 'none'],
  ['button_primary_shadow_hover', '*button_primary_shadow', '*button_primary_shadow'],
  ['button_primary_shadow_active', '*button_primary_shadow', '*button_primary_shadow'],
  ['button_secondary_background_fill', '*neutral_200', '*neutral_600'],
  ['button_secondary_background_fill_hover', '*neutral_300', '*neutral_700'],
  ['button_secondary_border_color', '*neutral_200', '*neutral_600'],
  ['button_secondary_border_color_hover', '*neutral_200', '*neutral_500'],
  ['button_secondary_text_color', 'black', 'white'],
  ['button_secondary_text_color_hover', '*button_secondary_text_color', '*button_secondary_text_color'],
  ['button_secondary_shadow', '*button_primary_shadow'],
  ['button_secondary_shadow_hover', '*button_secondary_shadow', '*button_secondary_shadow'],
  ['button_secondary_shadow_active', '*button_secondary_shadow', '*button_secondary_shadow'],
  ['button_small_padding', '*spacing_sm calc(1.5 * *spacing_sm)'],
  ['button_small_radius', '*radius_md'],
  ['button_small_text_size', '*text_sm'],
  ['button_small_text_weight', '400'],
  ['button_medium_padding', '*spacing_md calc(2 * *spacing_md)'],
  ['button_medium_radius', '*radius_md'],
  ['button_medium_text_size', '*text_md'],
  ['button_medium_text_weight', '600'],
] as const satisfies ReadonlyArray<readonly [string, string, string?]>;

/** A semantic variable (`button_primary_background_fill`). */
export type SemanticVariable = (typeof semanticTable)[number][0];

/** Any theme variable, in Gradio's snake_case. */
export type ThemeVariable = CoreVariable | SemanticVariable;

/** The Base theme's default for one semantic variable. */
export interface VariableDefault {
  readonly name: SemanticVariable;
  /** Light value (may hold `*references`). */
  readonly light: string;
  /** Dark value, or `undefined` when dark mode uses the light text. */
  readonly dark: string | undefined;
}

/** The 158 semantic variables and their Base defaults, in catalogue order. */
export const semanticDefaults: readonly VariableDefault[] = Object.freeze(
  semanticTable.map((row) => Object.freeze({ name: row[0], light: row[1], dark: row[2] as string | undefined })),
);

/** The 56 core variables in catalogue order: hues, then spacing / radius / text, then fonts. */
export const coreVariables: readonly CoreVariable[] = Object.freeze([
  ...hueRoles.flatMap((role) => hueSteps.map((step) => `${role}_${step}` as const)),
  ...sizeKinds.flatMap((kind) => sizeSteps.map((step) => `${kind}_${step}` as const)),
  'font' as const,
  'font_mono' as const,
]);

/** All 214 theme variables in catalogue order (the order of the light block of Gradio's `/theme.css`). */
export const variableNames: readonly ThemeVariable[] = Object.freeze([
  ...coreVariables,
  ...semanticDefaults.map((entry) => entry.name),
]);

const variableSet: ReadonlySet<string> = new Set(variableNames);

/** True when `name` is a theme variable (snake_case, without `_dark`). */
export function isThemeVariable(name: string): name is ThemeVariable {
  return variableSet.has(name);
}

/** The CSS custom property of a variable: `block_radius` -> `--block-radius`. */
export function cssVariableName(name: string): string {
  return `--${name.replaceAll('_', '-')}`;
}

/** The variable of a CSS custom property: `--block-radius` -> `block_radius`. */
export function themeVariableName(cssName: string): string {
  return cssName.replace(/^--/, '').replaceAll('-', '_');
}
