import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson, compareCodePoints } from './canonical-json.js';

/** Values canonicalJson accepts: JSON without fractional numbers. */
const { value: jsonValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.boolean(),
    fc.constant(null),
    fc.maxSafeInteger(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 5 }),
  ),
}));

/** The same value with every object's keys inserted in an order the permutation seed picks. */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const shuffled: [string, unknown][] = [];
  let state = seed;
  while (entries.length > 0) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    shuffled.push(entries.splice(state % entries.length, 1)[0]!);
  }
  return Object.fromEntries(shuffled.map(([key, item]) => [key, shuffleKeys(item, seed + 1)]));
}

describe(canonicalJson.name, () => {
  it('sorts keys and leaves out whitespace, whatever order the object was built in', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 'z', y: -2 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":-2,"z":"z"}}',
    );
    expect(canonicalJson({ c: { y: -2, z: 'z' }, a: [true, null, 'x'], b: 1 })).toBe(
      canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 'z', y: -2 } }),
    );
  });

  it('leaves out properties whose value is undefined', () => {
    expect(canonicalJson({ kbk: undefined, knp: '911' })).toBe('{"knp":"911"}');
  });

  it('sorts keys by code point, not by UTF-16 code unit', () => {
    // U+FFFF sorts after U+1F600's leading surrogate (U+D83D) in code units, before it in code points.
    expect(canonicalJson({ '\u{1F600}': 1, '\uFFFF': 2 })).toBe('{"\uFFFF":2,"\u{1F600}":1}');
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('ab', 'ab')).toBe(0);
  });

  it('writes strings as JSON does, escaping what must be escaped and lone surrogates', () => {
    expect(canonicalJson('Төлем "№1"\n')).toBe('"Төлем \\"№1\\"\\n"');
    expect(canonicalJson('\uD800')).toBe('"\\ud800"');
  });

  it('writes -0 as 0', () => {
    expect(canonicalJson(-0)).toBe('0');
  });

  it('accepts objects made without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 53)])(
    'refuses the number %d, so money cannot arrive as a float',
    (value) => {
      expect(() => canonicalJson({ amount: value })).toThrow(TypeError);
    },
  );

  it.each([
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['undefined at the top', undefined],
    ['undefined in an array', [1, undefined]],
    ['an array hole', new Array<unknown>(2)],
  ])('refuses %s', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('refuses a cycle instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('gives the same text whatever order keys were inserted in', () => {
    fc.assert(
      fc.property(jsonValue, fc.nat(), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('writes JSON that parses back to the same value', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(value);
      }),
    );
  });
});
