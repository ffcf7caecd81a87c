import type { Input, Output } from '../../../shared/contract';

/**
 * Names for contract shapes the renderer passes around. Kept free of stores and the DOM, so form logic
 * that uses them stays testable under plain Node.
 */

/** An incident as the core returns it (the contract's inferred type: details keyed by kind). */
export type IncidentRecord = Output<'incidents:get'>['incident'];
export type TransitionRequest = Pick<Input<'incidents:transition'>, 'to' | 'reason' | 'outcome' | 'duplicateOf'>;
export type LinkRequest = Pick<Input<'involvements:link'>, 'party' | 'involvement'>;
export type InvolvementRequest = Input<'involvements:update'>['involvement'];
export type PartyIncident = Output<'parties:incidents'>['items'][number];
export type PartyPatch = Input<'parties:update'>['patch'];
export type NewAssessmentRequest = Omit<Input<'assessments:add'>, 'incidentId'>;
export type RegulatorReportRequest = Omit<Input<'notifications:recordRegulator'>, 'incidentId' | 'version'>;
export type ExternalNotificationRequest = Omit<Input<'notifications:recordExternal'>, 'incidentId'>;
export type MarkNotifiedRequest = Omit<Input<'involvements:markNotified'>, 'incidentId'>;
export type NewActionRequest = Omit<Input<'actions:add'>, 'incidentId'>;
export type ActionPatch = Input<'actions:update'>['patch'];
