import type { ReportDocument, Sheet } from '../../../../shared/contract/reports';

export const HOSTILE = {
  long: 'A'.repeat(10_000),
  longWords: Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '),
  script: '<script>alert(1)</script>',
  rlo: 'invoice\u202Egpj.exe',
  cyrillic: 'mоd.gov.uk', // the "о" is Cyrillic U+043E
  arabic: 'محمد عبد الله',
};

export function briefing(): ReportDocument {
  return {
    marking: 'OFFICIAL-SENSITIVE',
    title: 'Ministerial briefing: INC-2026-0042',
    subtitle: 'Emails for a partner department sent to a lookalike domain (mоd.gov.uk)',
    fileStem: 'INC-2026-0042 ministerial briefing',
    footer: 'Generated 27 Nov 2026 10:30 by A. Morgan from Casebook',
    blocks: [
      { type: 'heading', level: 1, text: 'Summary' },
      {
        type: 'paragraph',
        tone: 'normal',
        text: 'Between 3 and 24 November 2026, 14 routine emails intended for the partner department were sent to mоd.gov.uk, a lookalike of mod.gov.uk in which the letter "o" is Cyrillic. None was marked above OFFICIAL-SENSITIVE. The domain has been blocked at the mail gateway.',
      },
      { type: 'heading', level: 1, text: 'What happened and when' },
      {
        type: 'fields',
        rows: [
          { label: 'Occurred', value: '3 Nov 2026 09:12', isMissing: false },
          { label: 'Discovered', value: '24 Nov 2026 16:40', isMissing: false },
          { label: 'Reported to the DPO', value: '25 Nov 2026 08:05', isMissing: false },
          { label: 'Reported to the ICO', value: 'Not yet known', isMissing: true },
          { label: 'Officer', value: 'A. Morgan, Departmental Security', isMissing: false },
          { label: 'Sender', value: HOSTILE.arabic, isMissing: false },
        ],
      },
      { type: 'heading', level: 1, text: 'What data and how many people' },
      { type: 'paragraph', tone: 'normal', text: 'Names, work email addresses and travel itineraries of 37 staff; no special-category data.' },
      { type: 'heading', level: 1, text: 'What has been done' },
      {
        type: 'bullets',
        items: [
          'The lookalike domain and 135 similar domains blocked at the mail gateway (25 Nov).',
          'Registrar asked to suspend mоd.gov.uk (26 Nov); no reply yet.',
          'Staff reminded to check autocompleted addresses before sending.',
        ],
      },
      { type: 'heading', level: 1, text: 'Who has been told' },
      {
        type: 'table',
        columns: ['Who', 'Status', 'When'],
        rows: [
          ['Information Commissioner’s Office', 'Due by 27 Nov 2026 16:40 (72 hours)', 'Not yet'],
          ['The 37 staff concerned', 'Told', '26 Nov 2026'],
          ['Partner department’s security team', 'Told', '25 Nov 2026'],
        ],
      },
      { type: 'heading', level: 1, text: 'Lines to take' },
      { type: 'paragraph', tone: 'missing', text: 'Not yet known: the officer has not written lines to take.' },
      { type: 'heading', level: 2, text: 'Next steps and open risks' },
      { type: 'paragraph', tone: 'normal', text: 'Decide whether to notify the ICO before the deadline. Risk: further mail sent before the block.' },
      { type: 'paragraph', tone: 'note', text: 'Severity assessed with the ENISA 2013 method: 2.5 (medium).' },
    ],
  };
}

export function statistics(): ReportDocument {
  const months = ['Apr 2026', 'May 2026', 'Jun 2026', 'Jul 2026', 'Aug 2026', 'Sep 2026'];
  return {
    marking: 'OFFICIAL',
    title: 'Data incidents: 1 April to 30 September 2026',
    subtitle: 'Periodic statistics',
    fileStem: 'statistics',
    footer: 'Generated 27 Nov 2026 10:30 from Casebook',
    blocks: [
      { type: 'heading', level: 1, text: 'Incidents by month' },
      {
        type: 'chart',
        title: 'Incidents recorded and reported to the ICO, by month',
        categories: months,
        series: [
          { name: 'Recorded', values: [12, 9, 15, 7, 11, 20] },
          { name: 'Reported to the ICO', values: [1, 0, 2, 1, 0, 3] },
        ],
      },
      {
        type: 'chart',
        title: 'Incidents by kind',
        categories: ['Misdirected email', 'CC/BCC exposure', 'Lost documents'],
        series: [{ name: 'Incidents', values: [40, 12, 22] }],
      },
      {
        type: 'table',
        columns: ['Category', 'Incidents'],
        rows: [
          ['Loss of inadequately protected electronic equipment, devices or paper documents from secured Government premises', '4'],
          ['Unauthorised disclosure', '31'],
        ],
      },
    ],
  };
}

export function letter(name: string): ReportDocument {
  return {
    marking: 'OFFICIAL',
    title: `Dear ${name}`,
    subtitle: 'About an email sent in error on 3 November 2026',
    fileStem: `letter ${name}`,
    footer: 'Departmental Security, 70 Whitehall, London SW1A 2AS',
    blocks: [
      {
        type: 'paragraph',
        tone: 'normal',
        text: 'We are writing to tell you that an email containing your name and travel plans was sent by mistake to an address outside government.',
      },
      { type: 'paragraph', tone: 'normal', text: 'Yours sincerely,\nA. Morgan\nDepartmental Security Officer' },
    ],
  };
}

export function hostile(): ReportDocument {
  return {
    marking: 'SECRET',
    title: `${HOSTILE.script} ${HOSTILE.rlo}`,
    subtitle: '=HYPERLINK("http://evil.example","click")',
    fileStem: 'hostile',
    footer: HOSTILE.script,
    blocks: [
      { type: 'heading', level: 1, text: HOSTILE.script },
      {
        type: 'fields',
        rows: [
          { label: 'Description', value: HOSTILE.long, isMissing: false },
          { label: 'RLO', value: HOSTILE.rlo, isMissing: false },
        ],
      },
      { type: 'paragraph', tone: 'normal', text: HOSTILE.longWords },
      { type: 'table', columns: ['Long value', 'Domain'], rows: [[HOSTILE.long.slice(0, 3000), HOSTILE.cyrillic]] },
      { type: 'bullets', items: [HOSTILE.script, HOSTILE.arabic, 'bell\u0007and\u0000nul'] },
    ],
  };
}

export const UTC_SUMMER = Date.UTC(2026, 6, 1, 13, 30); // 14:30 BST
export const UTC_WINTER = Date.UTC(2026, 10, 27, 14, 30); // 14:30 GMT

export function registerSheet(): Sheet {
  return {
    name: 'Breach register',
    columns: [
      { header: 'Reference', type: 'text', width: 16 },
      { header: 'Title', type: 'text', width: 40 },
      { header: 'People affected', type: 'number', width: 12 },
      { header: 'Discovered', type: 'date', width: 12 },
      { header: 'Reported', type: 'datetime', width: 18 },
    ],
    rows: [
      ['INC-2026-0001', '=HYPERLINK("http://evil.example","click")', 37, UTC_SUMMER, UTC_WINTER],
      ['INC-2026-0002', '+1', 0, UTC_WINTER, null],
      ['INC-2026-0003', '-2', 5, null, UTC_SUMMER],
      ['INC-2026-0004', '@SUM(A1:A2)', null, UTC_WINTER, UTC_WINTER],
      ['INC-2026-0005', '\t=1', 1, UTC_WINTER, UTC_WINTER],
      ['INC-2026-0006', '\r=1', 2, UTC_WINTER, UTC_WINTER],
      ['INC-2026-0007', 'He said "hello", then left\nsecond line', 3, UTC_WINTER, UTC_WINTER],
      ['INC-2026-0008', `${HOSTILE.cyrillic} ${HOSTILE.arabic} ${HOSTILE.script}`, 4, UTC_WINTER, UTC_WINTER],
      ['INC-2026-0009', '=1\n+2', 4, UTC_WINTER, UTC_WINTER],
    ],
  };
}
