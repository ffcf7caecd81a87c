/**
 * Issue 11: a decision not to notify the ICO stops the 72-hour clock only once it stands — an assessment,
 * its reasons, and not awaiting review after a re-assessment. The dashboard's ICO clocks read through
 * this partial index, which left out every "do not notify" incident, complete or not; it now holds every
 * open incident the ICO has not been told of, and the query keeps those whose decision does not stand.
 */
export const sql = /* sql */ `
DROP INDEX incidents_awaiting_regulator;
CREATE INDEX incidents_awaiting_regulator ON incidents (discovered_at, seq, status, regulator_notify, regulator_notified_at)
  WHERE status <> 'closed' AND regulator_notified_at IS NULL;
`;
