import { StringDecoder } from 'node:string_decoder';
import { AppError } from '../../../shared/contract/result';

/** A longer line is not a log line: refusing it bounds the memory a malformed file can take. */
export const MAX_LINE_CHARS = 1024 * 1024;

/** Receives each record of a comma-separated file with the line it starts on (1-based, as an editor counts). */
export type RecordSink = (fields: string[], line: number) => void;

/** An INVALID_INPUT that names the file and the line, so the officer can open the file and look. */
export function badLine(fileName: string, line: number, problem: string): AppError {
  return new AppError('INVALID_INPUT', `${fileName}, line ${line}: ${problem}`);
}

/**
 * Splits a comma-separated file (RFC 4180 quoting, quoted fields may hold commas and newlines) fed in
 * chunks of bytes, without holding the file: what is left over between chunks is at most one record.
 * CRLF and LF endings are both read; a UTF-8 byte-order mark is dropped; blank lines are skipped.
 * Records are handed to the sink synchronously, so a chunk is parsed in one go.
 */
export function createRecordReader(fileName: string, sink: RecordSink) {
  // StringDecoder (Buffer's UTF-8 decoder, holding a character split between chunks) decodes a 32 MB log
  // about twice as fast as TextDecoder; invalid bytes become U+FFFD either way.
  const decoder = new StringDecoder('utf8');
  let started = false;
  let carry = '';
  let line = 1;

  function decode(bytes: Uint8Array | null): string {
    const text = bytes ? decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : decoder.end();
    if (started || text.length === 0) return text;
    started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  function drain(final: boolean): void {
    let pos = 0;
    const text = carry;
    // Where the next quote is, found once rather than searched for again from every line (a log with no
    // quotes would otherwise be scanned to the end of the chunk for each of its lines).
    let quote = -2;
    for (;;) {
      if (pos >= text.length) break;
      const nl = text.indexOf('\n', pos);
      const lineEnd = nl === -1 ? text.length : nl;
      if (nl === -1 && !final) break;
      if (lineEnd - pos > MAX_LINE_CHARS) throw tooLong();
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (quote === -1 || quote > lineEnd) {
        // The common case: no quoting on this line, so a plain split is exact.
        const raw = text.charCodeAt(lineEnd - 1) === 13 && lineEnd > pos ? text.slice(pos, lineEnd - 1) : text.slice(pos, lineEnd);
        if (raw.length > 0) sink(raw.split(','), line);
        line += 1;
        pos = lineEnd + 1;
        continue;
      }
      const parsed = parseQuoted(text, pos, final);
      if (parsed === null) break;
      if (parsed.end - pos > MAX_LINE_CHARS) throw tooLong();
      sink(parsed.fields, line);
      line += parsed.newlines;
      pos = parsed.end;
    }
    carry = text.slice(pos);
    if (carry.length > MAX_LINE_CHARS) throw tooLong();
  }

  const tooLong = () =>
    badLine(fileName, line, 'this line is longer than 1 MB, so this is not a mail log (or a quoted field is never closed). Check that you chose the right file.');

  /** One record that contains quotes, from `start`; null when the chunk ends inside it (more is coming). */
  function parseQuoted(s: string, start: number, final: boolean): { fields: string[]; end: number; newlines: number } | null {
    const fields: string[] = [];
    let i = start;
    let newlines = 0;
    for (;;) {
      if (s.charCodeAt(i) === 34) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = s.indexOf('"', from);
          if (q === -1) {
            if (!final) return null;
            throw badLine(fileName, line, 'a quoted field is never closed (a " is missing). Check the file was exported completely, then try again.');
          }
          value += s.slice(from, q);
          if (s.charCodeAt(q + 1) === 34) {
            value += '"';
            from = q + 2;
            continue;
          }
          if (q + 1 >= s.length && !final) return null;
          i = q + 1;
          break;
        }
        newlines += countNewlines(value);
        fields.push(value);
        const c = s.charCodeAt(i);
        if (c === 44) {
          i += 1;
          continue;
        }
        if (i >= s.length) return { fields, end: i, newlines: newlines + 1 };
        if (c === 10) return { fields, end: i + 1, newlines: newlines + 1 };
        if (c === 13 && s.charCodeAt(i + 1) === 10) return { fields, end: i + 2, newlines: newlines + 1 };
        if (c === 13 && i + 1 >= s.length && !final) return null;
        throw badLine(
          fileName,
          line + newlines,
          'a quoted field has text after its closing quote. Inside a quoted field a quote must be doubled (""). Correct the file or export it again.',
        );
      }
      const comma = s.indexOf(',', i);
      const nl = s.indexOf('\n', i);
      if (comma !== -1 && (nl === -1 || comma < nl)) {
        fields.push(s.slice(i, comma));
        i = comma + 1;
        continue;
      }
      if (nl === -1 && !final) return null;
      const end = nl === -1 ? s.length : nl;
      fields.push(s.slice(i, end > i && s.charCodeAt(end - 1) === 13 ? end - 1 : end));
      return { fields, end: nl === -1 ? s.length : nl + 1, newlines: newlines + 1 };
    }
  }

  return {
    push(bytes: Uint8Array): void {
      carry += decode(bytes);
      drain(false);
    },
    end(): void {
      carry += decode(null);
      drain(true);
    },
  };
}

function countNewlines(value: string): number {
  let n = 0;
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) n += 1;
  return n;
}
