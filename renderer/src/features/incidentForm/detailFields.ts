import type { DETAILS_SCHEMAS } from '../../../../shared/domain/incidentDetails';
import {
  CYBER_IMPACT_LABELS,
  CYBER_IMPACTS,
  CYBER_RECOVERY_TIME_LABELS,
  CYBER_RECOVERY_TIMES,
  CYBER_TYPE_LABELS,
  CYBER_TYPES,
  YES_NO_UNKNOWN,
  YES_NO_UNKNOWN_LABELS,
  type IncidentKind,
} from '../../../../shared/domain/vocabulary';
import type { z } from '../../../../shared/zodConfig';

/**
 * How each kind's details (shared/domain/incidentDetails.ts) appear in the form. Every value is held
 * in the form as text and converted at the edge: lists one per line, yes/no/unknown as a select,
 * date-times as DD/MM/YYYY HH:MM.
 */
export type DetailFieldType = 'text' | 'longText' | 'list' | 'count' | 'dateTime' | 'yesNo' | 'choice';

export type DetailField<Name extends string = string> = {
  name: Name;
  label: string;
  type: DetailFieldType;
  description?: string;
  /** For `choice`: the options, and whether "not recorded" (null) is one of them. */
  options?: readonly { value: string; label: string }[];
  isNullable?: boolean;
};

type DetailName<K extends IncidentKind> = keyof z.output<(typeof DETAILS_SCHEMAS)[K]> & string;

const choices = <V extends string>(values: readonly V[], labels: Record<V, string>) => values.map((value) => ({ value, label: labels[value] }));

const CIA = choices(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS);

const ONE_PER_LINE = 'One address per line';

export const DETAIL_FIELDS: { [K in IncidentKind]: readonly DetailField<DetailName<K>>[] } = {
  misdirected_email: [
    { name: 'sender', label: 'Sender', type: 'text' },
    { name: 'sentAt', label: 'Sent at', type: 'dateTime' },
    { name: 'intendedRecipients', label: 'Intended recipients', type: 'list', description: ONE_PER_LINE },
    { name: 'actualRecipients', label: 'Actual recipients', type: 'list', description: ONE_PER_LINE },
    { name: 'messageId', label: 'Message-ID', type: 'text' },
    { name: 'recallAttempted', label: 'Recall attempted?', type: 'yesNo' },
    { name: 'recipientResponse', label: 'Recipient’s response', type: 'longText' },
  ],
  cc_exposure: [
    { name: 'sender', label: 'Sender', type: 'text' },
    { name: 'sentAt', label: 'Sent at', type: 'dateTime' },
    { name: 'recipientsExposed', label: 'Number of recipients exposed', type: 'count' },
    { name: 'recipients', label: 'Recipients', type: 'list', description: ONE_PER_LINE },
    { name: 'messageId', label: 'Message-ID', type: 'text' },
  ],
  misdirected_post: [
    { name: 'intendedAddressee', label: 'Intended addressee', type: 'text' },
    { name: 'actualAddressee', label: 'Actual addressee', type: 'text' },
    { name: 'item', label: 'Item sent', type: 'longText' },
  ],
  lost_document: [
    { name: 'documentDescription', label: 'What was lost', type: 'longText' },
    { name: 'pageCount', label: 'Pages or items', type: 'count' },
    { name: 'lostWhere', label: 'Where it was lost', type: 'text' },
    { name: 'lostAt', label: 'When it was lost', type: 'dateTime' },
    { name: 'foundBy', label: 'Found by', type: 'text' },
    { name: 'recovered', label: 'Recovered?', type: 'yesNo' },
    { name: 'onwardDisclosure', label: 'Onward disclosure (e.g. to the press)', type: 'longText' },
  ],
  lost_device: [
    { name: 'deviceType', label: 'Device type', type: 'text' },
    { name: 'assetTag', label: 'Asset tag', type: 'text' },
    { name: 'encrypted', label: 'Encrypted?', type: 'yesNo' },
    { name: 'remoteWiped', label: 'Remotely wiped?', type: 'yesNo' },
  ],
  unauthorised_disclosure: [
    { name: 'how', label: 'How it was disclosed', type: 'longText' },
    { name: 'toWhom', label: 'To whom', type: 'text' },
  ],
  insecure_disposal: [
    { name: 'what', label: 'What was disposed of', type: 'longText' },
    { name: 'where', label: 'Where', type: 'text' },
  ],
  cyber: [
    {
      name: 'cyberType',
      label: 'Type of attack',
      type: 'choice',
      isNullable: true,
      options: choices(CYBER_TYPES, CYBER_TYPE_LABELS),
    },
    { name: 'confidentialityAffected', label: 'Confidentiality affected?', type: 'choice', options: CIA },
    { name: 'integrityAffected', label: 'Integrity affected?', type: 'choice', options: CIA },
    { name: 'availabilityAffected', label: 'Availability affected?', type: 'choice', options: CIA },
    {
      name: 'impact',
      label: 'Impact on the organisation',
      type: 'choice',
      options: choices(CYBER_IMPACTS, CYBER_IMPACT_LABELS),
    },
    {
      name: 'recoveryTime',
      label: 'Recovery time',
      type: 'choice',
      options: choices(CYBER_RECOVERY_TIMES, CYBER_RECOVERY_TIME_LABELS),
    },
  ],
  other: [{ name: 'summary', label: 'Details', type: 'longText' }],
};

/** The detail fields of a kind, without the per-kind name typing (for rendering and conversion). */
export function detailFieldsOf(kind: IncidentKind): readonly DetailField[] {
  return DETAIL_FIELDS[kind];
}
