import MsgReader, { type FieldsData } from '@kenjiuno/msgreader';
import { AppError } from '../../../shared/contract/result';

/** Every compound file (.msg, and .doc/.xls of Office 97–2003) starts with these eight bytes. */
const COMPOUND_FILE_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** The compound-file header, which holds the sector size at byte 30. */
const HEADER_BYTES = 512;

/** Strings in a non-Unicode .msg are in the sender's Windows code page; a UK one is Windows-1252. */
const DEFAULT_CODE_PAGE = 1252;

export type OpenedMsg = { fields: FieldsData; reader: MsgReader; warnings: string[] };

export function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= COMPOUND_FILE_SIGNATURE.length && bytes.subarray(0, COMPOUND_FILE_SIGNATURE.length).equals(COMPOUND_FILE_SIGNATURE);
}

/** Empty, or as much of the signature as there is: a compound file cut short before its signature ends. */
export function isCompoundFileStart(bytes: Buffer): boolean {
  const length = Math.min(bytes.length, COMPOUND_FILE_SIGNATURE.length);
  return bytes.subarray(0, length).equals(COMPOUND_FILE_SIGNATURE.subarray(0, length));
}

function refuse(name: string, message: string): never {
  throw new AppError('INVALID_INPUT', message, [{ path: 'fileId', message: `${name} cannot be read as an email` }]);
}

/**
 * Opens an Outlook .msg with @kenjiuno/msgreader, refusing a file cut short or damaged. The reader itself
 * reads past a cut without complaint, so the size is checked first: a compound file is a whole number of
 * sectors (512 or 4,096 bytes, as its header says), and Outlook always writes it so.
 */
export function openMsg(name: string, bytes: Buffer): OpenedMsg {
  if (bytes.length === 0) refuse(name, `${name} is empty (0 bytes). Copy the file again, or save the email from Outlook again.`);
  if (bytes.length < HEADER_BYTES) {
    refuse(
      name,
      `${name} is cut short: it is ${bytes.length.toLocaleString('en-GB')} bytes, less than the ${HEADER_BYTES}-byte header every Outlook message starts with. Copy the file again, or save the email from Outlook again.`,
    );
  }
  const sectorShift = bytes.readUInt16LE(30);
  if (sectorShift !== 9 && sectorShift !== 12) {
    refuse(name, `${name} is damaged: its header does not give a sector size an Outlook message can have. Copy the file again, or save the email from Outlook again.`);
  }
  const sector = 2 ** sectorShift;
  if (bytes.length < 3 * sector || bytes.length % sector !== 0) {
    refuse(
      name,
      `${name} is cut short: it is ${bytes.length.toLocaleString('en-GB')} bytes, which is not a whole number of the ${sector.toLocaleString('en-GB')}-byte sectors an Outlook message is made of. Copy the file again, or save the email from Outlook again.`,
    );
  }
  const first = read(name, bytes, `cp${DEFAULT_CODE_PAGE}`);
  const codePage = first.fields.messageCodepage;
  if (codePage === undefined || codePage === DEFAULT_CODE_PAGE) return { ...first, warnings: [] };
  try {
    return { ...read(name, bytes, encodingOf(codePage)), warnings: [] };
  } catch {
    return {
      ...first,
      warnings: [
        `The message was written in Windows code page ${codePage}, which Casebook cannot decode: letters outside English in its names and subject may be shown wrongly.`,
      ],
    };
  }
}

function read(name: string, bytes: Buffer, ansiEncoding: string): { fields: FieldsData; reader: MsgReader } {
  // The reader takes the whole ArrayBuffer it is given, so it gets an exact copy, never a view of a pooled buffer.
  const reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
  reader.parserConfig = { ansiEncoding };
  boundWalk(reader, bytes.length);
  let fields: FieldsData;
  try {
    fields = reader.getFileData();
  } catch {
    refuse(name, `${name} is damaged: its internal structure could not be read. Copy the file again, or save the email from Outlook again.`);
  }
  if (fields.error) refuse(name, `${name} is not an Outlook message (${fields.error}). Choose the email saved from Outlook.`);
  return { fields, reader };
}

/** iconv-lite's name for a Windows code page (PidTagMessageCodepage). */
function encodingOf(codePage: number): string {
  if (codePage === 65001) return 'utf8';
  if (codePage >= 28591 && codePage <= 28605) return `iso8859${codePage - 28590}`;
  return `cp${codePage}`;
}

/** The parts of msgreader's internal compound-file reader that walk the file: sector chains and the directory tree. */
type CompoundReader = {
  getNextBlock(sector: number): number;
  getNextBlockSmall(sector: number): number;
  getBlockAt(sector: number): Int32Array;
  readProperty(entry: { sizeBlock: number }): Uint8Array;
  createPropertyHierarchy(entries: DirectoryEntry[], node: DirectoryEntry | undefined): void;
};
type DirectoryEntry = { childProperty: number; previousProperty: number; nextProperty: number };

/** A directory entry's "no sibling / no child" (0xFFFFFFFF, read as a signed integer). */
const NO_ENTRY = -1;

/**
 * msgreader follows a damaged file's sector chains and directory links wherever they point: a chain that
 * loops back, or a directory entry that is its own sibling, sends it round for ever, allocating until the
 * core's worker runs out of memory (a file with one zeroed sector did, on 8 Dec 2026). Its walk is
 * bounded here without reading the file ourselves: every sector step is counted against what a file of this
 * size can hold (each 64-byte unit read a few times over), no stream may claim to be larger than the file,
 * and the directory is checked to be a tree (each entry reached once) before msgreader walks it.
 */
function boundWalk(msg: MsgReader, size: number): void {
  const inner = (msg as unknown as { reader: CompoundReader }).reader;
  let steps = Math.ceil(size / 64) * 8 + 64;
  const step = () => {
    if (--steps < 0) throw new Error('The sector chains loop.');
  };
  const next = inner.getNextBlock.bind(inner);
  const nextSmall = inner.getNextBlockSmall.bind(inner);
  const block = inner.getBlockAt.bind(inner);
  const readProperty = inner.readProperty.bind(inner);
  const hierarchy = inner.createPropertyHierarchy.bind(inner);
  inner.getNextBlock = (sector) => (step(), next(sector));
  inner.getNextBlockSmall = (sector) => (step(), nextSmall(sector));
  inner.getBlockAt = (sector) => (step(), block(sector));
  inner.readProperty = (entry) => {
    if (entry.sizeBlock > size) throw new Error('A stream claims to be larger than the file.');
    return readProperty(entry);
  };
  let isTreeChecked = false;
  inner.createPropertyHierarchy = (entries, node) => {
    if (!isTreeChecked) {
      checkTree(entries);
      isTreeChecked = true;
    }
    hierarchy(entries, node);
  };
}

function checkTree(entries: DirectoryEntry[]): void {
  const seen = new Set<number>();
  const pending = [0];
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (index === NO_ENTRY) continue;
    const entry = entries[index];
    if (!entry || seen.has(index)) throw new Error('The directory is not a tree.');
    seen.add(index);
    pending.push(entry.childProperty, entry.previousProperty, entry.nextProperty);
  }
}
