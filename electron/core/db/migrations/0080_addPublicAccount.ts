/**
 * Issue 12 §1: letters to the people affected carry a public account of the breach the officer writes for
 * them, never the record's internal free text (which may name other people).
 */
export const sql = /* sql */ `
ALTER TABLE incidents ADD COLUMN public_account TEXT NOT NULL DEFAULT '';
`;
