/**
 * The types behind `gradio-kit/react` (shipped as `dist/react/runtime.d.ts`): the shapes the generated wrappers
 * name, written here so the package's declarations need only `@types/react`.
 */
import type * as React from 'react';

/** An `on…` prop's event name, tagged with the event its handler receives (the shape `@lit/react` uses). */
export type EventName<T extends Event = Event> = string & { __eventType: T };

/** The `on…` props of an element's events, each handler typed with its event (and so its `detail`). */
type EventHandlers<E> = {
  [K in keyof E]?: E[K] extends EventName<infer T> ? (event: T) => void : (event: Event) => void;
};

/**
 * The props of a wrapped element `I`: its own properties `C` (optional except the required ones `R`), its
 * events `E` as `on…` props, the standard HTML attributes, and a `ref` to the element itself.
 */
export type StencilReactProps<I extends HTMLElement, E, C, R extends keyof C = never> = Omit<
  React.HTMLAttributes<I>,
  keyof E
> &
  EventHandlers<E> &
  Required<Pick<C, R>> &
  Partial<Omit<C, R>> &
  React.RefAttributes<I>;

/** A React component that renders the custom element `I`. */
export type StencilReactComponent<
  I extends HTMLElement,
  E extends Record<string, EventName | string> = {},
  C = Omit<I, keyof HTMLElement>,
  R extends keyof C = never,
> = React.FunctionComponent<StencilReactProps<I, E, C, R>>;
