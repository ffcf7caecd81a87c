import { AppError } from '../../../shared/contract/result';
import type { RegisteredFile } from '../files/fileRegistry';

/** An .eml with its attachments is rarely over a few MB; beyond this it is not an email or not worth holding in memory. */
export const MAX_EML_BYTES = 50 * 1024 * 1024;

const HEADER = /^[\x21-\x39\x3b-\x7e]+:/;
const CONTINUATION = /^[ \t]/;
/** mbox exports put a "From sender date" separator before the headers. */
const MBOX_SEPARATOR = /^From /;
/** Control characters never found in a header block (tab, CR and LF are). */
const BINARY = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
const ADDRESS_HEADERS = new Set(['from', 'to', 'cc', 'bcc']);

function refuse(name: string, message: string): never {
  throw new AppError('INVALID_INPUT', message, [{ path: 'fileId', message: `${name} cannot be read as an email` }]);
}

/** The file's bytes, once its size is known to be sane (the size is checked before anything is read). */
export function readEmlBytes(file: RegisteredFile): Buffer {
  if (file.size > MAX_EML_BYTES) {
    const mb = Math.ceil(file.size / (1024 * 1024));
    refuse(file.name, `${file.name} is ${mb} MB; Casebook imports emails up to 50 MB. Save the message without its large attachments and import that copy.`);
  }
  return file.readAll();
}

/**
 * Proves the bytes are an email before a parser sees them: postal-mime reads anything (a text note
 * becomes a message whose "headers" are its lines), so the shape is checked here, naming the line
 * that is wrong so the officer can tell a wrong file from a damaged one.
 */
export function checkEmlShape(name: string, bytes: Buffer): void {
  const text = bytes.toString('latin1');
  if (text.trim().length === 0) {
    refuse(name, `${name} is empty (${bytes.length} bytes). Choose the .eml file again; if it was copied from removable media, copy it again.`);
  }
  const lines = text.split(/\r?\n/);
  const first = MBOX_SEPARATOR.test(lines[0]!) ? 1 : 0;
  let end = lines.findIndex((line, i) => i >= first && line.length === 0);
  if (end < 0) end = lines.length;
  if (end === first) {
    refuse(
      name,
      `${name} is not an email: line ${first + 1} is blank where its headers (From:, To:, Subject:) should start. Choose the .eml file saved from the mail client.`,
    );
  }
  const names = new Set<string>();
  for (let i = first; i < end; i++) {
    const line = lines[i]!;
    if (BINARY.test(line)) {
      refuse(name, `${name} is not an email: line ${i + 1} holds binary data. Choose the .eml file saved from the mail client.`);
    }
    if (HEADER.test(line)) names.add(line.slice(0, line.indexOf(':')).toLowerCase());
    else if (!(CONTINUATION.test(line) && i > first)) {
      refuse(name, `${name} is not an email: line ${i + 1} is not a header of the form "Name: value". Choose the .eml file saved from the mail client.`);
    }
  }
  if (![...names].some((n) => ADDRESS_HEADERS.has(n))) {
    refuse(name, `${name} is not an email: its headers (lines ${first + 1}–${end}) have no From, To, Cc or Bcc. Choose the .eml file saved from the mail client.`);
  }
  checkBoundaries(name, text, lines);
}

/** Every multipart section must close (`--boundary--`); a file cut off in transfer does not. */
function checkBoundaries(name: string, text: string, lines: string[]): void {
  const closings = new Set(lines.map((l) => l.trimEnd()));
  for (const header of text.matchAll(/^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim)) {
    const value = header[0];
    if (!/multipart\//i.test(value)) continue;
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(value);
    const marker = boundary && `--${boundary[1] ?? boundary[2]}--`;
    if (marker && !closings.has(marker)) {
      const lastLine = lines.at(-1) === '' ? lines.length - 1 : lines.length;
      refuse(
        name,
        `${name} is cut short: it ends at line ${lastLine} inside a multipart section whose closing boundary (${marker}) never appears. Save the email from the mail client again and import the new file.`,
      );
    }
  }
}
