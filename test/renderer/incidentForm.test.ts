import { describe, expect, it } from 'vitest';
import { emptyDetails } from '../../shared/domain/incidentDetails';
import { parseUkDateTime } from '../../shared/time/ukTime';
import type { IncidentRecord } from '../../renderer/src/lib/contractTypes';
import {
  IncidentFormSchema,
  incidentPatch,
  incidentToForm,
  newIncidentForm,
  toIncidentFormPath,
  type IncidentFormValues,
} from '../../renderer/src/features/incidentForm/incidentForm';

const officer = { name: 'Alex Morgan', businessUnit: 'Defence Security' };
const ms = (text: string) => {
  const parsed = parseUkDateTime(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.ms;
};

function form(patch: Partial<IncidentFormValues> = {}): IncidentFormValues {
  return { ...newIncidentForm(officer), title: 'Schedule sent to army.ml', discoveredAt: '26/11/2026 17:05', ...patch };
}

function issues(values: IncidentFormValues): Record<string, string> {
  const result = IncidentFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('IncidentFormSchema', () => {
  it('turns typed text into the contract’s new incident: UK dates, one address per line, counts', () => {
    const result = IncidentFormSchema.parse(
      form({
        occurredAt: '26/11/2026 16:32',
        materialItemCount: '1,200',
        details: { ...newIncidentForm(officer).details, actualRecipients: ' someone@army.ml \n\n other@army.ml ', recallAttempted: 'no' },
      }),
    );
    expect(result).toMatchObject({
      kind: 'misdirected_email',
      owner: 'Alex Morgan',
      businessUnit: 'Defence Security',
      occurredAt: ms('26/11/2026 16:32'),
      discoveredAt: ms('26/11/2026 17:05'),
      reportedAt: null,
      materialItemCount: 1200,
      details: { actualRecipients: ['someone@army.ml', 'other@army.ml'], recallAttempted: false, sentAt: null },
    });
  });

  it('puts a date it cannot read on that field, with the reason', () => {
    expect(issues(form({ discoveredAt: '31/02/2026 09:15' }))).toEqual({ discoveredAt: 'That month has 28 days' });
    expect(issues(form({ discoveredAt: '' }))).toEqual({ discoveredAt: 'Enter when it was discovered as DD/MM/YYYY HH:MM' });
  });

  it('does not judge the other dates against a discovery date it could not read', () => {
    expect(issues(form({ occurredAt: '26/11/2026 16:32', discoveredAt: 'yesterday' }))).toEqual({
      discoveredAt: expect.stringContaining('DD/MM/YYYY'),
    });
  });

  it('reports the contract’s own checks at the form’s fields', () => {
    expect(issues(form({ title: '  ', occurredAt: '27/11/2026 09:00' }))).toEqual({
      title: 'Enter a title',
      occurredAt: 'It cannot have happened after it was discovered',
    });
    expect(issues(form({ materialItemCount: 'twenty' }))).toEqual({ materialItemCount: 'Enter a whole number, e.g. 20' });
  });

  it('reads each kind’s details, including yes/no/unknown and optional choices', () => {
    const cyber = newIncidentForm(officer, 'cyber');
    expect(IncidentFormSchema.parse({ ...cyber, title: 'Phish', discoveredAt: '01/11/2026 10:00' }).details).toEqual(emptyDetails('cyber'));
    const device = newIncidentForm(officer, 'lost_device');
    const parsed = IncidentFormSchema.parse({
      ...device,
      title: 'Laptop left on a train',
      discoveredAt: '01/11/2026 10:00',
      details: { ...device.details, encrypted: 'yes', remoteWiped: '' },
    });
    expect(parsed.details).toMatchObject({ encrypted: true, remoteWiped: null });
  });
});

describe('toIncidentFormPath', () => {
  it('maps create and update paths to fields, and list entries to their list', () => {
    expect(toIncidentFormPath('title')).toBe('title');
    expect(toIncidentFormPath('patch.occurredAt')).toBe('occurredAt');
    expect(toIncidentFormPath('details.actualRecipients.2')).toBe('details.actualRecipients');
    expect(toIncidentFormPath('patch.details.sender')).toBe('details.sender');
    expect(toIncidentFormPath('version')).toBeNull();
  });
});

describe('incidentPatch', () => {
  const saved = {
    ...IncidentFormSchema.parse(form()),
    details: { ...emptyDetails('misdirected_email') },
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'INC-2026-0001',
    version: 3,
  } as unknown as IncidentRecord;

  it('sends nothing when nothing changed, even though the form rebuilt every value', () => {
    expect(incidentPatch(saved, IncidentFormSchema.parse(incidentToForm(saved)))).toEqual({});
  });

  it('sends only the changed fields, and kind with details together', () => {
    const edited = incidentToForm(saved);
    edited.owner = 'Priya Raman';
    edited.details = { ...edited.details, sender: 'desk@mod.gov.uk' };
    const patch = incidentPatch(saved, IncidentFormSchema.parse(edited));
    expect(Object.keys(patch).sort()).toEqual(['details', 'kind', 'owner']);
    expect(patch).toMatchObject({ owner: 'Priya Raman', kind: 'misdirected_email', details: { sender: 'desk@mod.gov.uk' } });
  });
});
