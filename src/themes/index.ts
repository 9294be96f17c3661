/**
 * gradio-kit/themes: Gradio's theme engine in TypeScript.
 *
 * Palettes, size scales and font stacks; a {@link Theme} builder mirroring `gr.themes.Base(...).set(...)`;
 * the built-in themes; CSS output for any scope selector with the resolved values as data; and
 * {@link applyTheme}, which scopes a theme (or a server's `/theme.css`) to one element. Everything but
 * `applyTheme` is pure computation; the module loads with no DOM globals.
 *
 * @example
 * import { applyTheme, createTheme, themes } from 'gradio-kit/themes';
 * const theme = createTheme('soft', { primaryHue: 'rose' }).set({ block_radius: '*radius_xl' });
 * const { css, light, dark } = theme.compile('#app');
 * const handle = applyTheme(document.querySelector('#app')!, theme, { mode: 'system' });
 */
export { applyTheme } from './apply';
export { scopeTheme } from './scope-theme';
export {
  type ApplyThemeOptions,
  type FontLoadingOptions,
  type ThemeHandle,
  type ThemeMode,
  themeHandleOf,
  themeModes,
  type ThemeSource,
} from './scope';
export { createTheme, getTheme, isThemeName, type ThemeName, themeNames, themes } from './builtins';
export {
  type CoreVariable,
  coreVariables,
  cssVariableName,
  type HueVariable,
  isThemeVariable,
  type SemanticVariable,
  semanticDefaults,
  type SizeVariable,
  type ThemeVariable,
  themeVariableName,
  type VariableDefault,
  variableNames,
} from './catalogue';
export {
  darkSelector,
  fontFacesOf,
  type ParsedThemeCss,
  parseThemeCss,
  type RescopeOptions,
  type ResolvedThemeCss,
  rescopeThemeCss,
  resolveThemeCss,
  toCssValue,
} from './css';
export { type ColorMode, isThemeError, ThemeError, ThemeOptionError } from './errors';
export { ThemeCycleError, ThemeReferenceError } from './reference-errors';
export {
  defaultFont,
  defaultFontMono,
  type Font,
  type FontInput,
  type FontSource,
  fontStackValue,
  genericFontFamilies,
  googleFont,
  googleFontStylesheets,
  localFont,
  localFontFaceCss,
  systemFont,
  systemMonoStack,
  systemSansStack,
} from './fonts';
export { colors, type HueName, hueNames, type HueStep, hueSteps, isHueName, type Palette, toPalette } from './palettes';
export {
  type RadiusSizeName,
  radiusSizes,
  type SizeKind,
  type SizeScale,
  type SizeStep,
  sizeSteps,
  sizes,
  type SpacingSizeName,
  spacingSizes,
  type TextSizeName,
  textSizes,
  toSizeScale,
} from './sizes';
export { type CompiledTheme, type RawVariable, Theme, type ThemeOptions, type ThemeValues } from './theme';
