import type { z } from 'zod';
import type { NewActionSchema } from '../../../shared/contract/actions';
import type { NewAssessmentSchema } from '../../../shared/contract/assessments';
import type { NewExternalNotificationSchema, NewRegulatorReportSchema } from '../../../shared/contract/notifications';
import type { IncidentPatch, NewIncident } from '../../../shared/contract/incidents';
import type { InvolvementFields, NewParty } from '../../../shared/contract/parties';
import type { IncidentStatus, Outcome } from '../../../shared/domain/vocabulary';

/**
 * Casebook's demo data: fictional incidents modelled on publicly reported MoD cases (the .mil/.ml
 * typo leak, papers left at a Kent bus stop, papers left in the Kabul embassy, the Afghan relocation
 * CC email) and a few everyday ones. Every person, address, reference and message id is illustrative.
 * Addresses use the article's domains (army.ml, navy.ml, mod.gov.uk) or reserved/example ones.
 *
 * The Afghan relocation CC incident is left contained, with neither a severity assessment nor a
 * decision on telling the ICO, so an officer (and the end-to-end test) can assess it, follow the
 * recommendation and record a report to the ICO that is years past the 72 hours.
 */

/** An ISO 8601 date-time with offset (BST is +01:00, GMT is +00:00). */
type At = string;

export type DemoParty = { key: string } & NewParty;
export type DemoMove = { to: IncidentStatus; reason: string; outcome?: Outcome; at: At };
/** A severity assessment, made at `at` by the incident's owner. */
export type DemoAssessment = { at: At; assessment: Omit<z.input<typeof NewAssessmentSchema>, 'incidentId'> };
/** A report to the ICO, recorded at `at`. */
export type DemoRegulatorReport = { at: At; report: Omit<z.input<typeof NewRegulatorReportSchema>, 'incidentId' | 'version'> };
/** Another organisation told, recorded at `at`. */
export type DemoExternalNotification = { at: At; notification: Omit<z.input<typeof NewExternalNotificationSchema>, 'incidentId'> };
/** An action planned at `at`; `done` is when it was completed (it is then marked done at that time). */
export type DemoAction = {
  at: At;
  done?: At;
  action: Omit<z.input<typeof NewActionSchema>, 'incidentId' | 'status'> & { status?: 'open' | 'in_progress' | 'cancelled' };
};
export type DemoIncident = {
  recordedAt: At; // when it was recorded (sets the reference year)
  incident: NewIncident; // dates as UTC ms numbers
  parties: { party: string /* DemoParty key */; involvement: InvolvementFields }[];
  notes: { at: At; body: string }[];
  /**
   * Decisions, ICO form fields, root cause and lessons: applied just before the move that closes the
   * incident, or after everything else when it stays open.
   */
  decisions?: IncidentPatch;
  moves: DemoMove[]; // applied in order, following the workflow of docs/domain.md#workflow
  assessments?: DemoAssessment[];
  regulatorReports?: DemoRegulatorReport[];
  externalNotifications?: DemoExternalNotification[];
  actions?: DemoAction[];
};

/** UTC milliseconds of an ISO 8601 date-time with offset (BST is +01:00, GMT is +00:00). */
const ms = (iso: string): number => Date.parse(iso);

export const DEMO_PARTIES: readonly DemoParty[] = [
  // 1. Emails to army.ml (2023)
  {
    key: 'daniel-pryce',
    type: 'person',
    name: 'Daniel Pryce',
    email: 'daniel.pryce100@mod.gov.uk',
    phone: '030 0000 0101',
    organisation: 'Defence Equipment & Support',
    notes: 'Programme support officer. Sender of the messages to army.ml.',
  },
  {
    key: 'grace-okafor',
    type: 'person',
    name: 'Grace Okafor',
    email: 'grace.okafor101@mod.gov.uk',
    organisation: 'Defence Equipment & Support',
    notes: 'Named in the July 2023 travel itinerary.',
  },
  {
    key: 'rajesh-menon',
    type: 'person',
    name: 'Rajesh Menon',
    email: 'rajesh.menon102@mod.gov.uk',
    organisation: 'Defence Equipment & Support',
    notes: 'Named in the July 2023 travel itinerary.',
  },
  {
    key: 'army-ml-holder',
    type: 'organisation',
    name: 'Unidentified holder of j.harper@army.ml',
    email: 'j.harper@army.ml',
    organisation: 'army.ml (Mali country-code domain, not a US Army domain)',
    notes: 'Mistyped form of the US Army address j.harper@army.mil. Messages were accepted and did not bounce.',
  },
  {
    key: 'mali-dili',
    type: 'organisation',
    name: 'Mali Dili (.ml registry operator)',
    organisation: 'Mali Dili B.V.',
    notes:
      'Dutch company that managed the .ml country-code domain under contract with the Government of Mali until July 2023. Reported to have collected email sent to mistyped .mil addresses.',
  },
  // 2. Supplier email to navy.ml (2026)
  {
    key: 'harcourt-systems',
    type: 'organisation',
    name: 'Harcourt Systems Engineering Ltd',
    email: 'trials.coordination@harcourt-systems.example.com',
    phone: '01234 500600',
    organisation: 'Harcourt Systems Engineering Ltd',
    notes: 'Supplier acting as processor for a Defence Equipment & Support trials programme. Reported the error under its contract (Art. 33(2)).',
  },
  {
    key: 'navy-ml-holder',
    type: 'organisation',
    name: 'Unidentified holder of liaison.office@navy.ml',
    email: 'liaison.office@navy.ml',
    organisation: 'navy.ml (Mali country-code domain, not a US Navy domain)',
    notes: 'Mistyped form of liaison.office@navy.mil.',
  },
  {
    key: 'fiona-strachan',
    type: 'person',
    name: 'Lt Cdr Fiona Strachan',
    email: 'fiona.strachan103@mod.gov.uk',
    organisation: 'Royal Navy',
  },
  {
    key: 'dafydd-rees',
    type: 'person',
    name: 'CPO Dafydd Rees',
    email: 'dafydd.rees104@mod.gov.uk',
    organisation: 'Royal Navy',
  },
  {
    key: 'tomasz-wisniewski',
    type: 'person',
    name: 'Tomasz Wiśniewski',
    email: 'tomasz.wisniewski105@mod.gov.uk',
    organisation: 'Defence Equipment & Support',
    notes: 'Trials engineer.',
  },
  // 3. Papers left at a bus stop (2021)
  {
    key: 'bbc',
    type: 'organisation',
    name: 'BBC (British Broadcasting Corporation)',
    organisation: 'BBC',
    notes: 'Received the papers from the member of the public who found them and returned them to the department.',
  },
  {
    key: 'kent-finder',
    type: 'person',
    name: 'Member of the public (finder, name withheld)',
    notes: 'Found the papers at a bus stop in Kent and passed them to the BBC. Identity known to the BBC only.',
  },
  {
    key: 'helen-marsh-taylor',
    type: 'person',
    name: 'Helen Marsh-Taylor',
    email: 'helen.marsh-taylor106@mod.gov.uk',
    organisation: 'Head Office',
    notes: 'Named with direct-line number on the distribution list.',
  },
  {
    key: 'jonathan-ashworth-reid',
    type: 'person',
    name: 'Jonathan Ashworth-Reid',
    email: 'jonathan.ashworth-reid107@mod.gov.uk',
    organisation: 'Head Office',
    notes: 'Named with direct-line number on the distribution list.',
  },
  // 4. Papers left in the Kabul embassy compound (2021); Rahimi is also in the CC incident
  {
    key: 'ahmad-zia-rahimi',
    type: 'person',
    name: 'Ahmad Zia Rahimi (احمد ضیا رحیمی)',
    email: 'a.z.rahimi@example.af',
    phone: '+93 70 000 0101',
    organisation: 'Former interpreter, British forces',
    notes: 'Named in papers left in the Kabul compound. Also an ARAP applicant.',
  },
  {
    key: 'farida-noori',
    type: 'person',
    name: 'Farida Noori (فریده نوری)',
    phone: '+93 70 000 0102',
    organisation: 'Former locally employed staff, British Embassy Kabul',
  },
  {
    key: 'mohammad-sadiq-wardak',
    type: 'person',
    name: 'Mohammad Sadiq Wardak (محمد صادق وردک)',
    organisation: 'Former locally employed staff, British Embassy Kabul',
    notes: 'No working contact details since September 2021.',
  },
  {
    key: 'the-times',
    type: 'organisation',
    name: 'The Times (journalist, name held on file)',
    organisation: 'The Times',
    notes: 'Journalist found and read the papers in the compound; handed them to FCDO staff. Names not published.',
  },
  {
    key: 'fcdo',
    type: 'organisation',
    name: 'Foreign, Commonwealth & Development Office',
    organisation: 'FCDO',
    notes: 'Owner of the embassy papers; leads on contact with the individuals named.',
  },
  // 5. Afghan relocation applicants copied in (2021)
  {
    key: 'habibullah-stanikzai',
    type: 'person',
    name: 'Habibullah Stanikzai',
    email: 'applicant.02@example.af',
    organisation: 'ARAP applicant',
  },
  {
    key: 'zarghona-ahmadzai',
    type: 'person',
    name: 'Zarghona Ahmadzai (زرغونه احمدزی)',
    email: 'applicant.03@example.af',
    organisation: 'ARAP applicant',
  },
  {
    key: 'nasir-ahmad-popal',
    type: 'person',
    name: 'Nasir Ahmad Popal',
    email: 'applicant.04@example.af',
    organisation: 'ARAP applicant',
  },
  {
    key: 'mariam-hakimi',
    type: 'person',
    name: 'Mariam Hakimi (مریم حکیمی)',
    email: 'applicant.05@example.af',
    organisation: 'ARAP applicant',
  },
  {
    key: 'abdul-wahid-karimi',
    type: 'person',
    name: 'Abdul Wahid Karimi',
    email: 'applicant.06@example.af',
    organisation: 'ARAP applicant',
  },
  // 6. Vetting letter to a previous address (2026)
  {
    key: 'callum-reddy',
    type: 'person',
    name: 'Callum Reddy',
    phone: '07700 900123',
    organisation: 'Solent Marine Engineering Ltd (contractor)',
    notes: 'Subject of a Security Check review.',
  },
  {
    key: 'eleanor-pike',
    type: 'person',
    name: 'Eleanor Pike',
    phone: '07700 900456',
    notes: 'Current occupant of Mr Reddy’s previous address. Opened the letter and returned it.',
  },
  // 7. Laptop left on a train (2024)
  {
    key: 'rebecca-thornton',
    type: 'person',
    name: 'Rebecca Thornton',
    email: 'rebecca.thornton108@mod.gov.uk',
    organisation: 'Defence Equipment & Support',
    notes: 'User of the lost laptop.',
  },
  {
    key: 'rail-lost-property',
    type: 'organisation',
    name: 'Rail operator lost property office (London Paddington)',
    organisation: 'Train operating company',
  },
  // 8. Verbal disclosure of health information (2025)
  {
    key: 'laura-bennett',
    type: 'person',
    name: 'Laura Bennett',
    email: 'laura.bennett109@mod.gov.uk',
    organisation: 'Defence Infrastructure Organisation',
  },
  {
    key: 'steve-marlow',
    type: 'person',
    name: 'Steve Marlow',
    email: 's.marlow@crestline-facilities.example.co.uk',
    organisation: 'Crestline Facilities Ltd',
    notes: 'Account manager for the facilities management contract.',
  },
  // 9. Phishing (2026)
  {
    key: 'owen-gallagher',
    type: 'person',
    name: 'Owen Gallagher',
    email: 'owen.gallagher110@mod.gov.uk',
    organisation: 'Defence Digital',
    notes: 'Entered network credentials on the look-alike page.',
  },
  {
    key: 'spoofed-sender',
    type: 'organisation',
    name: 'Sender of “password expiry” email from mоd-gov.uk (Cyrillic “о”)',
    organisation: 'Unknown',
    notes: 'Look-alike of mod.gov.uk: the first “o” is the Cyrillic letter о (U+043E). Domain reported for takedown.',
  },
  // 10. Training records in a general waste bin (2026)
  {
    key: 'brightwell-cleaning',
    type: 'organisation',
    name: 'Brightwell Cleaning Services Ltd',
    email: 'site.supervisor@brightwell-cleaning.example.co.uk',
    organisation: 'Brightwell Cleaning Services Ltd',
    notes: 'Cleaning contractor at the regional office; found the papers.',
  },
];

export const DEMO_INCIDENTS: readonly DemoIncident[] = [
  // 1. The .mil → .ml typo: routine emails to a US Army contact (closed, breach, ICO not notified)
  {
    recordedAt: '2023-07-17T09:40:00+01:00',
    incident: {
      kind: 'misdirected_email',
      title: 'Emails to US Army contacts sent to army.ml (Mali)',
      description:
        'Between February and July 2023, 17 routine emails from a Defence Equipment & Support programme team to a US Army contact were addressed to army.ml (Mali) instead of army.mil. The mistyped address had been saved in the sender’s address autocomplete. One message carried a travel itinerary naming three members of staff. No message was marked above OFFICIAL.',
      businessUnit: 'Defence Equipment & Support',
      reportingOfficer: 'Daniel Pryce',
      owner: 'Claire Ashdown',
      occurredAt: ms('2023-02-06T10:15:00+00:00'),
      discoveredAt: ms('2023-07-17T09:12:00+01:00'),
      reportedAt: ms('2023-07-17T09:30:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL',
      materialItemCount: 17,
      details: {
        sender: 'daniel.pryce100@mod.gov.uk',
        intendedRecipients: ['j.harper@army.mil'],
        actualRecipients: ['j.harper@army.ml'],
        messageId: '<LO2P265MB48217A3C0E1F@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM>',
        sentAt: ms('2023-06-26T16:47:00+01:00'),
        recallAttempted: false,
        recipientResponse: 'No reply from the .ml address; none of the 17 messages bounced.',
      },
    },
    parties: [
      {
        party: 'daniel-pryce',
        involvement: {
          roles: ['sender', 'data_subject'],
          dataCategories: ['basic_identifiers', 'location'],
          notificationStatus: 'notified',
          notifiedAt: ms('2023-07-20T11:00:00+01:00'),
          notificationMethod: 'in_person',
        },
      },
      {
        party: 'grace-okafor',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'location'],
          notificationStatus: 'notified',
          notifiedAt: ms('2023-07-20T11:30:00+01:00'),
          notificationMethod: 'email',
        },
      },
      {
        party: 'rajesh-menon',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'location'],
          notificationStatus: 'notified',
          notifiedAt: ms('2023-07-20T11:30:00+01:00'),
          notificationMethod: 'email',
        },
      },
      { party: 'army-ml-holder', involvement: { roles: ['unintended_recipient'] } },
      { party: 'mali-dili', involvement: { roles: ['third_party'] } },
    ],
    notes: [
      {
        at: '2023-07-17T10:05:00+01:00',
        body: 'The US contact asked why the itinerary never arrived; the sender then found the .ml address in his sent items. Autocomplete entry removed. Message trace requested from the service desk.',
      },
      {
        at: '2023-07-18T14:20:00+01:00',
        body: 'Message trace complete: 17 messages to j.harper@army.ml since 6 Feb 2023, all OFFICIAL. One (26 Jun) contains the itinerary for the 10–13 July visit to Washington: names, hotel and flight times. The visit has already taken place.',
      },
      {
        at: '2023-07-21T11:00:00+01:00',
        body: 'Deletion request sent to the .ml registry operator (Mali Dili). No reply received; its contract with the Government of Mali ends this month.',
      },
      {
        at: '2023-08-02T15:30:00+01:00',
        body: 'Outbound mail rule now blocks messages to .ml addresses, with exceptions on request. Service desk confirms it is live for all users.',
      },
    ],
    decisions: {
      regulatorNotify: false,
      regulatorRationale:
        'Business contact details of three staff and the itinerary of a visit that had already ended; no special category data and nothing above OFFICIAL. Assessed as unlikely to result in a risk to the individuals (Art. 33(1)). Decision recorded under Art. 33(5).',
      regulatorDecidedAt: ms('2023-07-19T15:00:00+01:00'),
      subjectsNotify: true,
      subjectsRationale: 'Not high risk, but the three staff were told as good practice and advised to report any unexpected contact.',
      subjectsDecidedAt: ms('2023-07-19T15:00:00+01:00'),
      rootCause:
        'The sender typed army.ml for army.mil once; the address was saved in autocomplete and reused for five months. Nothing warned about mail to the .ml domain.',
      lessons:
        'Outbound block on .ml addresses with an exception process (live 2 Aug 2023). Autocomplete entries to .ml purged across the department. Awareness notice issued on look-alike domains of partner addresses.',
      dataCategories: ['basic_identifiers', 'location'],
      subjectCategories: ['employees'],
      howDiscovered: 'The US contact asked why a travel itinerary had not arrived; the sender found the .ml address in his sent items.',
      causedByCyber: 'no',
      likelyConsequences:
        'Names, business contact details and the itinerary of a visit that had already ended are held by an unknown party. Possible unsolicited contact or phishing aimed at the three staff; no financial or special category data.',
      consequenceLikelihood: 'unlikely',
      staffInvolved: 'yes',
      staffTrained: 'yes',
      staffDetails: 'The sender had completed the annual data protection and security training in March 2023.',
      priorMeasures: 'Mandatory annual training; OFFICIAL marking of routine mail. No technical control on mail to look-alike domains.',
    },
    moves: [
      { to: 'triage', reason: 'Picked up by the duty security officer.', at: '2023-07-17T10:00:00+01:00' },
      { to: 'investigating', reason: 'Personal data confirmed in at least one message.', at: '2023-07-18T09:00:00+01:00' },
      { to: 'contained', reason: 'Outbound block on .ml in place; no further messages possible.', at: '2023-08-02T16:00:00+01:00' },
      { to: 'notifying', reason: 'Staff named in the itinerary to be told.', at: '2023-08-04T10:00:00+01:00' },
      {
        to: 'closed',
        outcome: 'breach',
        reason: 'Decisions, root cause and preventive actions recorded; staff told.',
        at: '2023-08-18T15:00:00+01:00',
      },
    ],
    assessments: [
      {
        at: '2023-07-19T14:30:00+01:00',
        assessment: {
          severity: {
            dpcCategory: 'simple',
            dpcAdjustment: 0,
            dpcFactors: [],
            ease: 'maximum',
            confidentiality: 'known_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 3,
          recordsAffected: 17,
          notes: 'Business contact details and one itinerary for a visit already over. One unknown mailbox holds the messages.',
        },
      },
    ],
    externalNotifications: [
      {
        at: '2023-07-18T16:30:00+01:00',
        notification: {
          recipient: 'dpo',
          notifiedAt: ms('2023-07-18T16:00:00+01:00'),
          notes: 'Briefed on the message trace and the proposed decision not to notify the ICO.',
        },
      },
    ],
    actions: [
      {
        at: '2023-07-18T15:00:00+01:00',
        done: '2023-08-02T15:30:00+01:00',
        action: {
          kind: 'containment',
          description: 'Block outbound mail to .ml addresses, with exceptions on request.',
          owner: 'Service desk',
          dueAt: ms('2023-08-04T17:00:00+01:00'),
        },
      },
      {
        at: '2023-08-02T16:00:00+01:00',
        done: '2023-08-10T12:00:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Purge autocomplete entries to .ml addresses across the department.',
          owner: 'Service desk',
          dueAt: ms('2023-08-11T17:00:00+01:00'),
        },
      },
    ],
  },

  // 2. A supplier's email to navy.ml (investigating, ICO notified)
  {
    recordedAt: '2026-10-14T15:10:00+01:00',
    incident: {
      kind: 'misdirected_email',
      title: 'Supplier email with visit list sent to navy.ml (Mali)',
      description:
        'A supplier working on a Defence Equipment & Support trials programme sent a visit clearance request for a US Navy facility to navy.ml instead of navy.mil. The attached list gives names, ranks, dates of birth and passport numbers of three people. The supplier’s own mail system does not block .ml, and it reported the error to us two days later.',
      businessUnit: 'Defence Equipment & Support',
      reportingOfficer: 'Tomasz Wiśniewski',
      owner: 'Priya Raman',
      occurredAt: ms('2026-10-12T17:32:00+01:00'),
      discoveredAt: ms('2026-10-14T14:40:00+01:00'),
      reportedAt: ms('2026-10-14T14:55:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL-SENSITIVE',
      materialItemCount: 1,
      details: {
        sender: 'trials.coordination@harcourt-systems.example.com',
        intendedRecipients: ['liaison.office@navy.mil'],
        actualRecipients: ['liaison.office@navy.ml'],
        messageId: '<20261012163214.4F2A9C@mail.harcourt-systems.example.com>',
        sentAt: ms('2026-10-12T17:32:00+01:00'),
        recallAttempted: false,
        recipientResponse: 'Accepted by the receiving server; no reply.',
      },
    },
    parties: [
      { party: 'harcourt-systems', involvement: { roles: ['sender'] } },
      { party: 'navy-ml-holder', involvement: { roles: ['unintended_recipient'] } },
      {
        party: 'fiona-strachan',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'official_documents', 'location'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'dafydd-rees',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'official_documents', 'location'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'tomasz-wisniewski',
        involvement: {
          roles: ['data_subject', 'other'],
          dataCategories: ['basic_identifiers', 'official_documents', 'location'],
          notificationStatus: 'pending',
        },
      },
    ],
    notes: [
      {
        at: '2026-10-14T15:20:00+01:00',
        body: 'Supplier confirms one message with one attachment (visit clearance form). Mail log shows it was accepted by the receiving server for navy.ml.',
      },
      {
        at: '2026-10-16T16:30:00+01:00',
        body: 'ICO notified through the online form (initial report). Passport numbers make identity misuse possible; further information to follow in phases (Art. 33(4)).',
      },
      {
        at: '2026-10-21T10:00:00+01:00',
        body: 'Asked the supplier to apply an outbound block on .ml and to confirm which other messages its staff have sent to .mil look-alikes this year.',
      },
    ],
    decisions: {
      publicAccount:
        "An email listing the people due to visit one of our sites, with their passport numbers and dates of birth, was sent by mistake to an address abroad that was not our supplier's. We cannot rule out that someone could use these details to pretend to be you. We have asked the mail provider to remove the message and now check addresses before sending such lists. Please watch for unexpected post or calls in your name; our data protection officer can help you if you are worried.",
      regulatorNotify: true,
      regulatorRationale:
        'Passport numbers and dates of birth sent to an unknown foreign mailbox: a risk of identity misuse that cannot be ruled out. Notified within 72 hours of awareness.',
      regulatorDecidedAt: ms('2026-10-16T11:00:00+01:00'),
      dataCategories: ['basic_identifiers', 'official_documents', 'location'],
      subjectCategories: ['employees'],
      howDiscovered: 'The supplier reported it under its contract two days after sending, when its liaison chased the missing clearance.',
      causedByCyber: 'no',
      likelyConsequences:
        'Names, ranks, dates of birth and passport numbers of three people held by an unknown party abroad: possible identity fraud, and a passport may need replacing.',
      consequenceLikelihood: 'neutral',
      staffInvolved: 'yes',
      staffTrained: 'unknown',
      staffDetails: 'A supplier’s trials coordinator; the supplier is confirming the training its staff receive.',
    },
    moves: [
      { to: 'triage', reason: 'Processor report received from the supplier.', at: '2026-10-14T15:30:00+01:00' },
      { to: 'investigating', reason: 'Personal data confirmed; scope of the supplier’s other mail to be checked.', at: '2026-10-15T09:00:00+01:00' },
    ],
    assessments: [
      {
        at: '2026-10-15T11:30:00+01:00',
        assessment: {
          severity: {
            dpcCategory: 'simple',
            dpcAdjustment: 1,
            dpcFactors: ['volume'],
            ease: 'maximum',
            confidentiality: 'unknown_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 3,
          recordsAffected: 1,
          notes: 'Passport numbers and dates of birth with names: more than contact data. The holder of navy.ml is unknown and may pass it on.',
        },
      },
    ],
    regulatorReports: [
      {
        at: '2026-10-16T16:30:00+01:00',
        report: {
          reportType: 'initial',
          submittedAt: ms('2026-10-16T16:20:00+01:00'),
          icoReference: 'IC-412087-Q3T8',
          notes: 'Online form. Scope of the supplier’s other mail to follow in a further report (Art. 33(4)).',
        },
      },
    ],
    externalNotifications: [
      {
        at: '2026-10-15T12:00:00+01:00',
        notification: {
          recipient: 'other',
          recipientDetail: 'US Navy liaison office (intended recipient)',
          notifiedAt: ms('2026-10-15T11:45:00+01:00'),
          notes: 'Told by telephone so the visit clearance can be re-sent safely.',
        },
      },
    ],
    actions: [
      {
        at: '2026-10-21T10:00:00+01:00',
        action: {
          kind: 'containment',
          description: 'Supplier to block outbound mail to .ml addresses and confirm it is live.',
          owner: 'Harcourt Systems Engineering Ltd',
          dueAt: ms('2026-10-28T17:00:00+00:00'),
          status: 'in_progress',
        },
      },
      {
        at: '2026-10-21T10:05:00+01:00',
        action: {
          kind: 'recovery',
          description: 'Confirm which other messages the supplier’s staff sent to .mil look-alike domains this year.',
          owner: 'Priya Raman',
          dueAt: ms('2026-12-01T17:00:00+00:00'),
        },
      },
      {
        at: '2026-10-21T10:10:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Add a look-alike domain check to the supplier’s security schedule at the next contract review.',
          owner: 'Commercial lead, DE&S',
          dueAt: ms('2027-03-31T17:00:00+01:00'),
        },
      },
    ],
  },

  // 3. 50 pages left at a bus stop in Kent, handed to the BBC (closed, breach, ICO not notified)
  {
    recordedAt: '2021-06-19T08:20:00+01:00',
    incident: {
      kind: 'lost_document',
      title: 'Classified papers left at a bus stop in Kent',
      description:
        'An official left a bundle of about 50 pages of briefing papers at a bus stop in Kent and reported the loss the next morning. A member of the public found the papers and passed them to the BBC, which told the department and returned them. The papers include a distribution list naming officials with their direct-line numbers. This record describes the material without reproducing its content.',
      businessUnit: 'Head Office (Policy)',
      reportingOfficer: 'Duty security officer, Main Building',
      owner: 'Marcus Penhaligon',
      occurredAt: ms('2021-06-18T18:10:00+01:00'),
      discoveredAt: ms('2021-06-18T21:30:00+01:00'),
      reportedAt: ms('2021-06-19T08:05:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'SECRET',
      materialItemCount: 50,
      details: {
        documentDescription:
          'Briefing papers in an unmarked envelope, including assessments relating to a Royal Navy transit off Crimea and to UK presence in Afghanistan; distribution list with names and direct lines.',
        pageCount: 50,
        lostWhere: 'Bus stop, Kent (exact location held in the investigation file)',
        lostAt: ms('2021-06-18T18:10:00+01:00'),
        foundBy: 'Member of the public; passed to the BBC',
        recovered: true,
        onwardDisclosure: 'BBC',
      },
    },
    parties: [
      { party: 'kent-finder', involvement: { roles: ['unintended_recipient'] } },
      { party: 'bbc', involvement: { roles: ['unintended_recipient', 'third_party'] } },
      {
        party: 'helen-marsh-taylor',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers'],
          notificationStatus: 'notified',
          notifiedAt: ms('2021-06-28T10:00:00+01:00'),
          notificationMethod: 'in_person',
        },
      },
      {
        party: 'jonathan-ashworth-reid',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers'],
          notificationStatus: 'notified',
          notifiedAt: ms('2021-06-28T10:30:00+01:00'),
          notificationMethod: 'in_person',
        },
      },
    ],
    notes: [
      {
        at: '2021-06-19T09:00:00+01:00',
        body: 'Official reports leaving an envelope of papers at a bus stop in Kent at about 18:10 on 18 June and realising at 21:30. Route searched this morning; nothing found. Police informed.',
      },
      {
        at: '2021-06-25T17:30:00+01:00',
        body: 'BBC told the department that a member of the public has passed it the papers. Return arranged.',
      },
      {
        at: '2021-06-27T10:15:00+01:00',
        body: 'BBC report published this morning. Papers returned: page count confirms all 50 pages. No personal details were reported.',
      },
      {
        at: '2021-07-14T16:00:00+01:00',
        body: 'Investigation finds no evidence the papers were copied beyond the BBC. Official’s access to material above OFFICIAL suspended pending the outcome.',
      },
    ],
    decisions: {
      regulatorNotify: false,
      regulatorRationale:
        'Personal data limited to names, roles and office telephone numbers of officials on a distribution list. The papers were recovered complete and no personal details were published. Assessed as unlikely to result in a risk to the individuals. Decision recorded under Art. 33(5); the loss of classified material is handled separately.',
      regulatorDecidedAt: ms('2021-06-21T15:00:00+01:00'),
      subjectsNotify: true,
      subjectsRationale: 'Officials on the distribution list told in person so they could recognise any approach.',
      subjectsDecidedAt: ms('2021-06-21T15:00:00+01:00'),
      rootCause: 'Papers above OFFICIAL taken out of the building without authorisation and carried in an ordinary envelope rather than an approved container.',
      lessons:
        'Reminder to all staff of the rules for removing protectively marked papers. Approved containers issued to teams that travel with papers. Spot checks at exits introduced for six months.',
      dataCategories: ['basic_identifiers'],
      subjectCategories: ['employees'],
      howDiscovered: 'The official realised at home that evening and reported the loss the next morning; the BBC later told the department it held the papers.',
      causedByCyber: 'no',
      likelyConsequences:
        'Names, roles and direct-line numbers of officials seen by a member of the public and a broadcaster: possible unwanted approaches or pretext calls. Nothing about the officials was published.',
      consequenceLikelihood: 'unlikely',
      staffInvolved: 'yes',
      staffTrained: 'yes',
      staffDetails: 'The official had completed security training in the previous year; access to material above OFFICIAL suspended pending the outcome.',
      priorMeasures: 'Rules on removing protectively marked papers; approved containers available on request.',
    },
    moves: [
      { to: 'triage', reason: 'Duty security officer reviewing the loss report.', at: '2021-06-19T09:15:00+01:00' },
      { to: 'investigating', reason: 'Material above OFFICIAL with personal data; investigation opened.', at: '2021-06-19T11:00:00+01:00' },
      { to: 'contained', reason: 'Papers recovered from the BBC; all pages accounted for.', at: '2021-06-27T12:00:00+01:00' },
      { to: 'notifying', reason: 'Officials on the distribution list to be told.', at: '2021-06-28T09:30:00+01:00' },
      {
        to: 'closed',
        outcome: 'breach',
        reason: 'Investigation complete; decisions, root cause and lessons recorded.',
        at: '2021-07-30T16:00:00+01:00',
      },
    ],
    assessments: [
      {
        at: '2021-06-21T14:00:00+01:00',
        assessment: {
          severity: {
            dpcCategory: 'simple',
            dpcAdjustment: 0,
            dpcFactors: [],
            ease: 'maximum',
            confidentiality: 'known_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 2,
          recordsAffected: 1,
          notes: 'Personal data limited to a distribution list of officials (names, roles, direct lines). Seen by the finder and the BBC.',
        },
      },
    ],
    externalNotifications: [
      {
        at: '2021-06-19T09:10:00+01:00',
        notification: {
          recipient: 'police',
          recipientDetail: 'Kent Police',
          notifiedAt: ms('2021-06-19T08:45:00+01:00'),
          reference: 'KP-210619-0231',
        },
      },
      {
        at: '2021-06-19T12:00:00+01:00',
        notification: {
          recipient: 'government_security_group',
          notifiedAt: ms('2021-06-19T11:30:00+01:00'),
          notes: 'Loss of material above OFFICIAL reported; handled separately from the personal data breach.',
        },
      },
    ],
    actions: [
      {
        at: '2021-07-14T16:30:00+01:00',
        done: '2021-07-23T12:00:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Issue approved containers to every team that travels with protectively marked papers.',
          owner: 'Estates security',
          dueAt: ms('2021-07-23T17:00:00+01:00'),
        },
      },
      {
        at: '2021-07-14T16:35:00+01:00',
        done: '2021-07-20T09:00:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Start six months of spot checks at building exits.',
          owner: 'Main Building guard force',
          dueAt: ms('2021-07-19T09:00:00+01:00'),
        },
      },
    ],
  },

  // 4. Papers naming Afghan staff left in the abandoned Kabul embassy (notifying, ICO notified)
  {
    recordedAt: '2021-08-29T17:45:00+01:00',
    incident: {
      kind: 'lost_document',
      title: 'Papers naming Afghan staff left in the Kabul embassy compound',
      description:
        'Papers identifying Afghan nationals who had worked for British authorities were left in the embassy compound in Kabul when it was vacated during the evacuation. A journalist from The Times found them and told the department. The people named and their families are at risk of serious harm if identified.',
      businessUnit: 'Permanent Joint Headquarters',
      reportingOfficer: 'Joanna Ferris',
      owner: 'Joanna Ferris',
      occurredAt: ms('2021-08-15T12:00:00+01:00'),
      discoveredAt: ms('2021-08-29T17:05:00+01:00'),
      reportedAt: ms('2021-08-29T17:20:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL-SENSITIVE',
      materialItemCount: 12,
      details: {
        documentDescription: 'CVs, contact details and a relocation application of Afghan nationals who worked as interpreters and embassy staff.',
        pageCount: 12,
        lostWhere: 'British Embassy compound, Kabul (vacated during the evacuation)',
        lostAt: ms('2021-08-15T12:00:00+01:00'),
        foundBy: 'Journalist from The Times',
        recovered: true,
        onwardDisclosure: 'Seen by a journalist from The Times; names not published. Papers handed to FCDO staff.',
      },
    },
    parties: [
      {
        party: 'ahmad-zia-rahimi',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'location', 'other'],
          notificationStatus: 'notified',
          notifiedAt: ms('2021-08-31T09:40:00+01:00'),
          notificationMethod: 'phone',
        },
      },
      {
        party: 'farida-noori',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'location', 'other'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'mohammad-sadiq-wardak',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'location', 'other'],
          notificationStatus: 'unable_to_contact',
        },
      },
      { party: 'the-times', involvement: { roles: ['unintended_recipient'] } },
      { party: 'fcdo', involvement: { roles: ['data_owner'] } },
    ],
    notes: [
      {
        at: '2021-08-29T17:50:00+01:00',
        body: 'The Times reports finding papers in the compound naming Afghan nationals. The newspaper has agreed not to publish names and to hand the papers to FCDO staff.',
      },
      {
        at: '2021-08-31T15:45:00+01:00',
        body: 'ICO notified by telephone and online form; reference IC-118532-H4N9. Caseworkers are contacting the people named through ARAP channels.',
      },
      {
        at: '2021-09-03T10:00:00+01:00',
        body: 'Papers received from FCDO and secured. Mr Rahimi told by telephone on 31 Aug. Ms Noori reached through a relative; a call is being arranged.',
      },
      {
        at: '2021-10-12T14:20:00+01:00',
        body: 'No answer on any known number for Mr Wardak. Caseworkers will keep trying through trusted contacts and record each attempt.',
      },
    ],
    decisions: {
      publicAccount:
        'Papers that named people who worked with British staff in Kabul were left behind in the embassy compound when it was vacated. If these papers were read by others, people named in them could be put at risk. We have asked our partners to help recover or destroy them, and a team is contacting each person named to discuss their safety. Please contact us at once if you are approached or feel at risk.',
      regulatorNotify: true,
      regulatorRationale: 'Identification of people who worked for British authorities creates a risk to life. Notified within 72 hours of awareness.',
      regulatorDecidedAt: ms('2021-08-30T12:00:00+01:00'),
      subjectsNotify: true,
      subjectsRationale: 'High risk (Art. 34(1)). Each person to be told directly and offered help through the relocation scheme.',
      subjectsDecidedAt: ms('2021-08-30T12:00:00+01:00'),
      dataCategories: ['basic_identifiers', 'location', 'other'],
      subjectCategories: ['employees', 'vulnerable_adults'],
      howDiscovered: 'A journalist from The Times found the papers in the vacated compound and told the department through the press office.',
      causedByCyber: 'no',
      likelyConsequences:
        'People named as having worked for British authorities, and their families, could be identified and targeted in Afghanistan: risk of serious harm or death.',
      consequenceLikelihood: 'very_likely',
      staffInvolved: 'unknown',
      staffTrained: 'unknown',
      priorMeasures: 'Embassy destruction plan for papers on closure of the post.',
    },
    moves: [
      { to: 'triage', reason: 'Reported by the press office.', at: '2021-08-29T18:00:00+01:00' },
      { to: 'investigating', reason: 'High risk to named individuals; investigation opened with FCDO.', at: '2021-08-29T18:30:00+01:00' },
      { to: 'contained', reason: 'Papers recovered from the journalist and secured.', at: '2021-09-03T10:30:00+01:00' },
      { to: 'notifying', reason: 'People named are being told through ARAP caseworkers.', at: '2021-09-03T11:00:00+01:00' },
    ],
    assessments: [
      {
        at: '2021-08-30T11:00:00+01:00',
        assessment: {
          severity: {
            dpcCategory: 'simple',
            dpcAdjustment: 3,
            dpcFactors: ['individuals'],
            ease: 'maximum',
            confidentiality: 'unknown_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 3,
          recordsAffected: 12,
          notes: 'Contact details and CVs, but of people at risk of reprisal for working with British forces. The compound was open to anyone after the evacuation.',
        },
      },
    ],
    regulatorReports: [
      {
        at: '2021-08-31T15:45:00+01:00',
        report: {
          reportType: 'initial',
          submittedAt: ms('2021-08-31T15:40:00+01:00'),
          icoReference: 'IC-118532-H4N9',
          notes: 'By telephone, then the online form.',
        },
      },
      {
        at: '2021-09-03T12:00:00+01:00',
        report: {
          reportType: 'follow_up',
          submittedAt: ms('2021-09-03T11:45:00+01:00'),
          notes: 'Papers recovered and secured; progress in contacting the people named.',
        },
      },
    ],
    externalNotifications: [
      {
        at: '2021-08-29T18:20:00+01:00',
        notification: {
          recipient: 'other',
          recipientDetail: 'Foreign, Commonwealth & Development Office (owner of the papers)',
          notifiedAt: ms('2021-08-29T18:15:00+01:00'),
        },
      },
      {
        at: '2021-08-30T09:30:00+01:00',
        notification: {
          recipient: 'ministers_private_office',
          notifiedAt: ms('2021-08-30T09:00:00+01:00'),
          notes: 'Secretary of State’s private office briefed before the press reports.',
        },
      },
    ],
    actions: [
      {
        at: '2021-09-03T11:15:00+01:00',
        action: {
          kind: 'recovery',
          description: 'Reach every person named through ARAP caseworkers or trusted contacts, and record each attempt.',
          owner: 'Joanna Ferris',
          dueAt: ms('2021-09-30T17:00:00+01:00'),
          status: 'in_progress',
        },
      },
    ],
  },

  // 5. 55 Afghan relocation applicants copied in instead of BCC (contained; not yet assessed, ICO not yet decided)
  {
    recordedAt: '2021-09-20T16:05:00+01:00',
    incident: {
      kind: 'cc_exposure',
      title: 'Afghan relocation applicants copied in (CC) instead of BCC',
      description:
        'An email asking Afghan relocation applicants to update their contact details was sent with all 55 addresses visible instead of in BCC. Every recipient could see the others’ addresses, several of which contain names. Some applicants remain in Afghanistan, where being linked to UK forces puts them at risk.',
      businessUnit: 'Afghan Relocations and Assistance Policy (ARAP) casework',
      reportingOfficer: 'Gareth Llewellyn',
      owner: 'Claire Ashdown',
      occurredAt: ms('2021-09-20T14:32:00+01:00'),
      discoveredAt: ms('2021-09-20T15:10:00+01:00'),
      reportedAt: ms('2021-09-20T15:40:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL',
      materialItemCount: 1,
      details: {
        sender: 'relocation.casework@mod.gov.uk',
        recipientsExposed: 55,
        recipients: [
          'a.z.rahimi@example.af',
          'applicant.02@example.af',
          'applicant.03@example.af',
          'applicant.04@example.af',
          'applicant.05@example.af',
          'applicant.06@example.af',
        ],
        messageId: '<CWLP265MB19C4E2D7B0A5@CWLP265MB1923.GBRP265.PROD.OUTLOOK.COM>',
        sentAt: ms('2021-09-20T14:32:00+01:00'),
      },
    },
    parties: [
      {
        party: 'ahmad-zia-rahimi',
        involvement: {
          roles: ['unintended_recipient', 'data_subject'],
          dataCategories: ['basic_identifiers', 'other'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'habibullah-stanikzai',
        involvement: {
          roles: ['unintended_recipient', 'data_subject'],
          dataCategories: ['basic_identifiers', 'other'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'zarghona-ahmadzai',
        involvement: {
          roles: ['unintended_recipient', 'data_subject'],
          dataCategories: ['basic_identifiers', 'other'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'nasir-ahmad-popal',
        involvement: {
          roles: ['unintended_recipient', 'data_subject'],
          dataCategories: ['basic_identifiers', 'other'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'mariam-hakimi',
        involvement: {
          roles: ['unintended_recipient', 'data_subject'],
          dataCategories: ['basic_identifiers', 'other'],
          notificationStatus: 'pending',
        },
      },
      {
        party: 'abdul-wahid-karimi',
        involvement: {
          roles: ['unintended_recipient', 'data_subject'],
          dataCategories: ['basic_identifiers', 'other'],
          notificationStatus: 'pending',
        },
      },
    ],
    notes: [
      {
        at: '2021-09-20T16:10:00+01:00',
        body: 'An applicant replied to all, pointing out the visible addresses. Recall attempted at 15:25; it cannot remove copies from external mailboxes.',
      },
      {
        at: '2021-09-21T11:50:00+01:00',
        body: 'Shared mailbox restricted to two named caseworkers; the distribution list is deleted. No further reply-to-all has reached the applicants since 09:30.',
      },
      {
        at: '2021-09-21T12:10:00+01:00',
        body: 'Individual apology emails drafted, asking each applicant to delete the original and not to reply to all, with advice on securing their accounts. To be sent once the severity is assessed and the ICO decision taken.',
      },
    ],
    decisions: {
      publicAccount:
        'An email to applicants for relocation was sent with every address visible to the other recipients, instead of hidden. Other applicants could therefore see that you applied, and some addresses contain names. We have asked every recipient to delete the email and have changed how such messages are sent. Please be careful about messages that claim to come from us; we will never ask you for passwords or payment.',
      dataCategories: ['basic_identifiers', 'other'],
      subjectCategories: ['vulnerable_adults'],
      howDiscovered: 'An applicant replied to all, pointing out that every address was visible.',
      causedByCyber: 'no',
      likelyConsequences:
        'Each recipient can see that the others applied for relocation; several addresses contain names. Applicants still in Afghanistan could be identified as linked to UK forces and targeted.',
      consequenceLikelihood: 'likely',
      staffInvolved: 'yes',
      staffTrained: 'no',
      staffDetails: 'A caseworker new to the team, whose data protection training was booked but not yet done.',
      priorMeasures: 'Guidance to use BCC for external groups; no bulk-mail tool and no second check on messages to many external addresses.',
      rootCause:
        'A bulk message to external applicants was sent by one person from a shared mailbox, with addresses in the visible fields, and without a second check or a bulk-mail tool.',
    },
    moves: [
      { to: 'triage', reason: 'Reported by the casework team leader.', at: '2021-09-20T16:15:00+01:00' },
      { to: 'investigating', reason: 'Disclosure confirmed; applicants at risk.', at: '2021-09-20T16:30:00+01:00' },
      { to: 'contained', reason: 'Distribution list deleted and the mailbox restricted; no further replies-to-all.', at: '2021-09-21T12:00:00+01:00' },
    ],
    actions: [
      {
        at: '2021-09-20T16:40:00+01:00',
        done: '2021-09-21T11:45:00+01:00',
        action: {
          kind: 'containment',
          description: 'Delete the distribution list and restrict the shared mailbox to named caseworkers.',
          owner: 'Gareth Llewellyn',
          dueAt: ms('2021-09-21T12:00:00+01:00'),
        },
      },
      {
        at: '2021-09-21T12:20:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Send messages to groups of applicants through a tool that sends one email per recipient.',
          owner: 'Gareth Llewellyn',
          dueAt: ms('2021-10-29T17:00:00+01:00'),
        },
      },
    ],
  },

  // 6. Vetting decision letter sent to a previous address (contained)
  {
    recordedAt: '2026-09-08T10:25:00+01:00',
    incident: {
      kind: 'misdirected_post',
      title: 'Vetting decision letter sent to a previous address',
      description:
        'A letter giving the outcome of a contractor’s Security Check review was posted to his previous home address. The current occupant opened it, telephoned the vetting helpline and returned it. The letter refers to financial circumstances considered in the review.',
      businessUnit: 'Defence Business Services (Security Vetting)',
      reportingOfficer: 'Vetting helpline team leader',
      owner: 'Tom Whitcombe',
      occurredAt: ms('2026-09-01T16:00:00+01:00'),
      discoveredAt: ms('2026-09-07T15:40:00+01:00'),
      reportedAt: ms('2026-09-08T09:50:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL-SENSITIVE',
      materialItemCount: 1,
      details: {
        intendedAddressee: 'Mr C. Reddy, current home address (updated on the vetting record on 12 Aug 2026)',
        actualAddressee: 'Mr Reddy’s previous home address in Swindon; opened by the current occupant',
        item: 'Letter giving the outcome of a Security Check (SC) review, two pages',
      },
    },
    parties: [
      {
        party: 'callum-reddy',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['basic_identifiers', 'economic_financial', 'other'],
          notificationStatus: 'notified',
          notifiedAt: ms('2026-09-08T15:30:00+01:00'),
          notificationMethod: 'phone',
        },
      },
      { party: 'eleanor-pike', involvement: { roles: ['unintended_recipient'] } },
    ],
    notes: [
      {
        at: '2026-09-08T11:10:00+01:00',
        body: 'The new address was entered on the vetting record on 12 Aug, but the letter template takes the address from the case file, which still held the old one.',
      },
      {
        at: '2026-09-14T09:45:00+01:00',
        body: 'Letter received back by recorded delivery; the envelope had been opened. Ms Pike confirmed by telephone that she read the first paragraph only and kept no copy.',
      },
    ],
    decisions: {
      regulatorNotify: false,
      regulatorRationale:
        'One letter read in part by one person, who returned it and kept no copy. Assessed as unlikely to result in a risk to the individual. Decision recorded under Art. 33(5).',
      regulatorDecidedAt: ms('2026-09-09T16:00:00+01:00'),
      subjectsNotify: true,
      subjectsRationale: 'Not high risk, but Mr Reddy was told so he knows who has seen the letter.',
      subjectsDecidedAt: ms('2026-09-08T15:00:00+01:00'),
      dataCategories: ['basic_identifiers', 'economic_financial'],
      subjectCategories: ['other'],
      howDiscovered: 'The current occupant of the old address opened the letter and telephoned the vetting helpline.',
      causedByCyber: 'no',
      likelyConsequences: 'Embarrassment and distress: a neighbour of his former address has read that his financial circumstances were considered in a vetting review.',
      consequenceLikelihood: 'unlikely',
      staffInvolved: 'yes',
      staffTrained: 'yes',
      priorMeasures: 'Address changes are entered on the vetting record; the letter template did not read from it.',
    },
    moves: [
      { to: 'triage', reason: 'Reported by the vetting helpline.', at: '2026-09-08T11:00:00+01:00' },
      { to: 'investigating', reason: 'Personal data disclosed; address handling to be checked.', at: '2026-09-08T14:00:00+01:00' },
      { to: 'contained', reason: 'Letter returned; occupant confirms no copy kept.', at: '2026-09-14T10:00:00+01:00' },
    ],
    assessments: [
      {
        at: '2026-09-09T15:30:00+01:00',
        assessment: {
          severity: {
            dpcCategory: 'financial',
            dpcAdjustment: -1,
            dpcFactors: ['volume'],
            ease: 'maximum',
            confidentiality: 'known_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 1,
          recordsAffected: 1,
          notes: 'The letter mentions that financial circumstances were considered, not the details. Read in part by one known person.',
        },
      },
    ],
    actions: [
      {
        at: '2026-09-14T11:00:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Change the decision letter template to take the address from the vetting record, not the case file.',
          owner: 'Vetting casework systems team',
          dueAt: ms('2026-12-03T17:00:00+00:00'),
          status: 'in_progress',
        },
      },
      {
        at: '2026-09-14T11:05:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Check the other letters sent since 12 Aug 2026 for addresses changed on the vetting record.',
          owner: 'Tom Whitcombe',
          dueAt: ms('2026-09-30T17:00:00+01:00'),
        },
      },
    ],
  },

  // 7. Encrypted laptop left on a train (closed, near miss)
  {
    recordedAt: '2024-02-13T09:10:00+00:00',
    incident: {
      kind: 'lost_device',
      title: 'Encrypted laptop left on a train to London Paddington',
      description:
        'A member of staff left a departmental laptop in a carriage on a train from Bristol to London Paddington and reported it to the service desk the same evening. The laptop has full-disk encryption and a pre-boot PIN. The account was disabled and a remote wipe issued within the hour.',
      businessUnit: 'Defence Equipment & Support',
      reportingOfficer: 'Rebecca Thornton',
      owner: 'Priya Raman',
      occurredAt: ms('2024-02-12T18:40:00+00:00'),
      discoveredAt: ms('2024-02-12T19:55:00+00:00'),
      reportedAt: ms('2024-02-12T20:10:00+00:00'),
      recordMarking: 'OFFICIAL',
      materialMarking: 'OFFICIAL-SENSITIVE',
      materialItemCount: 1,
      details: {
        deviceType: 'Laptop (departmental build, full-disk encryption with pre-boot PIN)',
        assetTag: 'DES-LT-0041277',
        encrypted: true,
        remoteWiped: true,
      },
    },
    parties: [
      { party: 'rebecca-thornton', involvement: { roles: ['other'] } },
      { party: 'rail-lost-property', involvement: { roles: ['third_party'] } },
    ],
    notes: [
      {
        at: '2024-02-13T09:20:00+00:00',
        body: 'Service desk disabled the account and issued a remote wipe at 20:30 on 12 Feb. Loss reported to the rail operator’s lost property office.',
      },
      {
        at: '2024-02-14T16:05:00+00:00',
        body: 'Device management console confirms the wipe completed at 15:52 today, when the laptop connected to a network. Laptop not handed in.',
      },
    ],
    decisions: {
      rootCause: 'Laptop placed in the overhead rack and left behind when changing seats.',
      lessons: 'Reminder to the team to keep devices on their person when travelling. Existing controls (encryption, remote wipe) worked as intended.',
    },
    moves: [
      { to: 'triage', reason: 'Reported out of hours; reviewed next morning.', at: '2024-02-13T09:30:00+00:00' },
      {
        to: 'closed',
        outcome: 'near_miss',
        reason: 'Device encrypted and wiped; no personal data left our control.',
        at: '2024-02-16T12:00:00+00:00',
      },
    ],
    assessments: [
      {
        at: '2024-02-13T10:00:00+00:00',
        assessment: {
          severity: {
            dpcCategory: 'simple',
            dpcAdjustment: 0,
            dpcFactors: [],
            ease: 'negligible',
            confidentiality: 'none',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: null,
          recordsAffected: null,
          unintelligible: true,
          notes: 'Full-disk encryption with a pre-boot PIN; the PIN was not kept with the laptop. Work files are also on the network drive.',
        },
      },
    ],
    actions: [
      {
        at: '2024-02-13T09:30:00+00:00',
        done: '2024-02-14T16:05:00+00:00',
        action: {
          kind: 'containment',
          description: 'Confirm the remote wipe has completed.',
          owner: 'Service desk',
          dueAt: ms('2024-02-16T17:00:00+00:00'),
        },
      },
    ],
  },

  // 8. Health information disclosed verbally to a contractor (closed, breach, ICO not notified)
  {
    recordedAt: '2025-05-20T13:15:00+01:00',
    incident: {
      kind: 'unauthorised_disclosure',
      title: 'Team member’s medical condition mentioned to a contractor',
      description:
        'At a site meeting a line manager explained a team member’s absence to a contractor’s account manager by naming her medical condition and expected return date. A colleague who was present raised it with the security team the same afternoon.',
      businessUnit: 'Defence Infrastructure Organisation',
      reportingOfficer: 'Site security officer, Andover',
      owner: 'Tom Whitcombe',
      occurredAt: ms('2025-05-19T11:30:00+01:00'),
      discoveredAt: ms('2025-05-19T16:20:00+01:00'),
      reportedAt: ms('2025-05-20T12:50:00+01:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: null,
      materialItemCount: null,
      details: {
        how: 'Verbal disclosure during a site meeting, explaining a team member’s absence.',
        toWhom: 'Account manager, Crestline Facilities Ltd (facilities management contractor)',
      },
    },
    parties: [
      {
        party: 'laura-bennett',
        involvement: {
          roles: ['data_subject'],
          dataCategories: ['health'],
          notificationStatus: 'notified',
          notifiedAt: ms('2025-05-21T10:00:00+01:00'),
          notificationMethod: 'in_person',
        },
      },
      { party: 'steve-marlow', involvement: { roles: ['unintended_recipient'] } },
    ],
    notes: [
      {
        at: '2025-05-20T14:10:00+01:00',
        body: 'Line manager confirms what was said. One person outside the department heard it.',
      },
      {
        at: '2025-05-23T14:30:00+01:00',
        body: 'Crestline confirmed in writing that the information was not recorded or passed on, as its contract requires.',
      },
    ],
    decisions: {
      regulatorNotify: false,
      regulatorRationale:
        'One item of health information heard by one person bound by contractual confidentiality, who confirmed in writing that it was neither recorded nor passed on. Assessed as unlikely to result in a risk. Decision recorded under Art. 33(5).',
      regulatorDecidedAt: ms('2025-05-21T16:00:00+01:00'),
      subjectsNotify: true,
      subjectsRationale: 'Ms Bennett told in person by the incident owner, with a note of what was said and to whom.',
      subjectsDecidedAt: ms('2025-05-21T09:30:00+01:00'),
      rootCause: 'The line manager did not know that the reason for an absence must not be shared beyond those who need it; no agreed form of words existed.',
      lessons:
        'Guidance note for line managers on explaining absences to contractors (“unavailable until further notice”). Line manager completed data protection refresher on 6 Jun 2025.',
      dataCategories: ['health'],
      subjectCategories: ['employees'],
      howDiscovered: 'A colleague present at the meeting raised it with the site security team the same afternoon.',
      causedByCyber: 'no',
      likelyConsequences: 'Distress and loss of privacy for the team member; the contractor’s account manager knows of her medical condition.',
      consequenceLikelihood: 'unlikely',
      staffInvolved: 'yes',
      staffTrained: 'no',
      staffDetails: 'The line manager’s data protection training had lapsed; refresher completed on 6 Jun 2025.',
      priorMeasures: 'Data protection training; no agreed form of words for explaining absences.',
    },
    moves: [
      { to: 'triage', reason: 'Reported by the site security officer.', at: '2025-05-20T14:00:00+01:00' },
      { to: 'investigating', reason: 'Special category data disclosed to a third party.', at: '2025-05-21T09:00:00+01:00' },
      { to: 'contained', reason: 'Contractor confirmed no record kept and no onward disclosure.', at: '2025-05-23T15:00:00+01:00' },
      {
        to: 'closed',
        outcome: 'breach',
        reason: 'Decisions recorded; data subject told; guidance issued.',
        at: '2025-06-13T11:00:00+01:00',
      },
    ],
    assessments: [
      {
        at: '2025-05-21T15:00:00+01:00',
        assessment: {
          severity: {
            dpcCategory: 'sensitive',
            dpcAdjustment: -2,
            dpcFactors: ['volume', 'nature'],
            ease: 'maximum',
            confidentiality: 'known_recipients',
            integrity: 'none',
            availability: 'none',
            maliciousIntent: false,
          },
          peopleAffected: 1,
          recordsAffected: 1,
          notes: 'Health data, but one spoken remark naming a condition, to one person bound by contractual confidentiality.',
        },
      },
    ],
    actions: [
      {
        at: '2025-05-23T16:00:00+01:00',
        done: '2025-06-06T15:00:00+01:00',
        action: {
          kind: 'preventive',
          description: 'Guidance note for line managers on explaining absences to contractors.',
          owner: 'Tom Whitcombe',
          dueAt: ms('2025-06-06T17:00:00+01:00'),
        },
      },
    ],
  },

  // 9. Phishing with a look-alike domain (back in triage)
  {
    recordedAt: '2026-11-16T10:05:00+00:00',
    incident: {
      kind: 'cyber',
      title: 'Credentials entered on a look-alike “password expiry” page',
      description:
        'A user entered his network credentials on a page reached from an email that imitated the service desk, sent from a domain that differs from mod.gov.uk by a Cyrillic letter. He reported it three days later. The account was disabled and the password reset within half an hour of the report.',
      businessUnit: 'Defence Digital',
      reportingOfficer: 'Owen Gallagher',
      owner: 'Claire Ashdown',
      occurredAt: ms('2026-11-13T09:48:00+00:00'),
      discoveredAt: ms('2026-11-16T08:30:00+00:00'),
      reportedAt: ms('2026-11-16T09:15:00+00:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL',
      materialItemCount: null,
      details: {
        cyberType: 'phishing',
        confidentialityAffected: 'unknown',
        integrityAffected: 'no',
        availabilityAffected: 'no',
        impact: 'low',
        recoveryTime: 'complete',
      },
    },
    parties: [
      {
        party: 'owen-gallagher',
        involvement: { roles: ['data_subject'], dataCategories: ['identification_data'], notificationStatus: 'not_required' },
      },
      { party: 'spoofed-sender', involvement: { roles: ['other'] } },
    ],
    notes: [
      {
        at: '2026-11-16T10:20:00+00:00',
        body: 'Account disabled 09:20, password reset 09:40. Email blocked at the gateway; 41 other recipients identified, none reports entering credentials.',
      },
      {
        at: '2026-11-19T15:45:00+00:00',
        body: 'Sign-in logs: one attempt from an unfamiliar address on 13 Nov at 10:02, blocked by conditional access. No other sign-ins than the user’s own; no mailbox access found.',
      },
    ],
    moves: [
      { to: 'triage', reason: 'Reported by the user to the service desk.', at: '2026-11-16T10:30:00+00:00' },
      { to: 'investigating', reason: 'Credentials exposed; sign-in and mailbox logs to be checked.', at: '2026-11-17T09:00:00+00:00' },
      {
        to: 'triage',
        reason: 'Logs show the only attempt was blocked; back to triage to decide whether any personal data was accessed.',
        at: '2026-11-19T16:00:00+00:00',
      },
    ],
    externalNotifications: [
      {
        at: '2026-11-16T11:00:00+00:00',
        notification: {
          recipient: 'ncsc',
          notifiedAt: ms('2026-11-16T10:50:00+00:00'),
          reference: 'SERS-2026-118842',
          notes: 'Look-alike domain reported for takedown through the suspicious email reporting service.',
        },
      },
    ],
    actions: [
      {
        at: '2026-11-16T10:10:00+00:00',
        done: '2026-11-16T10:20:00+00:00',
        action: {
          kind: 'containment',
          description: 'Disable the account, reset the password and block the email at the gateway.',
          owner: 'Service desk',
          dueAt: ms('2026-11-16T12:00:00+00:00'),
        },
      },
      {
        at: '2026-11-19T16:10:00+00:00',
        action: {
          kind: 'recovery',
          description: 'Confirm from the mailbox audit log that nothing was read or forwarded.',
          owner: 'Claire Ashdown',
          dueAt: ms('2026-11-30T17:00:00+00:00'),
        },
      },
    ],
  },

  // 10. Training records in a general waste bin (reported, not yet triaged)
  {
    recordedAt: '2026-11-25T16:40:00+00:00',
    incident: {
      kind: 'insecure_disposal',
      title: 'Training records found in a general waste bin',
      description:
        'The cleaning contractor found a bundle of printed training records in a general waste bin at a regional office, next to the confidential waste sack. The records list names, service numbers and course results. The bundle has been placed in the locked confidential waste store.',
      businessUnit: 'Army Headquarters',
      reportingOfficer: 'Office manager, regional office',
      owner: '',
      occurredAt: null,
      discoveredAt: ms('2026-11-25T07:15:00+00:00'),
      reportedAt: ms('2026-11-25T15:55:00+00:00'),
      recordMarking: 'OFFICIAL-SENSITIVE',
      materialMarking: 'OFFICIAL-SENSITIVE',
      materialItemCount: 30,
      details: {
        what: 'Printed training attendance records and course results, about 30 sheets',
        where: 'General waste bin, second-floor print room, regional office',
      },
    },
    parties: [{ party: 'brightwell-cleaning', involvement: { roles: ['third_party'] } }],
    notes: [
      {
        at: '2026-11-25T16:45:00+00:00',
        body: 'Logged from the contractor supervisor’s email. Bundle secured; not yet triaged. Waste collected from the bin on 24 Nov has already gone for general disposal.',
      },
    ],
    moves: [],
  },
];
