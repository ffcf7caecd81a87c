import type { Involvement, Party } from '../../../shared/contract/parties';
import type { DataCategory, NotificationMethod, NotificationStatus, PartyRole, PartyType } from '../../../shared/domain/vocabulary';

export type PartyRow = {
  seq: number;
  id: string;
  type: PartyType;
  name: string;
  email: string;
  phone: string;
  organisation: string;
  notes: string;
  is_demo: 0 | 1;
  version: number;
  created_at: number;
  created_by: string;
  updated_at: number;
  updated_by: string;
  incident_count: number;
};

/** Party columns plus the number of incidents it is linked to (index-backed by involvements_by_party). */
export const PARTY_SELECT = `SELECT p.*, (SELECT count(*) FROM involvements v WHERE v.party_id = p.id) AS incident_count FROM parties p`;

export function toParty(r: PartyRow): Party {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    email: r.email,
    phone: r.phone,
    organisation: r.organisation,
    notes: r.notes,
    isDemo: r.is_demo === 1,
    incidentCount: r.incident_count,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export type InvolvementRow = {
  seq: number;
  incident_id: string;
  party_id: string;
  notification_status: NotificationStatus;
  notified_at: number | null;
  notification_method: NotificationMethod | null;
  version: number;
  roles: string;
  data_categories: string;
};

/** Involvement columns with its roles and data categories gathered as comma lists (closed vocabularies: no commas inside). */
export const INVOLVEMENT_SELECT = `SELECT v.*,
  (SELECT group_concat(role) FROM involvement_roles r WHERE r.involvement_seq = v.seq) AS roles,
  (SELECT group_concat(category) FROM involvement_data_categories c WHERE c.involvement_seq = v.seq) AS data_categories
  FROM involvements v`;

export function toInvolvement(r: InvolvementRow): Involvement {
  return {
    incidentId: r.incident_id,
    partyId: r.party_id,
    roles: (r.roles ? r.roles.split(',') : []).sort() as PartyRole[],
    dataCategories: (r.data_categories ? r.data_categories.split(',') : []).sort() as DataCategory[],
    notificationStatus: r.notification_status,
    notifiedAt: r.notified_at,
    notificationMethod: r.notification_method,
    version: r.version,
  };
}
