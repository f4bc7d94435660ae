/**
 * An order's fields read defensively: validation is handed whatever JSON arrived, so anything that
 * is not an object reads as one without fields, and every rule then reports its field as missing.
 */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
