/**
 * Type test of the framework wrappers, checked by `tsc -p tsconfig.check.json` (after `npm run build`, which
 * makes `gradio-kit/react` and `gradio-kit/vue`): each `@ts-expect-error` line must fail to compile, so a
 * wrapper whose props or events stopped being typed fails the type check.
 */
import type { GrSliderCustomEvent, GrTextboxCustomEvent } from 'gradio-kit';
import { GrButton, GrSlider, GrTextbox } from 'gradio-kit/react';
import { GrTextbox as VueTextbox } from 'gradio-kit/vue';
import { type ComponentProps, createElement, createRef } from 'react';

// React: props are the element's own, typed; events are `on…` props whose event has a typed `detail`.
const ref = createRef<HTMLGrTextboxElement>();
createElement(GrTextbox, {
  ref,
  label: 'Name',
  lines: 2,
  onGrInput: (event: GrTextboxCustomEvent<string>) => event.detail.toUpperCase(),
});
createElement(GrSlider, { minimum: 0, maximum: 10, onGrChange: (event: GrSliderCustomEvent<number>) => event.detail.toFixed(1) });
createElement(GrButton, { variant: 'primary', onGrClick: () => undefined });

export const wrongReactProps: ComponentProps<typeof GrTextbox>[] = [
  // @ts-expect-error `label` is a string
  { label: 42 },
  // @ts-expect-error no such prop
  { labelText: 'Name' },
  // @ts-expect-error `gr-input`'s detail is a string
  { onGrInput: (event: GrSliderCustomEvent<number>) => event.detail },
];
// @ts-expect-error `variant` is one of Gradio's variants
createElement(GrButton, { variant: 'loud' });
// @ts-expect-error a ref to a textbox is not a ref to a button
createElement(GrButton, { ref });

// Vue: the wrapper's props are typed, and `v-model` binds `modelValue` to the element's value.
type VueTextboxProps = InstanceType<typeof VueTextbox>['$props'];
export const vueProps: VueTextboxProps = { label: 'Name', modelValue: 'Ada' };
// @ts-expect-error `label` is a string
export const wrongVueProps: VueTextboxProps = { label: 42 };
