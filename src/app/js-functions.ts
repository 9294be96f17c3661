/**
 * Client-side `js` functions of dependencies. Running a server's JavaScript in the embedding page is a risk
 * to that page's origin, so it happens only when the page opts in (`<gradio-app allow-js>`). Gradio itself
 * generates constant functions such as the Interface's Clear button (`() => [null, null]`): those are
 * recognised as data and applied without running anything.
 */

/** The value a constant arrow function returns, if `js` is one (`() => <JSON>`); otherwise `undefined`. */
export function constantResult(js: string): { value: unknown } | undefined {
  const match = /^\s*\(\s*\)\s*=>\s*([\s\S]+?)\s*;?\s*$/.exec(js);
  if (!match) return undefined;
  try {
    return { value: JSON.parse(match[1]) };
  } catch {
    return undefined;
  }
}

/** Runs a dependency's `js` function with the given arguments (only with the page's consent). */
export async function runJs(js: string, args: unknown[]): Promise<unknown> {
  // Opt-in only (allow-js): the function text is the app's own, evaluated in global scope.
  // biome-ignore lint/security/noGlobalEval: running the app's JavaScript is what the page asked for.
  const fn = globalThis.eval(`(${js})`) as unknown;
  if (typeof fn !== 'function') throw new Error('the dependency js is not a function');
  return await fn(...args);
}
