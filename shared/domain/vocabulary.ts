/**
 * Closed vocabularies of Casebook, fixed by law (UK GDPR, the ICO's breach form) or by our design
 * (DOMAIN.md §3, §6, §7). The database mirrors each list in a CHECK constraint; a test keeps them equal.
 */

/** DOMAIN.md §7: Casebook's incident kinds, mapped to the ICO's incident types. */
export const INCIDENT_KINDS = [
  'misdirected_email',
  'cc_exposure',
  'misdirected_post',
  'lost_document',
  'lost_device',
  'unauthorised_disclosure',
  'insecure_disposal',
  'cyber',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS = {
  misdirected_email: 'Misdirected email',
  cc_exposure: 'CC/BCC exposure',
  misdirected_post: 'Misdirected post or fax',
  lost_document: 'Lost or stolen documents',
  lost_device: 'Lost or stolen device',
  unauthorised_disclosure: 'Unauthorised disclosure',
  insecure_disposal: 'Insecure disposal',
  cyber: 'Cyber incident',
  other: 'Other',
} as const satisfies Record<IncidentKind, string>;

/** The ICO incident type each kind reports as (DOMAIN.md §7). */
export const ICO_INCIDENT_TYPES = {
  misdirected_email: 'Data emailed to incorrect recipient',
  cc_exposure: 'Failure to use bcc',
  misdirected_post: 'Data posted or faxed to incorrect recipient',
  lost_document: 'Loss/theft of paperwork or data left in insecure location',
  lost_device: 'Loss/theft of device',
  unauthorised_disclosure: 'Verbal disclosure / failure to redact / unauthorised access',
  insecure_disposal: 'Insecure disposal of paperwork/hardware',
  cyber: 'Cyber incident',
  other: 'Other non-cyber incident',
} as const satisfies Record<IncidentKind, string>;

/** Government Security Classifications (DOMAIN.md §5.1); OFFICIAL-SENSITIVE is a handling marking within OFFICIAL. */
export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'] as const;
export type Marking = (typeof MARKINGS)[number];

/** DOMAIN.md §6 workflow statuses. */
export const INCIDENT_STATUSES = ['reported', 'triage', 'investigating', 'contained', 'notifying', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_STATUS_LABELS = {
  reported: 'Reported',
  triage: 'Triage',
  investigating: 'Investigating',
  contained: 'Contained',
  notifying: 'Notifying',
  closed: 'Closed',
} as const satisfies Record<IncidentStatus, string>;

/** How a closed incident ended (DOMAIN.md §6). */
export const OUTCOMES = ['breach', 'near_miss', 'not_a_breach', 'duplicate'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS = {
  breach: 'Confirmed personal data breach',
  near_miss: 'Near miss (no personal data left our control)',
  not_a_breach: 'Not a breach',
  duplicate: 'Duplicate of another incident',
} as const satisfies Record<Outcome, string>;

export const PARTY_TYPES = ['person', 'organisation'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/** A party's part in one incident; a party may hold several at once. */
export const PARTY_ROLES = ['data_subject', 'unintended_recipient', 'sender', 'data_owner', 'third_party', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_ROLE_LABELS = {
  data_subject: 'Data subject',
  unintended_recipient: 'Unintended recipient',
  sender: 'Sender',
  data_owner: 'Data owner',
  third_party: 'Third party',
  other: 'Other',
} as const satisfies Record<PartyRole, string>;

/**
 * The roles that make a party "affected" in the ICO's sense: their own personal data was involved.
 * Recipients of other people's data are not counted (ICO glossary, DOMAIN.md §3.2).
 */
export const AFFECTED_ROLES: readonly PartyRole[] = ['data_subject'];

/** The ICO breach form's categories of personal data (DOMAIN.md §3.2), in the form's order. */
export const DATA_CATEGORIES = [
  'racial_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union_membership',
  'sex_life',
  'sexual_orientation',
  'gender_reassignment',
  'health',
  'basic_identifiers',
  'identification_data',
  'economic_financial',
  'official_documents',
  'location',
  'genetic_biometric',
  'criminal_convictions',
  'not_yet_known',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_CATEGORY_LABELS = {
  racial_ethnic_origin: 'Racial or ethnic origin',
  political_opinions: 'Political opinions',
  religious_beliefs: 'Religious or philosophical beliefs',
  trade_union_membership: 'Trade union membership',
  sex_life: 'Sex life data',
  sexual_orientation: 'Sexual orientation data',
  gender_reassignment: 'Gender reassignment data',
  health: 'Health data',
  basic_identifiers: 'Basic personal identifiers (name, contact details)',
  identification_data: 'Identification data (usernames, passwords)',
  economic_financial: 'Economic and financial data',
  official_documents: 'Official documents (e.g. driving licences)',
  location: 'Location data',
  genetic_biometric: 'Genetic or biometric data',
  criminal_convictions: 'Criminal convictions, offences',
  not_yet_known: 'Not yet known',
  other: 'Other',
} as const satisfies Record<DataCategory, string>;

export const NOTIFICATION_STATUSES = ['undecided', 'not_required', 'pending', 'notified', 'unable_to_contact'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_STATUS_LABELS = {
  undecided: 'Undecided',
  not_required: 'Not required',
  pending: 'Pending',
  notified: 'Notified',
  unable_to_contact: 'Unable to contact',
} as const satisfies Record<NotificationStatus, string>;

export const NOTIFICATION_METHODS = ['email', 'letter', 'phone', 'in_person', 'public_notice', 'other'] as const;
export type NotificationMethod = (typeof NOTIFICATION_METHODS)[number];

export const NOTIFICATION_METHOD_LABELS = {
  email: 'Email',
  letter: 'Letter',
  phone: 'Telephone',
  in_person: 'In person',
  public_notice: 'Public communication (Art. 34(3)(c))',
  other: 'Other',
} as const satisfies Record<NotificationMethod, string>;

/**
 * Why people were not told (UK GDPR Art. 34). `not_high_risk` records that Art. 34(1) was not triggered;
 * the other three are the Art. 34(3) exemptions.
 */
export const SUBJECT_EXEMPTIONS = ['not_high_risk', 'unintelligible', 'measures_taken', 'disproportionate_effort'] as const;
export type SubjectExemption = (typeof SUBJECT_EXEMPTIONS)[number];

export const SUBJECT_EXEMPTION_LABELS = {
  not_high_risk: 'Not likely to result in a high risk (Art. 34(1) not met)',
  unintelligible: 'Data unintelligible, e.g. encrypted (Art. 34(3)(a))',
  measures_taken: 'Later measures mean high risk no longer likely (Art. 34(3)(b))',
  disproportionate_effort: 'Disproportionate effort — public communication instead (Art. 34(3)(c))',
} as const satisfies Record<SubjectExemption, string>;

/** ICO cyber section (DOMAIN.md §3.2 item 6). */
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export const CYBER_IMPACTS = ['high', 'medium', 'low', 'unknown'] as const;
export const CYBER_RECOVERY_TIMES = ['regular', 'supplemented', 'extended', 'not_recoverable', 'complete', 'unknown'] as const;
export const CYBER_TYPES = ['phishing', 'ransomware', 'brute_force', 'malware', 'misconfiguration', 'unauthorised_access', 'denial_of_service', 'other'] as const;

export const YES_NO_UNKNOWN_LABELS = { yes: 'Yes', no: 'No', unknown: 'Not yet known' } as const satisfies Record<(typeof YES_NO_UNKNOWN)[number], string>;

export const CYBER_TYPE_LABELS = {
  phishing: 'Phishing',
  ransomware: 'Ransomware',
  brute_force: 'Brute force',
  malware: 'Malware',
  misconfiguration: 'Hardware or software misconfiguration',
  unauthorised_access: 'Unauthorised access',
  denial_of_service: 'Denial of service',
  other: 'Other',
} as const satisfies Record<(typeof CYBER_TYPES)[number], string>;

/** The ICO form's impact levels, with its definitions. */
export const CYBER_IMPACT_LABELS = {
  high: 'High — lost all critical services for all users',
  medium: 'Medium — lost a critical service for some users',
  low: 'Low — no or little loss of efficiency',
  unknown: 'Not yet known',
} as const satisfies Record<(typeof CYBER_IMPACTS)[number], string>;

/** The ICO form's recovery times, with its definitions. */
export const CYBER_RECOVERY_TIME_LABELS = {
  regular: 'Regular — predictable with existing resources',
  supplemented: 'Supplemented — predictable with more resources',
  extended: 'Extended — not predictable, needs more resources',
  not_recoverable: 'Not recoverable',
  complete: 'Complete — already recovered',
  unknown: 'Not yet known',
} as const satisfies Record<(typeof CYBER_RECOVERY_TIMES)[number], string>;

/** The ICO breach form's categories of data subjects (DOMAIN.md §3.2), in the form's order. */
export const SUBJECT_CATEGORIES = [
  'employees',
  'users',
  'subscribers',
  'students',
  'customers',
  'patients',
  'children',
  'vulnerable_adults',
  'not_yet_known',
  'other',
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

export const SUBJECT_CATEGORY_LABELS = {
  employees: 'Employees',
  users: 'Users',
  subscribers: 'Subscribers',
  students: 'Students',
  customers: 'Customers or prospective customers',
  patients: 'Patients',
  children: 'Children',
  vulnerable_adults: 'Vulnerable adults',
  not_yet_known: 'Not yet known',
  other: 'Other',
} as const satisfies Record<SubjectCategory, string>;

/** The ICO form: likelihood that data subjects will experience significant consequences. */
export const CONSEQUENCE_LIKELIHOODS = ['very_likely', 'likely', 'neutral', 'unlikely', 'very_unlikely', 'not_yet_known'] as const;
export type ConsequenceLikelihood = (typeof CONSEQUENCE_LIKELIHOODS)[number];

export const CONSEQUENCE_LIKELIHOOD_LABELS = {
  very_likely: 'Very likely',
  likely: 'Likely',
  neutral: 'Neutral',
  unlikely: 'Unlikely',
  very_unlikely: 'Very unlikely',
  not_yet_known: 'Not yet known',
} as const satisfies Record<ConsequenceLikelihood, string>;

/** The regulator's report type (ICO form part one); Art. 33(4) allows information in phases. */
export const REGULATOR_REPORT_TYPES = ['initial', 'follow_up'] as const;
export type RegulatorReportType = (typeof REGULATOR_REPORT_TYPES)[number];

export const REGULATOR_REPORT_TYPE_LABELS = {
  initial: 'Initial report',
  follow_up: 'Follow-up report',
} as const satisfies Record<RegulatorReportType, string>;

/**
 * Organisations other than the ICO that are told (DOMAIN.md §3.2 item 9, §5.2: the government escalation
 * route is not fixed in law, so the usual recipients are offered and "other" names the rest).
 */
export const EXTERNAL_RECIPIENTS = [
  'police',
  'other_regulator',
  'government_security_group',
  'ncsc',
  'ministers_private_office',
  'siro',
  'dpo',
  'permanent_secretary',
  'other',
] as const;
export type ExternalRecipient = (typeof EXTERNAL_RECIPIENTS)[number];

export const EXTERNAL_RECIPIENT_LABELS = {
  police: 'Police',
  other_regulator: 'Another regulator or supervisory authority',
  government_security_group: 'Government Security Group (Cabinet Office)',
  ncsc: 'National Cyber Security Centre',
  ministers_private_office: "Minister's private office",
  siro: 'Senior Information Risk Owner (SIRO)',
  dpo: 'Data Protection Officer',
  permanent_secretary: 'Permanent Secretary',
  other: 'Other organisation',
} as const satisfies Record<ExternalRecipient, string>;

/** Actions planned during an investigation (NIST SP 800-61 phases, as DOMAIN.md §6 draws on). */
export const ACTION_KINDS = ['containment', 'recovery', 'preventive'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_KIND_LABELS = {
  containment: 'Containment',
  recovery: 'Recovery',
  preventive: 'Preventive',
} as const satisfies Record<ActionKind, string>;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
} as const satisfies Record<ActionStatus, string>;
