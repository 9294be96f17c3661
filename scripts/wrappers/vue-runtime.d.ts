/**
 * The types behind `gradio-kit/vue` (shipped as `dist/vue/runtime.d.ts`): the shape the generated wrappers
 * name, written here so the package's declarations need only `vue`.
 */
import type { AllowedComponentProps, ComponentCustomProps, DefineSetupFnComponent, VNodeProps } from 'vue';

/** `v-model`'s prop: the element's `value`, on elements the user can change. */
export interface InputProps<T> {
  modelValue?: T;
}

type WrapperProps<P, V> = P & InputProps<V> & VNodeProps & AllowedComponentProps & ComponentCustomProps;

/** A Vue component that renders a custom element with props `P` (its JSX props and `on…` events). */
export type StencilVueComponent<P, V = string | number | boolean> = DefineSetupFnComponent<
  WrapperProps<P, V>,
  {},
  {},
  WrapperProps<P, V>
>;
