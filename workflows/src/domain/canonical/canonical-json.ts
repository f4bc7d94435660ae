/**
 * The one serialisation of a document that is hashed and signed. Two parties that hold the same
 * content must produce the same bytes, whatever order their objects' keys were built in, so:
 * keys sorted by Unicode code point, no whitespace, `undefined` properties left out. Only values
 * that mean the same everywhere are accepted — strings, booleans, null, safe integers, arrays and
 * plain objects; anything else (a fractional or unsafe number, a Date, a Map, a class instance, a
 * cycle) is a `TypeError`, so an amount can never slip in as a float that another runtime would
 * print differently.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '$', new Set());
}

function serialize(value: unknown, path: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      // JSON.stringify escapes lone surrogates (ES2019), so distinct strings never share bytes.
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new TypeError(`canonicalJson accepts only safe integers: ${path} is ${String(value)}.`);
      }
      // -0 and 0 are the same amount: both print as 0.
      return String(value === 0 ? 0 : value);
    case 'object':
      if (value === null) return 'null';
      if (ancestors.has(value)) throw new TypeError(`canonicalJson met a cycle at ${path}.`);
      ancestors.add(value);
      try {
        return Array.isArray(value)
          ? serializeArray(value, path, ancestors)
          : serializeObject(value, path, ancestors);
      } finally {
        ancestors.delete(value);
      }
    default:
      throw new TypeError(`canonicalJson cannot represent ${path}, a ${typeof value}.`);
  }
}

function serializeArray(array: readonly unknown[], path: string, ancestors: Set<object>): string {
  const items: string[] = [];
  // A plain index loop so holes are seen (as undefined, which is refused) rather than skipped.
  for (let i = 0; i < array.length; i++) {
    if (array[i] === undefined)
      throw new TypeError(`canonicalJson cannot represent undefined at ${path}[${i}].`);
    items.push(serialize(array[i], `${path}[${i}]`, ancestors));
  }
  return `[${items.join(',')}]`;
}

function serializeObject(object: object, path: string, ancestors: Set<object>): string {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(
      `canonicalJson accepts only plain objects: ${path} is a ${object.constructor?.name ?? 'object'}.`,
    );
  }
  const record = object as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort(compareCodePoints)) {
    if (record[key] === undefined) continue;
    members.push(`${JSON.stringify(key)}:${serialize(record[key], `${path}.${key}`, ancestors)}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * Code point order, not JavaScript's default UTF-16 code unit order: the two differ for characters
 * above U+FFFF (emoji, rare CJK), and code point order is what every other language sorts by.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const l = left.next();
    const r = right.next();
    if (l.done || r.done) return l.done && r.done ? 0 : l.done ? -1 : 1;
    const difference = l.value.codePointAt(0)! - r.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}
