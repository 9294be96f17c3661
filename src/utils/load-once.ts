/**
 * A module (or anything) loaded at most once: every caller shares the first load, and a failed load is tried
 * again by the next caller rather than cached (a dropped connection should not break the feature for good).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
