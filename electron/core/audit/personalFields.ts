/**
 * Which audit fields hold values that can identify a person (issue 12 §5). Their values are stored sealed
 * under the data keys of the entry's incident and party, so erasure (destroying the keys) leaves the
 * chain whole but the values unreadable. Every text field of a write operation's input and output must be
 * in exactly one of these lists: a test walks the contract, so a new field cannot be forgotten.
 */
export const PERSONAL_FIELDS = [
  // Parties: everything that says who someone is or how to reach them ('party': the name an involvement names).
  'name',
  'party',
  'email',
  'phone',
  'organisation',
  'notes',
  'author',
  'sender',
  'recipients',
  'intendedAddressee',
  'actualAddressee',
  'intendedRecipients',
  'actualRecipients',
  'recipientDetail',
  'recipientResponse',
  'toWhom',
  'foundBy',
  'staffDetails',
  // The incident's free text and details, which officers write about people.
  'title',
  'description',
  'details',
  'body',
  'subject',
  'summary',
  'what',
  'where',
  'how',
  'item',
  'howDiscovered',
  'lostWhere',
  'documentDescription',
  'assetTag',
  'onwardDisclosure',
  'likelyConsequences',
  'priorMeasures',
  'rootCause',
  'lessons',
  'publicAccount',
  'reason',
  'rationale',
  'delayReason',
  'regulatorReason',
  'regulatorRationale',
  'regulatorDelayReason',
  'subjectsReason',
  'subjectsRationale',
  // Evidence: file names (often a person's name) and the email evidence record that holds one.
  'fileName',
  'evidence',
  // People from a spreadsheet: the family name column, and sheet names (which can name the list's people).
  'familyName',
  'sheet',
  // An erasure's plan: its label and what goes and stays name the person being erased.
  'label',
  'goes',
  'stays',
] as const;

/** Text fields that identify no member of the public: ids, references, hashes, codes, and the department's own staff. */
export const NOT_PERSONAL_FIELDS = [
  'id',
  'incidentId',
  'partyId',
  'partyIds',
  'evidenceId',
  'messageId',
  'importId',
  'fileId',
  'jobId',
  'duplicateOf',
  'lookalikeOf',
  'reference',
  'icoReference',
  'code',
  'sha256',
  'domain',
  'path',
  'message',
  'sentAt',
  'deviceType',
  'mediaType',
  'dataCategories',
  'holdId',
  'incidentReference',
  // Officers acting for the department, recorded as the register's actors.
  'owner',
  'businessUnit',
  'reportingOfficer',
  'createdBy',
  'updatedBy',
  'recordedBy',
  'assessedBy',
  'regulatorDecidedBy',
  'subjectsDecidedBy',
  'by',
  'actor',
  'addedBy',
  'placedBy',
  'proposedBy',
  'decidedBy',
] as const;

const PERSONAL = new Set<string>(PERSONAL_FIELDS);

export function isPersonalField(field: string): boolean {
  return PERSONAL.has(field);
}
