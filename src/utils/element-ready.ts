/**
 * Waiting for one of the kit's elements to have loaded (its first render done, its `@Method`s usable).
 *
 * Stencil's lazy build (the CDN entry) gives every element `componentOnReady()`; its custom-elements build
 * (`dist/components`, and the one-tag embed made from it) does not. There an element is loaded once it is
 * defined and Stencil has set its `hydrated` class, which it does after the first render.
 */
export function elementReady(element: Element): Promise<void> {
  const onReady = (element as { componentOnReady?: () => Promise<unknown> }).componentOnReady;
  if (typeof onReady === 'function') return onReady.call(element).then(() => undefined);
  return customElements.whenDefined(element.localName).then(() => hydrated(element));
}

function hydrated(element: Element): Promise<void> {
  if (element.classList.contains('hydrated')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!element.classList.contains('hydrated')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, attributeFilter: ['class'] });
  });
}
