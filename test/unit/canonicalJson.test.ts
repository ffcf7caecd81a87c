import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/core/audit/canonicalJson';

/** The IEEE 754 double with the given 64-bit pattern, as RFC 8785 Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** UTF-16 code-unit order written out by hand (RFC 8785 §3.2.3), independent of the `<` operator. */
function compareCodeUnits(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Rebuilds a JSON value with every object's keys inserted in a different order. */
function reorderKeys(value: unknown, pick: (n: number) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, pick));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const shuffled: [string, unknown][] = [];
  while (entries.length > 0) shuffled.push(entries.splice(pick(entries.length), 1)[0]!);
  // fromEntries defines own properties: assigning out['__proto__'] would set the prototype instead.
  return Object.fromEntries(shuffled.map(([k, v]) => [k, reorderKeys(v, pick)]));
}

describe('canonicalJson (RFC 8785)', () => {
  it('reproduces the RFC 8785 §3.2.2 example: sorted keys, ECMAScript numbers, minimal escapes', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('sorts keys by UTF-16 code units as in the RFC 8785 §3.2.3 example, putting an astral emoji before U+FB33', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('orders integer-like keys as strings, not in the numeric order JavaScript objects keep them', () => {
    expect(canonicalJson({ 10: 'a', 9: 'b', 1: 'c', a: 'd' })).toBe('{"1":"c","10":"a","9":"b","a":"d"}');
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the double 0x%s as %s (RFC 8785 Appendix B)', (hex, expected) => {
    expect(canonicalJson(double(hex))).toBe(expected);
    expect(canonicalJson([double(hex)])).toBe(`[${expected}]`);
  });

  it('writes -0 as 0 inside objects too', () => {
    expect(canonicalJson({ a: -0 })).toBe('{"a":0}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('refuses %s, which has no JSON form, wherever it appears', (_name, n) => {
    expect(() => canonicalJson(n)).toThrow(TypeError);
    expect(() => canonicalJson({ deep: [1, { n }] })).toThrow(TypeError);
  });

  it('escapes only quote, backslash and control characters, using the short forms where JSON has them', () => {
    expect(canonicalJson('"\\\b\f\n\r\t\u0000\u001f\u007f/é€😀')).toBe('"\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\u007f/é€😀"');
  });

  it('writes no whitespace between tokens', () => {
    expect(canonicalJson({ b: [1, { d: null, c: true }], a: 'x y' })).toBe('{"a":"x y","b":[1,{"c":true,"d":null}]}');
  });

  it('drops undefined members of objects and writes undefined array elements as null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('refuses a value with no JSON form at the top level', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });

  it('parses back to the same JSON data for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        expect(JSON.parse(canonicalJson(x))).toEqual(JSON.parse(JSON.stringify(x)));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: canonicalising the parsed canonical form changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        const once = canonicalJson(x);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same text whatever order the keys were inserted in, at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.infiniteStream(fc.nat()), (x, choices) => {
        const stream = choices[Symbol.iterator]();
        const pick = (n: number) => (stream.next().value as number) % n;
        expect(canonicalJson(reorderKeys(x, pick))).toBe(canonicalJson(x));
      }),
      { numRuns: 500 },
    );
  });

  it('puts any two distinct keys, including astral and surrogate characters, in UTF-16 code-unit order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        fc.pre(a !== b);
        const [first, second] = [a, b].sort(compareCodeUnits) as [string, string];
        const expected = `{${JSON.stringify(first)}:1,${JSON.stringify(second)}:2}`;
        expect(canonicalJson({ [second]: 2, [first]: 1 })).toBe(expected);
        expect(canonicalJson({ [first]: 1, [second]: 2 })).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
