/**
 * Text for any value a parser was handed, for use in an error message. String() can throw (an object
 * whose toString is not a function, a revoked proxy), and the parsers promise never to throw.
 */
export function describeValue(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `[${typeof value}]`;
  }
}
