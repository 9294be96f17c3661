/**
 * The built-in themes: Base, Default, Origin, Citrus, Monochrome, Soft, Glass and Ocean, each producing the
 * same variable values a real Gradio 5.14 server serves in `/theme.css` for `gr.Blocks(theme="<name>")`.
 *
 * Each is defined as data: its constructor options and the variables it changes from the Base defaults
 * (values taken from the real server's output; see docs/themes-6.25-differences.md for what Gradio 6.25
 * changed).
 */
import { ThemeOptionError } from './errors';
import { googleFont, localFont, systemMonoStack, systemSansStack } from './fonts';
import { Theme, type ThemeOptions, type ThemeValues } from './theme';

/** The names of the built-in themes, in the order Gradio lists them. */
export const themeNames = ['base', 'default', 'origin', 'citrus', 'monochrome', 'soft', 'glass', 'ocean'] as const;

/** The name of a built-in theme. */
export type ThemeName = (typeof themeNames)[number];

interface BuiltinDefinition {
  options: Omit<ThemeOptions, 'name'>;
  values: ThemeValues;
}

const definitions: Readonly<Record<ThemeName, BuiltinDefinition>> = {
  /** Gradio's plain reference look: grey input fill, 1px block borders, bordered buttons. */
  base: {
    options: {},
    values: {},
  },
  /** What a Gradio app gets with no theme: orange primary, white inputs with a 1px border, red cancel buttons. */
  default: {
    options: { primaryHue: 'orange', font: [googleFont('Source Sans Pro'), ...systemSansStack] },
    values: {
      border_color_accent_subdued: '*primary_200',
      checkbox_label_background_fill: '*background_fill_primary',
      checkbox_label_background_fill_dark: '*neutral_800',
      checkbox_label_background_fill_hover: '*background_fill_secondary',
      checkbox_label_background_fill_hover_dark: '*checkbox_label_background_fill',
      error_background_fill_dark: '*neutral_900',
      input_background_fill: 'white',
      input_background_fill_dark: '*neutral_800',
      input_border_width: '1px',
      input_shadow_focus: '0 0 0 *shadow_spread *secondary_50, *shadow_inset',
      input_shadow_focus_dark: '0 0 0 *shadow_spread *neutral_700, *shadow_inset',
      stat_background_fill: 'linear-gradient(to right, *primary_400, *primary_200)',
      stat_background_fill_dark: 'linear-gradient(to right, *primary_400, *primary_600)',
      button_border_width: '0px',
      button_cancel_background_fill: '#ef4444',
      button_cancel_background_fill_dark: '#b91c1c',
      button_cancel_background_fill_hover: '#dc2626',
      button_cancel_background_fill_hover_dark: '#991b1b',
      button_cancel_text_color: 'white',
      button_cancel_text_color_dark: 'white',
      button_cancel_text_color_hover: 'white',
    },
  },
  /** The older Gradio default: light orange gradient primary buttons, gray neutrals. */
  origin: {
    options: { primaryHue: 'orange', neutralHue: 'gray', font: [googleFont('Source Sans Pro'), ...systemSansStack] },
    values: {
      block_shadow: '*shadow_drop',
      form_gap_width: '1px',
      border_color_accent_subdued: '*primary_200',
      checkbox_label_background_fill: 'linear-gradient(to top, *neutral_50, white)',
      checkbox_label_background_fill_dark: 'linear-gradient(to top, *neutral_900, *neutral_800)',
      checkbox_label_background_fill_hover: 'linear-gradient(to top, *neutral_100, white)',
      checkbox_label_background_fill_hover_dark: 'linear-gradient(to top, *neutral_900, *neutral_800)',
      checkbox_label_shadow: '*shadow_drop',
      error_background_fill_dark: '*neutral_900',
      input_background_fill: 'white',
      input_background_fill_dark: '*neutral_800',
      input_border_width: '1px',
      input_shadow: '0 0 0 *shadow_spread transparent, *shadow_inset',
      input_shadow_focus: '0 0 0 *shadow_spread *secondary_50, *shadow_inset',
      input_shadow_focus_dark: '0 0 0 *shadow_spread *neutral_700, *shadow_inset',
      stat_background_fill: 'linear-gradient(to right, *primary_400, *primary_200)',
      stat_background_fill_dark: 'linear-gradient(to right, *primary_400, *primary_600)',
      button_border_width: '1px',
      button_border_width_dark: '1px',
      button_cancel_background_fill: 'linear-gradient(to bottom right, #fee2e2, #fecaca)',
      button_cancel_background_fill_dark: 'linear-gradient(to bottom right, #dc2626, #b91c1c)',
      button_cancel_background_fill_hover: 'linear-gradient(to bottom right, #fee2e2, #fee2e2)',
      button_cancel_background_fill_hover_dark: 'linear-gradient(to bottom right, #dc2626, #dc2626)',
      button_cancel_border_color: '#fecaca',
      button_cancel_border_color_dark: '#dc2626',
      button_cancel_border_color_hover: '#fecaca',
      button_cancel_border_color_hover_dark: '#dc2626',
      button_cancel_text_color: '#dc2626',
      button_cancel_text_color_dark: 'white',
      button_transition: 'none',
      button_primary_background_fill: 'linear-gradient(to bottom right, *primary_100, *primary_300)',
      button_primary_background_fill_dark: 'linear-gradient(to bottom right, *primary_500, *primary_600)',
      button_primary_background_fill_hover: 'linear-gradient(to bottom right, *primary_100, *primary_200)',
      button_primary_background_fill_hover_dark: 'linear-gradient(to bottom right, *primary_500, *primary_500)',
      button_primary_border_color: '*primary_200',
      button_primary_border_color_dark: '*primary_500',
      button_primary_border_color_hover: '*button_primary_border_color',
      button_primary_text_color: '*primary_600',
      button_primary_shadow: '*shadow_drop',
      button_primary_shadow_hover: '*shadow_drop_lg',
      button_primary_shadow_active: '*shadow_inset',
      button_secondary_background_fill: 'linear-gradient(to bottom right, *neutral_100, *neutral_200)',
      button_secondary_background_fill_dark: 'linear-gradient(to bottom right, *neutral_600, *neutral_700)',
      button_secondary_background_fill_hover: 'linear-gradient(to bottom right, *neutral_100, *neutral_100)',
      button_secondary_background_fill_hover_dark: 'linear-gradient(to bottom right, *neutral_600, *neutral_600)',
      button_secondary_border_color_hover_dark: '*neutral_600',
      button_secondary_text_color: '*neutral_800',
      button_secondary_shadow: '*shadow_drop',
      button_secondary_shadow_hover: '*shadow_drop_lg',
      button_secondary_shadow_active: '*shadow_inset',
    },
  },
  /** Warm amber and stone, pronounced button shadows and a transform on hover / active. */
  citrus: {
    options: {
      primaryHue: 'amber',
      secondaryHue: 'amber',
      neutralHue: 'stone',
      spacingSize: 'lg',
      font: [googleFont('Ubuntu'), ...systemSansStack],
      fontMono: [googleFont('Roboto Mono'), ...systemMonoStack],
    },
    values: {
      background_fill_primary: '*neutral_50',
      block_background_fill: '*neutral_100',
      block_border_color: '*neutral_300',
      block_label_shadow: 'none',
      block_shadow: '0px 3px 0px 0px *neutral_300;',
      block_shadow_dark: '0px 3px 0px 0px *neutral_700;',
      panel_border_width: '1px',
      checkbox_background_color_dark: '*neutral_400',
      checkbox_background_color_selected_dark: '*primary_600',
      checkbox_label_background_fill: '*neutral_200',
      checkbox_label_background_fill_dark: '*neutral_700',
      checkbox_label_background_fill_hover: '*checkbox_label_background_fill',
      checkbox_label_background_fill_hover_dark: '*checkbox_label_background_fill',
      checkbox_label_background_fill_selected: '*primary_400',
      checkbox_label_background_fill_selected_dark: '*primary_500',
      checkbox_label_border_color_selected: '*primary_300',
      checkbox_label_border_color_selected_dark: '*primary_600',
      checkbox_label_border_width: '2px',
      checkbox_label_border_width_dark: '2px',
      checkbox_shadow: 'none',
      checkbox_label_text_color_selected_dark: '*button_primary_text_color',
      input_background_fill: '*neutral_50',
      input_background_fill_dark: '*neutral_900',
      input_background_fill_focus: '*primary_50',
      input_background_fill_focus_dark: 'none',
      input_border_width: '1px',
      input_shadow: '0px -1px 0px 0px *neutral_300;',
      input_shadow_dark: '0px -1px 0px 0px *neutral_700;',
      input_shadow_focus: '0px -1px 0px 0px *primary_300;',
      input_shadow_focus_dark: '0px -1px 0px 0px *primary_600;',
      slider_color: '*primary_400',
      slider_color_dark: '*primary_500',
      button_border_width: '0px',
      button_transform_hover: 'translateY(-2px);',
      button_transform_active: 'translateY(1px);',
      button_transition: 'all 0.1s;',
      button_primary_background_fill_hover: '*button_primary_background_fill',
      button_primary_background_fill_hover_dark: '*button_primary_background_fill',
      button_primary_text_color: '*button_secondary_text_color',
      button_primary_text_color_dark: '*button_secondary_text_color',
      button_primary_shadow: '0px 3px 0px 0px *primary_400;',
      button_primary_shadow_hover: '0px 5px 0px 0px *primary_400;',
      button_primary_shadow_active: '0px 2px 0px 0px *primary_400;',
      button_primary_shadow_dark: '0px 3px 0px 0px *primary_700;',
      button_primary_shadow_hover_dark: '0px 5px 0px 0px *primary_700;',
      button_primary_shadow_active_dark: '0px 2px 0px 0px *primary_700;',
      button_secondary_background_fill: '*primary_400',
      button_secondary_background_fill_dark: '*primary_500',
      button_secondary_background_fill_hover: '*button_secondary_background_fill',
      button_secondary_background_fill_hover_dark: '*button_secondary_background_fill',
      button_secondary_text_color_dark: '*neutral_900',
      button_secondary_shadow: '0px 3px 0px 0px *primary_300;',
      button_secondary_shadow_hover: '0px 5px 0px 0px *primary_300;',
      button_secondary_shadow_active: '0px 2px 0px 0px *primary_300;',
      button_secondary_shadow_dark: '0px 3px 0px 0px *primary_600;',
      button_secondary_shadow_hover_dark: '0px 5px 0px 0px *primary_600;',
      button_secondary_shadow_active_dark: '0px 2px 0px 0px *primary_600;',
    },
  },
  /** Black and white, square corners, near-black primary buttons, a serif body font. */
  monochrome: {
    options: {
      primaryHue: 'neutral',
      secondaryHue: 'neutral',
      neutralHue: 'neutral',
      spacingSize: 'lg',
      radiusSize: 'none',
      font: [googleFont('Lora'), ...systemSansStack],
    },
    values: {
      body_text_color: '*neutral_900',
      background_fill_primary_dark: '*neutral_900',
      background_fill_secondary_dark: '*neutral_800',
      body_text_color_subdued: '*neutral_700',
      shadow_drop_lg: '0 1px 4px 0 rgb(0 0 0 / 0.1)',
      block_label_text_color: '*body_text_color',
      block_label_text_size: '*text_md',
      block_label_text_weight: '600',
      block_shadow_dark: '*shadow_drop_lg',
      block_title_text_color: '*body_text_color',
      block_title_text_weight: '600',
      checkbox_background_color: '*input_background_fill',
      checkbox_label_background_fill_selected: '*button_primary_background_fill',
      checkbox_label_border_color: '*checkbox_background_color',
      checkbox_label_border_color_hover: '*button_secondary_border_color_hover',
      checkbox_label_border_color_selected: '*button_primary_border_color',
      checkbox_label_border_width: '*button_border_width',
      checkbox_label_padding: '*spacing_sm',
      checkbox_label_text_color_selected: '*button_primary_text_color',
      slider_color: '*neutral_900',
      slider_color_dark: '*neutral_500',
      button_border_width: '2px',
      button_cancel_border_color: '*neutral_900',
      button_large_padding: '*spacing_lg',
      button_primary_background_fill: '*neutral_900',
      button_primary_background_fill_dark: '*neutral_600',
      button_primary_background_fill_hover: '*neutral_700',
      button_primary_background_fill_hover_dark: '*neutral_600',
      button_primary_border_color: '*neutral_900',
      button_secondary_background_fill: 'white',
      button_secondary_background_fill_dark: '*neutral_700',
      button_secondary_background_fill_hover: 'white',
      button_secondary_border_color: '*neutral_900',
      button_secondary_border_color_hover: '*neutral_400',
      button_secondary_text_color: '*neutral_900',
      button_secondary_text_color_hover: '*neutral_400',
      button_small_padding: '*spacing_sm',
    },
  },
  /** Indigo on a light grey page, borderless white blocks, coloured label badges, soft shadows. */
  soft: {
    options: { primaryHue: 'indigo', secondaryHue: 'indigo', neutralHue: 'gray', font: [localFont('Montserrat'), ...systemSansStack] },
    values: {
      background_fill_primary: '*neutral_50',
      shadow_drop: '0 1px 4px 0 rgb(0 0 0 / 0.1)',
      shadow_drop_lg: '0 2px 5px 0 rgb(0 0 0 / 0.1)',
      shadow_spread: '6px',
      block_background_fill: 'white',
      block_border_width: '0px',
      block_label_background_fill: '*primary_100',
      block_label_background_fill_dark: '*primary_600',
      block_label_text_color: '*primary_500',
      block_label_text_color_dark: 'white',
      block_label_margin: '*spacing_md',
      block_label_padding: '*spacing_sm *spacing_md',
      block_label_radius: '*radius_md',
      block_label_text_size: '*text_md',
      block_label_text_weight: '600',
      block_title_background_fill: '*block_label_background_fill',
      block_title_text_color: '*primary_500',
      block_title_text_color_dark: 'white',
      block_title_padding: '*block_label_padding',
      block_title_radius: '*block_label_radius',
      block_title_text_weight: '600',
      panel_border_width: '1px',
      checkbox_background_color_selected: '*primary_600',
      checkbox_background_color_selected_dark: '*primary_700',
      checkbox_border_color: '*neutral_100',
      checkbox_border_color_dark: '*neutral_600',
      checkbox_border_color_focus: '*primary_500',
      checkbox_border_color_focus_dark: '*primary_600',
      checkbox_border_color_selected: '*primary_600',
      checkbox_border_color_selected_dark: '*primary_700',
      checkbox_border_width: '1px',
      checkbox_label_background_fill_selected: '*primary_500',
      checkbox_label_background_fill_selected_dark: '*primary_600',
      checkbox_label_shadow: '*shadow_drop_lg',
      checkbox_shadow: 'none',
      checkbox_label_text_color_selected: 'white',
      input_background_fill: 'white',
      input_border_color: '*neutral_50',
      input_shadow: '*shadow_drop',
      input_shadow_focus: '*shadow_drop_lg',
      slider_color: '*primary_500',
      slider_color_dark: '*primary_600',
      button_primary_background_fill_hover: '*primary_400',
      button_primary_background_fill_hover_dark: '*primary_500',
      button_primary_shadow: '*shadow_drop_lg',
      button_primary_shadow_hover: '*shadow_drop_lg',
      button_primary_shadow_active: '*shadow_inset',
      button_secondary_background_fill: 'white',
      button_secondary_background_fill_hover: '*neutral_100',
      button_secondary_background_fill_hover_dark: '*primary_500',
      button_secondary_text_color: '*neutral_800',
      button_secondary_shadow: '*shadow_drop_lg',
      button_secondary_shadow_hover: '*shadow_drop_lg',
      button_secondary_shadow_active: '*shadow_inset',
    },
  },
  /** Slate with gradient fills on the body, blocks and buttons, small sizes. */
  glass: {
    options: {
      secondaryHue: 'slate',
      neutralHue: 'slate',
      spacingSize: 'sm',
      radiusSize: 'sm',
      textSize: 'sm',
      font: ['Optima', 'Candara', 'Noto Sans', 'source-sans-pro', 'sans-serif'],
    },
    values: {
      body_background_fill_dark: '*secondary_800',
      background_fill_primary_dark: '*neutral_700',
      background_fill_secondary: '*secondary_100',
      background_fill_secondary_dark: '*secondary_800',
      border_color_primary_dark: '*secondary_600',
      shadow_inset: 'rgba(0,0,0,0.05) 0px 1px 2px 0px inset',
      block_background_fill: '*secondary_50',
      block_background_fill_dark: '*secondary_800',
      block_border_color_dark: '*secondary_600',
      block_border_width: '0px',
      block_border_width_dark: '1px',
      block_label_background_fill: '*secondary_200',
      block_label_background_fill_dark: '*secondary_700',
      block_label_border_color_dark: '*secondary_600',
      block_label_text_color: '*secondary_500',
      block_label_text_size: '*text_md',
      block_label_text_weight: '600',
      block_title_text_color: '*secondary_500',
      block_title_text_weight: '600',
      panel_border_width: '1px',
      checkbox_background_color_dark: '*secondary_400',
      checkbox_border_width: '0px',
      checkbox_border_width_dark: '0px',
      checkbox_label_border_color_dark: '*secondary_700',
      checkbox_label_border_width: '1px',
      checkbox_label_border_width_dark: '1px',
      input_background_fill: 'linear-gradient(0deg, *secondary_100 0%, white 100%)',
      input_background_fill_dark: '*secondary_600',
      input_border_color_dark: '*secondary_600',
      input_border_color_focus_dark: '*secondary_500',
      input_border_width: '1px',
      table_even_background_fill_dark: '*neutral_700',
      table_odd_background_fill_dark: '*neutral_700',
      button_border_width: '1px',
      button_primary_background_fill: 'linear-gradient(180deg, *primary_100 0%, *primary_200 30%)',
      button_primary_background_fill_dark: 'linear-gradient(180deg, *primary_500 0%, *primary_600 30%)',
      button_primary_background_fill_hover: 'linear-gradient(180deg, *primary_100 0%, *primary_200 30%)',
      button_primary_background_fill_hover_dark: 'linear-gradient(180deg, *primary_500 0%, *primary_600 30%)',
      button_primary_border_color: '*primary_200',
      button_primary_border_color_hover: '*button_primary_border_color',
      button_primary_text_color: '*body_text_color',
      button_primary_shadow_active: '*shadow_inset',
      button_secondary_background_fill: 'linear-gradient(180deg, *secondary_100 0%, *secondary_200 30%)',
      button_secondary_background_fill_dark: 'linear-gradient(180deg, *secondary_500 0%, *secondary_600 30%)',
      button_secondary_background_fill_hover: 'linear-gradient(180deg, *secondary_100 0%, *secondary_200 30%)',
      button_secondary_background_fill_hover_dark: 'linear-gradient(180deg, *secondary_500 0%, *secondary_600 30%)',
      button_secondary_shadow_active: '*shadow_inset',
    },
  },
  /** Sky-to-emerald gradient primary buttons that grow on hover, very round corners. */
  ocean: {
    options: {
      primaryHue: 'emerald',
      secondaryHue: 'sky',
      radiusSize: 'xxl',
      font: [googleFont('IBM Plex Sans'), ...systemSansStack],
      fontMono: [googleFont('Inter'), ...systemMonoStack],
    },
    values: {
      block_shadow: '*shadow_drop_lg',
      checkbox_background_color_selected: '*primary_400',
      checkbox_background_color_selected_dark: '*primary_600',
      checkbox_label_background_fill_selected: 'linear-gradient(120deg, *primary_400 0%, *primary_300 60%, *primary_400 100%)',
      checkbox_label_background_fill_selected_dark: 'linear-gradient(120deg, *primary_600 0%, *primary_500 60%, *primary_600 100%)',
      checkbox_label_border_color_selected: '*primary_400',
      checkbox_label_border_color_selected_dark: '*primary_600',
      checkbox_label_border_width: '1px',
      checkbox_label_text_color_selected: '*button_secondary_text_color',
      checkbox_label_text_color_selected_dark: '*button_secondary_text_color',
      slider_color: '*primary_400',
      slider_color_dark: '*primary_500',
      button_border_width: '0px',
      button_transform_hover: 'scale(1.02)',
      button_transition: 'all 0.1s ease-in-out',
      button_primary_background_fill: 'linear-gradient(120deg, *secondary_500 0%, *primary_300 60%, *primary_400 100%)',
      button_primary_background_fill_dark: 'linear-gradient(120deg, *secondary_600 0%, *primary_500 60%, *primary_600 100%)',
      button_primary_background_fill_hover: 'linear-gradient(120deg, *secondary_400 0%, *primary_300 60%, *primary_300 100%)',
      button_primary_background_fill_hover_dark: 'linear-gradient(120deg, *secondary_500 0%, *primary_500 60%, *primary_500 100%)',
      button_primary_text_color: '*button_secondary_text_color',
      button_primary_text_color_dark: '*button_secondary_text_color',
      button_primary_shadow_hover: '0 1px 3px 0 *primary_200, 0 1px 2px -1px *primary_200',
      button_primary_shadow_dark: 'none',
      button_secondary_background_fill: 'linear-gradient(120deg, *neutral_300 0%, *neutral_100 60%, *neutral_200 100%)',
      button_secondary_background_fill_dark: 'linear-gradient(120deg, *neutral_700 0%, *neutral_600 60%, *neutral_700 100%)',
      button_secondary_background_fill_hover: 'linear-gradient(120deg, *neutral_200 0%, *neutral_100 60%, *neutral_100 100%)',
      button_secondary_background_fill_hover_dark: 'linear-gradient(120deg, *neutral_600 0%, *neutral_600 60%, *neutral_700 100%)',
      button_secondary_shadow_hover: '*shadow_drop_lg',
      button_secondary_shadow_dark: 'none',
    },
  },
};

/** True when `name` is one of {@link themeNames}. */
export function isThemeName(name: string): name is ThemeName {
  return (themeNames as readonly string[]).includes(name);
}

function definitionOf(name: string): BuiltinDefinition {
  if (!isThemeName(name)) {
    throw new ThemeOptionError(`unknown built-in theme "${name}"; expected one of ${themeNames.join(', ')}`);
  }
  return definitions[name];
}

/**
 * A new, changeable instance of a built-in theme, like `gr.themes.Soft(primary_hue="red")`: `options`
 * replace the theme's own constructor options, then the theme's variable values are applied.
 *
 * @throws {ThemeOptionError} for an unknown theme name or invalid options.
 * @example createTheme('soft', { primaryHue: 'rose' }).set({ block_radius: '*radius_xl' })
 */
export function createTheme(name: ThemeName, options: Omit<ThemeOptions, 'name'> = {}): Theme {
  const definition = definitionOf(name);
  return new Theme({ ...definition.options, ...options, name }).set(definition.values);
}

/**
 * The built-in themes as shared, read-only instances (`set()` on them throws; use {@link createTheme} or
 * `.clone()` for a copy to change).
 *
 * @example applyTheme(element, themes.soft, { mode: 'system' })
 */
export const themes: Readonly<Record<ThemeName, Theme>> = Object.freeze(
  Object.fromEntries(themeNames.map((name) => [name, createTheme(name).freeze()])) as Record<ThemeName, Theme>,
);

/**
 * The shared instance of a built-in theme, by name (case-insensitive, as Gradio's `theme="Soft"`).
 *
 * @throws {ThemeOptionError} for an unknown name, listing the known ones.
 */
export function getTheme(name: string): Theme {
  const key = name.toLowerCase();
  definitionOf(key);
  return themes[key as ThemeName];
}
