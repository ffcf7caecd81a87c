import type { IncidentTab } from '../../lib/routes';

/** Where a question of the ICO draft is answered: a tab of the incident (and its field), or Settings → Organisation. */
export type AnswerPlace = { page: 'incident'; tab: IncidentTab; field: string | null } | { page: 'settings' };

const tab = (t: IncidentTab, field: string | null = null): AnswerPlace => ({ page: 'incident', tab: t, field });
const SETTINGS: AnswerPlace = { page: 'settings' };

/**
 * The ICO draft's questions (as the core's regulator report names its missing answers) and where
 * the record answers each. A test keeps every mandatory question of the draft in this table.
 */
export const ANSWER_PLACES: Record<string, AnswerPlace> = {
  'ICO case reference': tab('decisions', 'icoReference'),
  'What has happened?': tab('details'),
  'Was the breach caused by a cyber incident?': tab('ico', 'causedByCyber'),
  'How did you find out about the breach?': tab('ico', 'howDiscovered'),
  'When did you discover the breach?': tab('details'),
  'When did the breach happen?': tab('details'),
  'Categories of personal data': tab('ico', 'dataCategories'),
  'Number of personal data records concerned': tab('assessment'),
  'How many data subjects could be affected?': tab('assessment'),
  'Categories of data subjects': tab('ico', 'subjectCategories'),
  'Potential consequences for the data subjects': tab('ico', 'likelyConsequences'),
  'How likely are data subjects to experience significant consequences?': tab('ico', 'consequenceLikelihood'),
  'Severity assessment (ENISA)': tab('assessment'),
  'Reason for reporting later than 72 hours': tab('decisions', 'regulatorDelayReason'),
  'Was a member of staff involved?': tab('ico', 'staffInvolved'),
  'Had they received data protection training in the last two years?': tab('ico', 'staffTrained'),
  Details: tab('ico', 'staffDetails'),
  'Type of cyber incident': tab('details'),
  'Impact on your organisation': tab('details'),
  'Recovery time': tab('details'),
  'Actions taken or proposed, including mitigation': tab('actions'),
  'Preventative measures in place before the breach': tab('ico', 'priorMeasures'),
  'Steps to prevent it happening again': tab('decisions', 'lessons'),
  'Have you told data subjects?': tab('decisions', 'subjectsNotify'),
  'Organisation (controller) name': SETTINGS,
  'Data protection fee registration number': SETTINGS,
  Sector: SETTINGS,
  Address: SETTINGS,
  'Business unit': tab('details'),
  'Contact point / Data Protection Officer': SETTINGS,
};
