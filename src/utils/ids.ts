let counter = 0;

/** A document-unique id for tying a label or description to its control (`aria-labelledby`, `for`). */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
