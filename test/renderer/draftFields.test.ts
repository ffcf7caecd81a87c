import { describe, expect, it } from 'vitest';

/** What a form's draft keeps (loaded by a path tsc does not follow: the module sits in the renderer). */
type DraftFields = { changedFields(values: Record<string, unknown>, dirtyFields: Record<string, unknown>): Record<string, unknown> };
const path = '../../renderer/src/components/form/draftFields';
const fields = (await import(/* @vite-ignore */ path)) as DraftFields;

describe('the fields a draft keeps', () => {
  const values = { title: 'Old title', owner: 'Priya Raman', details: { sender: 'a@mod.gov.uk', actualRecipients: 'x@army.ml' }, dataCategories: ['health'] };

  it('keeps only what the officer changed, so restoring over a newer version leaves the rest as now recorded', () => {
    expect(fields.changedFields(values, { owner: true })).toEqual({ owner: 'Priya Raman' });
  });

  it('keeps a group (the details, a list) whole when any part of it was changed', () => {
    expect(fields.changedFields(values, { details: { sender: false, actualRecipients: true }, dataCategories: [true] })).toEqual({
      details: values.details,
      dataCategories: ['health'],
    });
  });

  it('keeps nothing when nothing is marked changed', () => {
    expect(fields.changedFields(values, { details: { sender: false }, title: false })).toEqual({});
  });
});
