import { describe, expect, it } from 'vitest';
import { formatRoute, INCIDENT_TABS, parseRoute, type Route } from '../../renderer/src/lib/routes';

const PARTY = '0b4f2a8e-61c3-4d2e-9a57-3c1e0f9b7d21';
const EMPTY = { statuses: [], kinds: [], markings: [], text: '' };

/** Every route, with the address written by hand from docs (issue 11 §4): each must survive the trip both ways. */
const ADDRESSES: [string, Route][] = [
  ['#/dashboard', { page: 'dashboard' }],
  ['#/register', { page: 'register', filter: EMPTY }],
  [
    '#/register?status=open&q=army.ml',
    { page: 'register', filter: { ...EMPTY, statuses: ['reported', 'triage', 'investigating', 'contained', 'notifying'], text: 'army.ml' } },
  ],
  [
    '#/register?status=triage&status=closed&kind=cc_exposure&marking=OFFICIAL-SENSITIVE&q=Kabul+embassy',
    { page: 'register', filter: { statuses: ['triage', 'closed'], kinds: ['cc_exposure'], markings: ['OFFICIAL-SENSITIVE'], text: 'Kabul embassy' } },
  ],
  ['#/register?marking=TOP+SECRET', { page: 'register', filter: { ...EMPTY, markings: ['TOP SECRET'] } }],
  ['#/incidents/new', { page: 'newIncident' }],
  ['#/incidents/INC-2026-0042', { page: 'incident', reference: 'INC-2026-0042', tab: 'details' }],
  ['#/incidents/INC-2026-0042/parties', { page: 'incident', reference: 'INC-2026-0042', tab: 'parties' }],
  ['#/parties', { page: 'parties' }],
  [`#/parties/${PARTY}`, { page: 'party', id: PARTY }],
  ['#/reports', { page: 'reports' }],
  ['#/gateway', { page: 'gatewayImport' }],
  ['#/lookalikes', { page: 'lookalikes' }],
  ['#/settings', { page: 'settings' }],
  ['#/retention', { page: 'retention' }],
  ['#/accounts', { page: 'accounts' }],
];

describe('hash routes', () => {
  it.each(ADDRESSES)('reads %s and writes it back the same', (address, route) => {
    expect(parseRoute(address)).toEqual(route);
    expect(formatRoute(route)).toBe(address);
  });

  it.each(INCIDENT_TABS.filter((t) => t !== 'details'))('addresses the incident tab %s', (tab) => {
    const route: Route = { page: 'incident', reference: 'INC-2026-0042', tab };
    expect(formatRoute(route)).toBe(`#/incidents/INC-2026-0042/${tab}`);
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('reads an incident reference typed in lower case as the reference', () => {
    expect(parseRoute('#/incidents/inc-2026-0042/notes')).toEqual({ page: 'incident', reference: 'INC-2026-0042', tab: 'notes' });
  });

  it('takes an empty address, or none, as the dashboard', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual({ page: 'dashboard' });
  });

  it.each([
    '#/nowhere',
    '#/incidents',
    '#/incidents/42',
    '#/incidents/INC-2026-0042/secrets',
    '#/incidents/INC-2026-0042/parties/extra',
    '#/incidents/new/parties',
    '#/parties/not-an-id',
    '#/register/extra',
    '#/settings/extra',
    '#/%E0%A4%A',
    '#/constructor',
    '#/__proto__',
    'javascript:alert(1)',
  ])('falls back to the dashboard for the garbage address %s', (hash) => {
    expect(parseRoute(hash)).toEqual({ page: 'dashboard' });
  });

  it('drops filter values the register does not know, keeping the rest', () => {
    expect(parseRoute('#/register?status=lost&status=triage&kind=telepathy&marking=UNCLASSIFIED&colour=red')).toEqual({
      page: 'register',
      filter: { ...EMPTY, statuses: ['triage'] },
    });
  });

  it('writes a register without a filter, or with an empty one, as the bare register', () => {
    expect(formatRoute({ page: 'register' })).toBe('#/register');
    expect(formatRoute({ page: 'register', filter: { ...EMPTY, text: '   ' } })).toBe('#/register');
  });

  it('keeps characters that mean something in an address inside the search text', () => {
    const route: Route = { page: 'register', filter: { ...EMPTY, text: 'a&b=c #1 ?/ 50% “quoted”' } };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
