import { AppError } from '../../../shared/contract/result';

/** The kinds of Outlook item Casebook reads as an email, each with what it means for what can be read. */
export type MailClass = 'note' | 'signed' | 'encrypted' | 'rightsProtected' | 'nonDelivery';

/**
 * Outlook items that are not emails, by message class prefix (longest first), named as Outlook names them to
 * its users. An officer who saved the wrong item from Outlook is told which item it was.
 */
const NOT_MAIL: [prefix: string, what: string][] = [
  ['IPM.Schedule.Meeting.Request', 'a meeting request'],
  ['IPM.Schedule.Meeting.Canceled', 'a meeting cancellation'],
  ['IPM.Schedule.Meeting.Resp', 'a reply to a meeting request'],
  ['IPM.Schedule.Meeting', 'a meeting item'],
  ['IPM.Appointment', 'a calendar appointment'],
  ['IPM.Contact', 'a contact'],
  ['IPM.DistList', 'a contact group'],
  ['IPM.TaskRequest', 'a task request'],
  ['IPM.Task', 'a task'],
  ['IPM.StickyNote', 'an Outlook note'],
  ['IPM.Activity', 'a journal entry'],
  ['IPM.Post', 'a post to a shared folder'],
  ['REPORT.IPM.Note.IPNRN', 'a read receipt'],
  ['REPORT.IPM.Note.IPNNRN', 'a not-read notification'],
  ['REPORT.IPM.Note.DR', 'a delivery receipt'],
];

const startsWith = (value: string, prefix: string) => value === prefix || value.startsWith(`${prefix}.`);

/**
 * What kind of email the item is, from its message class (PidTagMessageClass), or a refusal naming what it
 * is instead. Signed, encrypted and rights-protected mail, and non-delivery reports, are emails: their
 * headers and recipients are readable even when their text is not.
 */
export function mailClassOf(name: string, messageClass: string | undefined): MailClass {
  const value = (messageClass ?? '').trim().toUpperCase();
  if (value === '') {
    refuse(
      name,
      `${name} is not an Outlook message: it is a compound file (the format of Word and Excel 97–2003 documents too) but holds no Outlook item, or is too damaged to show one. Choose the email saved from Outlook.`,
    );
  }
  if (startsWith(value, 'REPORT.IPM.NOTE.NDR')) return 'nonDelivery';
  if (startsWith(value, 'IPM.NOTE.SMIME.MULTIPARTSIGNED')) return 'signed';
  if (startsWith(value, 'IPM.NOTE.SMIME')) return 'encrypted';
  if (startsWith(value, 'IPM.NOTE.RPMSG')) return 'rightsProtected';
  if (startsWith(value, 'IPM.NOTE')) return 'note';
  const known = NOT_MAIL.find(([prefix]) => startsWith(value, prefix.toUpperCase()));
  const what = known ? known[1] : `an Outlook item of class ${messageClass!.trim()}`;
  refuse(name, `${name} is ${what}, not an email. Open the email itself in Outlook and save it (File › Save As), or drag it from the message list.`);
}

/** What the officer is told about a kind of email whose text or attachments cannot be read as they are. */
export function mailClassWarning(mailClass: MailClass, attachmentNames: string[]): string | null {
  const carrier = (fallback: string) => attachmentNames.find((n) => n.toLowerCase().endsWith(fallback.slice(fallback.lastIndexOf('.')))) ?? fallback;
  switch (mailClass) {
    case 'encrypted':
      return `This message is encrypted (S/MIME): its text and attachments (${carrier('smime.p7m')}) cannot be read without the recipient's key. The sender, recipients, subject and headers were read.`;
    case 'rightsProtected':
      return `This message is rights-protected (Microsoft Purview): its text and attachments are sealed in ${carrier('message.rpmsg')} and cannot be read offline. The sender, recipients, subject and headers were read; ask the sender or your Purview administrator for the content if you need it.`;
    case 'signed':
      return `This message is signed (S/MIME): the signature was not checked, and its attachments are inside ${carrier('smime.p7m')} rather than listed one by one.`;
    default:
      return null;
  }
}

function refuse(name: string, message: string): never {
  throw new AppError('INVALID_INPUT', message, [{ path: 'fileId', message: `${name} cannot be read as an email` }]);
}
