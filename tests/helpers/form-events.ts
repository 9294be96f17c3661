/**
 * Records the `gr-*` events an element emits, as `[name, detail]` pairs in order, for the form elements'
 * spec and browser tests.
 */
export function listen(root: Element, names: string[]): Array<[string, unknown]> {
  const calls: Array<[string, unknown]> = [];
  for (const name of names) root.addEventListener(name, (event) => calls.push([name, (event as CustomEvent).detail]));
  return calls;
}
