import { addAction, listActions, updateAction } from './actions/actionService';
import { addAssessment, listAssessments } from './assessment/assessmentService';
import { verifyAudit, incidentHistory } from './audit/auditLog';
import type { Handlers } from './api';
import type { CoreContext } from './context';
import { decodeCursor, pageOf } from './cursor';
import { getDashboard } from './dashboard/dashboardService';
import { loadDemo, removeDemo } from './demo/demoService';
import { listIncidents } from './incidents/incidentList';
import { createIncident, statusHistory, transitionIncident, updateIncident } from './incidents/incidentService';
import { getIncidentOrThrow } from './incidents/incidentRepository';
import { addNote, listNotes } from './notes/noteService';
import { listNotifications, recordExternalNotification, recordRegulatorReport } from './notifications/notificationService';
import { markNotified } from './notifications/subjectNotifications';
import { incidentsOfParty, linkParty, listInvolvements, unlinkParty, updateInvolvement } from './parties/involvementService';
import { getPartyOrThrow } from './parties/partyRepository';
import { createParty, searchParties, updateParty } from './parties/partyService';
import { getSession, setOfficer } from './session/sessionService';
import { getOrganisation, updateOrganisation } from './settings/organisation';
import { getClockSettings, updateClockSettings } from './settings/settingsService';
import { generateReport, previewReport } from './reports/reportService';
import { classifyDomains } from './domains/classifyDomains';
import { getDomains, updateDomains } from './domains/domainSettings';
import { importEmail, previewEmail } from './email/emailImport';
import { listEvidence } from './email/evidenceList';
import { listMessages } from './email/messageList';
import { inspectGatewayLog, startGatewayImport } from './gateway/gatewayImport';
import { relatedIncidents } from './incidents/relatedIncidents';
import { exportLookalikes, generateLookalikeList } from './lookalikes/lookalikeService';

/** Every contract operation, one line each, delegating to a service. The compiler fails until each has one. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'session:get': () => getSession(ctx),
    'session:setOfficer': (i) => setOfficer(ctx, i),
    'incidents:list': (i) => listIncidents(ctx, i),
    'incidents:get': (i) => ({ incident: getIncidentOrThrow(ctx.db, i.id), statusHistory: statusHistory(ctx, i.id) }),
    'incidents:create': (i) => createIncident(ctx, i),
    'incidents:update': (i) => updateIncident(ctx, i.id, i.version, i.patch),
    'incidents:transition': (i) => transitionIncident(ctx, i),
    'incidents:history': (i) => {
      getIncidentOrThrow(ctx.db, i.id);
      const rows = incidentHistory(ctx.db, i.id, decodeCursor(i.cursor)?.seq ?? null, i.limit + 1);
      return pageOf(rows, i.limit, (e) => ({ value: e.seq, seq: e.seq }), (e) => e);
    },
    'notes:list': (i) => listNotes(ctx, i.incidentId, i.cursor, i.limit),
    'notes:add': (i) => addNote(ctx, i.incidentId, i.body),
    'parties:search': (i) => searchParties(ctx, i.text, i.cursor, i.limit),
    'parties:get': (i) => getPartyOrThrow(ctx.db, i.id),
    'parties:create': (i) => createParty(ctx, i),
    'parties:update': (i) => updateParty(ctx, i.id, i.version, i.patch),
    'parties:incidents': (i) => incidentsOfParty(ctx, i.partyId, i.cursor, i.limit),
    'involvements:list': (i) => listInvolvements(ctx, i.incidentId, i.cursor, i.limit),
    'involvements:link': (i) => linkParty(ctx, i.incidentId, i.party, i.involvement),
    'involvements:update': (i) => updateInvolvement(ctx, i.incidentId, i.partyId, i.version, i.involvement),
    'involvements:unlink': (i) => unlinkParty(ctx, i.incidentId, i.partyId, i.version),
    'audit:verify': () => verifyAudit(ctx.db),
    'demo:load': () => loadDemo(ctx),
    'demo:remove': () => removeDemo(ctx),
    'settings:get': () => getClockSettings(ctx),
    'settings:update': (i) => updateClockSettings(ctx, i),
    'organisation:get': () => getOrganisation(ctx),
    'organisation:update': (i) => updateOrganisation(ctx, i),
    'assessments:list': (i) => listAssessments(ctx, i.incidentId),
    'assessments:add': (i) => addAssessment(ctx, i),
    'notifications:list': (i) => listNotifications(ctx, i.incidentId),
    'notifications:recordRegulator': (i) => recordRegulatorReport(ctx, i),
    'notifications:recordExternal': (i) => recordExternalNotification(ctx, i),
    'involvements:markNotified': (i) => markNotified(ctx, i),
    'actions:list': (i) => listActions(ctx, i.incidentId),
    'actions:add': (i) => addAction(ctx, i),
    'actions:update': (i) => updateAction(ctx, i.id, i.version, i.patch),
    'dashboard:get': (i) => getDashboard(ctx, i.months),
    'reports:preview': (i) => previewReport(ctx, i),
    'reports:generate': (i) => generateReport(ctx, i.request, i.format),
    'domains:get': () => getDomains(ctx),
    'domains:update': (i) => updateDomains(ctx, i),
    'domains:classify': (i) => classifyDomains(ctx, i),
    'emails:preview': (i) => previewEmail(ctx, i),
    'emails:import': (i) => importEmail(ctx, i),
    'evidence:list': (i) => listEvidence(ctx, i),
    'messages:list': (i) => listMessages(ctx, i),
    'gatewayLogs:inspect': (i) => inspectGatewayLog(ctx, i),
    'gatewayLogs:import': (i) => startGatewayImport(ctx, i),
    'jobs:get': (i) => ctx.jobs.get(i.jobId),
    'jobs:cancel': (i) => ctx.jobs.cancel(i.jobId),
    'lookalikes:generate': (i) => generateLookalikeList(ctx, i),
    'lookalikes:export': (i) => exportLookalikes(ctx, i),
    'incidents:related': (i) => relatedIncidents(ctx, i),
  };
}
