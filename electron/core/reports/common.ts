import { MARKINGS, type Marking } from '../../../shared/domain/vocabulary';
import type { ReportBlock } from '../../../shared/contract/reports';
import { formatUkDate, formatUkDateTime } from '../../../shared/time/ukTime';
import type { Incident } from '../../../shared/contract/incidents';
import type { ExternalNotification } from '../../../shared/contract/notifications';
import { EXTERNAL_RECIPIENT_LABELS } from '../../../shared/domain/vocabulary';

/** What every report says where the record does not (yet) hold an answer: shown, never invented. */
export const NOT_YET_KNOWN = 'Not yet known';

/** Who generated a report and when: printed in every page's footer. */
export type ReportMeta = { generatedAt: number; actor: string };

export function footerOf(meta: ReportMeta): string {
  return `Generated ${formatUkDateTime(meta.generatedAt)} by ${meta.actor} from Casebook`;
}

/** The higher of markings, in GSCP order (OFFICIAL < OFFICIAL-SENSITIVE < SECRET < TOP SECRET). */
export function highestMarking(markings: Iterable<Marking | null | undefined>, floor: Marking = 'OFFICIAL'): Marking {
  let rank = MARKINGS.indexOf(floor);
  for (const m of markings) if (m) rank = Math.max(rank, MARKINGS.indexOf(m));
  return MARKINGS[rank]!;
}

/**
 * A report about one incident carries the marking of the record it is drawn from: the officer marks the
 * record for what it says. The material's marking (e.g. SECRET papers lost) is reported in the text; the
 * material itself is never in the report, so it does not raise the report's marking.
 */
export function incidentReportMarking(incident: Pick<Incident, 'recordMarking'>): Marking {
  return incident.recordMarking;
}

export const ukDateTimeOr = (ms: number | null | undefined) => (ms == null ? NOT_YET_KNOWN : formatUkDateTime(ms));
export const ukDateOr = (ms: number | null | undefined) => (ms == null ? NOT_YET_KNOWN : formatUkDate(ms));
export const textOr = (text: string | null | undefined, missing = NOT_YET_KNOWN) => (text && text.trim() ? text.trim() : missing);

export type FieldRow = { label: string; value: string; isMissing: boolean };

/** A label and its answer; an empty answer is shown as "Not yet known" and flagged as missing. */
export function field(label: string, value: string | number | null | undefined, missing = NOT_YET_KNOWN): FieldRow {
  const text = value == null ? '' : String(value).trim();
  return text ? { label, value: text, isMissing: false } : { label, value: missing, isMissing: true };
}

export const heading = (text: string, level: 1 | 2 = 2): ReportBlock => ({ type: 'heading', text, level });
export const paragraph = (text: string, tone: 'normal' | 'missing' | 'note' = 'normal'): ReportBlock => ({ type: 'paragraph', text, tone });
/** A paragraph of the officer's text, or "Not yet known" in the missing tone. */
export const paragraphOr = (text: string | null | undefined, missing = NOT_YET_KNOWN): ReportBlock =>
  text && text.trim() ? paragraph(text.trim()) : paragraph(missing, 'missing');
export const fields = (rows: FieldRow[]): ReportBlock => ({ type: 'fields', rows });
export const bullets = (items: string[]): ReportBlock => ({ type: 'bullets', items });
export const table = (columns: string[], rows: string[][]): ReportBlock => ({ type: 'table', columns, rows });

/** "1 person", "3 people". */
export const people = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'person' : 'people'}`;

/** Names safe in file names on every platform. */
export function safeFileStem(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'report'
  );
}

/** "Police (Kent)", or just the organisation's name when it is "other". */
export function recipientName(n: Pick<ExternalNotification, 'recipient' | 'recipientDetail'>): string {
  if (n.recipient === 'other' && n.recipientDetail) return n.recipientDetail;
  return `${EXTERNAL_RECIPIENT_LABELS[n.recipient]}${n.recipientDetail ? ` (${n.recipientDetail})` : ''}`;
}
