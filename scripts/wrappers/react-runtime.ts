/**
 * The runtime of `gradio-kit/react`, bundled in place of `@stencil/react-output-target/runtime` for the
 * generated wrappers: the output target's `createComponent` (properties, `on…` events, refs, classes merged
 * with the ones Stencil sets), except for WHEN the element is defined.
 *
 * The output target defines the element when the module loads. In a server-rendered page the elements are
 * then already in the DOM: they upgrade at once and render their inner markup before React hydrates, so
 * React finds children it did not render and throws the page's markup away ("Hydration failed"). Here each
 * element is defined in an insertion effect instead: after React has hydrated (or inserted) the tree and
 * before the layout effects that set the element's properties, so the element upgrades with them.
 * Insertion effects do not run on a server, where nothing is defined.
 */
import {
  type EventName,
  type StencilReactComponent,
  createComponent as createStencilComponent,
} from '@stencil/react-output-target/runtime';
import React from 'react';

type Options<I extends HTMLElement, E extends Record<string, EventName | string>> = Parameters<
  typeof createStencilComponent<I, E>
>[0];

export function createComponent<
  I extends HTMLElement,
  E extends Record<string, EventName | string> = {},
  C = Omit<I, keyof HTMLElement>,
  R extends keyof C = never,
>({ defineCustomElement, ...options }: Options<I, E>): StencilReactComponent<I, E, C, R> {
  // The props pass through untouched: the types are the generated wrapper's, checked where it is declared.
  const Element = createStencilComponent<I, E, C, R>(options as Options<I, E>) as React.ComponentType<React.RefAttributes<I>>;
  const Defining = React.forwardRef<I, React.PropsWithoutRef<object>>((props, ref) => {
    React.useInsertionEffect(() => defineCustomElement(), []);
    return React.createElement(Element, { ...props, ref });
  });
  Defining.displayName = Element.displayName ?? options.tagName;
  return Defining as unknown as StencilReactComponent<I, E, C, R>;
}
