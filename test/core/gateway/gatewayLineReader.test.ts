import { describe, expect, it } from 'vitest';
import { createRecordReader } from '../../../electron/core/gateway/lineReader';

/** Feeds the bytes in pieces of `size`, so every boundary (inside a quote, a CRLF, a UTF-8 character) is crossed. */
function records(text: string | Uint8Array, size: number): [number, string[]][] {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const out: [number, string[]][] = [];
  const reader = createRecordReader('t.csv', (fields, line) => out.push([line, fields]));
  for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size));
  reader.end();
  return out;
}

describe('the gateway-log record reader', () => {
  const text = '\uFEFFa,b,c\r\n1,"two, with comma","three ""quoted"""\r\n\r\n4,"five\r\nlines\nhere",Zoë ✉\n7,8,9';
  const expected: [number, string[]][] = [
    [1, ['a', 'b', 'c']],
    [2, ['1', 'two, with comma', 'three "quoted"']],
    [4, ['4', 'five\r\nlines\nhere', 'Zoë ✉']],
    [7, ['7', '8', '9']],
  ];

  it.each([1, 2, 3, 7, 1024])('reads the same records whatever the chunk size (%i bytes)', (size) => {
    expect(records(text, size)).toEqual(expected);
  });

  it('reads an empty last field and an empty quoted field', () => {
    expect(records('a,,\n"",x,""\n', 4)).toEqual([
      [1, ['a', '', '']],
      [2, ['', 'x', '']],
    ]);
  });

  it('names the line of a quote never closed, and of text after a closing quote', () => {
    expect(() => records('a,b\n1,"open\n2,3\n', 5)).toThrow(/^t\.csv, line 2: a quoted field is never closed/);
    expect(() => records('a,b\n1,"x"y\n', 5)).toThrow(/^t\.csv, line 2: a quoted field has text after its closing quote/);
  });
});
