/**
 * For elements that are `aria-busy` while what they show is about to be redrawn (code grammars, KaTeX): waits
 * until `done()` and the element is no longer busy, and returns every state seen on the way (between tasks, as
 * a reader or a test sees them) in which it was not busy but not done either: that list should be empty.
 */
import { vi } from 'vitest';

export async function idleButUnfinishedStates(root: Element, busy: () => Element, done: () => boolean): Promise<string[]> {
  const seen: string[] = [];
  const check = () => {
    const element = busy();
    if (!element.hasAttribute('aria-busy') && !done()) seen.push(element.innerHTML);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { attributes: true, childList: true, subtree: true, characterData: true });
  check();
  try {
    await vi.waitFor(() => {
      if (!done() || busy().hasAttribute('aria-busy')) throw new Error('still drawing');
    });
  } finally {
    observer.disconnect();
  }
  return seen;
}
