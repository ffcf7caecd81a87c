/**
 * Issue 11: a decision follows its assessment. When an incident is re-assessed into another severity band
 * while a regulator or data-subject decision is recorded, the decisions are flagged for review until the
 * officer confirms or changes them; closing waits for that. Existing incidents start unflagged.
 */
export const sql = /* sql */ `
ALTER TABLE incidents ADD COLUMN decisions_need_review INTEGER NOT NULL DEFAULT 0 CHECK (decisions_need_review IN (0, 1));
`;
