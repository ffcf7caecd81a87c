import { MSG_MEDIA_TYPE } from '../../../../shared/contract/emails';
import { EVIDENCE_MAX_BYTES, type CustodyEntry } from '../../../../shared/contract/evidence';
import { formatUkDateTime } from '../../../../shared/time/ukTime';
import type { Evidence } from '../../../../shared/contract/evidence';
import { fileSizeText } from '../email/recipientView';

export const SOURCE_LABELS = {
  email: 'Email (.eml)',
  gateway_log: 'Gateway log',
  file: 'Attached file',
} as const satisfies Record<Evidence['source'], string>;

/** What the file is: an Outlook item is told apart from an .eml by the type it was kept under. */
export const sourceLabel = (e: Pick<Evidence, 'source' | 'mediaType'>) =>
  e.source === 'email' && e.mediaType === MSG_MEDIA_TYPE ? 'Email (Outlook .msg)' : SOURCE_LABELS[e.source];

const TYPE_NAMES: Record<string, string> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'image/heic': 'HEIC photo',
  'application/pdf': 'PDF document',
  'application/vnd.ms-outlook': 'Outlook message',
  'message/rfc822': 'Email message',
  'application/zip': 'Zip archive',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/x-cfb': 'Outlook or older Office file',
};

/** What the bytes say the file is, in words; the name's extension is never trusted. */
export function typeText(mediaType: string): string {
  if (mediaType === 'application/octet-stream') return 'Type not recognised from its content';
  return TYPE_NAMES[mediaType] ?? mediaType;
}

const STEP_WORDS = { added: 'Added', exported: 'Copy exported', removed: 'Removed' } as const satisfies Record<CustodyEntry['action'], string>;

/** One custody step as a line: what happened, when, by whom, and why for a removal. */
export function custodyText(step: CustodyEntry): string {
  const reason = step.reason === null ? '' : ` — ${step.reason}`;
  return `${STEP_WORDS[step.action]} ${formatUkDateTime(step.at)} by ${step.actor}${reason}`;
}

/** The Evidence tab's total: how many items, how much they hold, and the limit per file. */
export function totalText(count: number, totalBytes: number): string {
  const limit = `Each file may be up to ${EVIDENCE_MAX_BYTES / (1024 * 1024)} MB.`;
  if (count === 0) return `Nothing kept yet. ${limit}`;
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'item' : 'items'}, ${fileSizeText(totalBytes)} in all. ${limit}`;
}

/** Why a chosen file is not even sent to the core: the page says at once what the core would refuse. */
export function tooLargeText(file: { name: string; size: number }): string | null {
  return file.size > EVIDENCE_MAX_BYTES ? `${file.name} is larger than ${EVIDENCE_MAX_BYTES / (1024 * 1024)} MB, the most Casebook keeps as evidence.` : null;
}

export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
