import { describe, expect, it } from 'vitest';
import { parseUkDateTime } from '../../shared/time/ukTime';
import { LinkFormSchema, newLinkForm, toLinkFormPath, type LinkFormValues } from '../../renderer/src/features/involvements/linkForm';

const PARTY_ID = '00000000-0000-4000-8000-000000000007';

function issues(values: LinkFormValues): Record<string, string> {
  const result = LinkFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('LinkFormSchema', () => {
  it('links an existing party by id', () => {
    const values = { ...newLinkForm(), partyId: PARTY_ID, involvement: { ...newLinkForm().involvement, roles: ['third_party' as const] } };
    expect(LinkFormSchema.parse(values)).toEqual({
      party: { id: PARTY_ID },
      involvement: { roles: ['third_party'], dataCategories: [], notificationStatus: 'undecided', notifiedAt: null, notificationMethod: null },
    });
  });

  it('asks for a chosen party and at least one role', () => {
    expect(issues(newLinkForm())).toEqual({
      partyId: 'Search for the party and choose one',
      'involvement.roles': 'Give the party at least one role',
    });
  });

  it('checks a new party with the contract, at the party’s fields', () => {
    const values: LinkFormValues = {
      ...newLinkForm(),
      mode: 'new',
      party: { ...newLinkForm().party, name: '', email: 'not-an-address' },
      involvement: { ...newLinkForm().involvement, roles: ['data_subject'] },
    };
    expect(issues(values)).toEqual({ 'party.name': 'Enter a name', 'party.email': 'Enter an email address like name@example.gov.uk' });
  });

  it('needs a date and method only when the party was notified, and drops them otherwise', () => {
    const notified: LinkFormValues = {
      ...newLinkForm(),
      partyId: PARTY_ID,
      involvement: { roles: ['data_subject'], dataCategories: [], notificationStatus: 'notified', notifiedAt: '', notificationMethod: null },
    };
    expect(issues(notified)).toEqual({
      'involvement.notifiedAt': 'Enter when they were told',
      'involvement.notificationMethod': 'Choose how they were told',
    });
    const told = { ...notified, involvement: { ...notified.involvement, notifiedAt: '27/11/2026 10:00', notificationMethod: 'letter' as const } };
    expect(LinkFormSchema.parse(told).involvement).toMatchObject({
      notifiedAt: (parseUkDateTime('27/11/2026 10:00') as { ms: number }).ms,
      notificationMethod: 'letter',
    });
    const pending = { ...told, involvement: { ...told.involvement, notificationStatus: 'pending' as const } };
    expect(LinkFormSchema.parse(pending).involvement).toMatchObject({ notifiedAt: null, notificationMethod: null });
  });
});

describe('toLinkFormPath', () => {
  it('maps the core’s paths to the form’s fields', () => {
    expect(toLinkFormPath('party.new.email')).toBe('party.email');
    expect(toLinkFormPath('party.id')).toBe('partyId');
    expect(toLinkFormPath('involvement.roles.1')).toBe('involvement.roles');
    expect(toLinkFormPath('incidentId')).toBeNull();
  });
});
