import type { DependencyConfig } from '../client/types';

/** Values Gradio counts as "empty" when it decides whether a component is interactive. */
function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    value === 0 ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Gradio's interactivity rule (spec components.md §1.5): an explicit `interactive` wins; otherwise a
 * component is interactive when it is an input of some dependency, or is no dependency's output and has an
 * empty value.
 */
export function isInteractive(
  id: number,
  props: Record<string, unknown>,
  dependencies: readonly DependencyConfig[],
): boolean {
  if (props.interactive === false) return false;
  if (props.interactive === true) return true;
  const isInput = dependencies.some((dep) => dep.inputs.includes(id));
  if (isInput) return true;
  const isOutput = dependencies.some((dep) => dep.outputs.includes(id));
  return !isOutput && isEmpty(props.value);
}
