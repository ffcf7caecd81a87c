import { DataCategorySchema } from '../../../../shared/contract/incidents';
import {
  InvolvementFieldsSchema,
  NewPartySchema,
  NotificationMethodSchema,
  NotificationStatusSchema,
  PartyRoleSchema,
  type Involvement,
} from '../../../../shared/contract/parties';
import { PARTY_TYPES } from '../../../../shared/domain/vocabulary';
import { z } from '../../../../shared/zodConfig';
import { forwardContractIssues, truncatePath } from '../../lib/formErrors';
import { instantToText, textToInstant } from '../../lib/ukDateText';
import type { InvolvementRequest, LinkRequest } from '../../lib/contractTypes';

/**
 * One form for linking a party (existing or new) and for editing how a party is involved: the
 * contract's schemas check what it produces, and their issues land on the matching fields.
 */
export const LinkFormSchema = z
  .object({
    mode: z.enum(['existing', 'new']),
    partyId: z.string(),
    party: z.object({
      type: z.enum(PARTY_TYPES),
      name: z.string(),
      email: z.string(),
      phone: z.string(),
      organisation: z.string(),
      notes: z.string(),
    }),
    involvement: z.object({
      roles: z.array(PartyRoleSchema),
      dataCategories: z.array(DataCategorySchema),
      notificationStatus: NotificationStatusSchema,
      notifiedAt: z.string(),
      notificationMethod: NotificationMethodSchema.nullable(),
    }),
  })
  .transform((form, ctx): LinkRequest => {
    const isNotified = form.involvement.notificationStatus === 'notified';
    const involvement: InvolvementRequest = {
      ...form.involvement,
      // A date and method belong only to "notified"; switching status away clears them rather than erroring.
      notifiedAt: isNotified ? textToInstant(form.involvement.notifiedAt, ['involvement', 'notifiedAt'], ctx) : null,
      notificationMethod: isNotified ? form.involvement.notificationMethod : null,
    };
    forwardContractIssues(prefixed('involvement', InvolvementFieldsSchema.safeParse(involvement).error), ctx, toLinkFormPath);
    if (form.mode === 'existing') {
      if (!form.partyId) ctx.addIssue({ code: 'custom', path: ['partyId'], message: 'Search for the party and choose one', input: form.partyId });
      return { party: { id: form.partyId }, involvement };
    }
    forwardContractIssues(prefixed('party.new', NewPartySchema.safeParse(form.party).error), ctx, toLinkFormPath);
    return { party: { new: form.party }, involvement };
  });

export type LinkFormValues = z.input<typeof LinkFormSchema>;

/** Issues of a part checked on its own, at the path the whole `involvements:link` input would give them. */
function prefixed(prefix: string, error: z.ZodError | undefined) {
  return (error?.issues ?? []).map((i) => ({ path: [...prefix.split('.'), ...i.path], message: i.message }));
}

type LinkFormPath = 'partyId' | `party.${keyof LinkFormValues['party']}` | `involvement.${keyof LinkFormValues['involvement']}`;

/** Contract path → form field: `party.new.name` → `party.name`, `involvement.roles.0` → `involvement.roles`. */
export function toLinkFormPath(path: string): LinkFormPath | null {
  if (path === 'party' || path === 'party.id') return 'partyId';
  if (path.startsWith('party.new.')) return truncatePath(path.replace('party.new.', 'party.'), 2) as LinkFormPath;
  if (path.startsWith('party.') || path.startsWith('involvement.')) return truncatePath(path, 2) as LinkFormPath;
  return null;
}

export const EMPTY_PARTY = { type: 'person', name: '', email: '', phone: '', organisation: '', notes: '' } as const satisfies LinkFormValues['party'];

export function newLinkForm(): LinkFormValues {
  return {
    mode: 'existing',
    partyId: '',
    party: { ...EMPTY_PARTY },
    involvement: { roles: [], dataCategories: [], notificationStatus: 'undecided', notifiedAt: '', notificationMethod: null },
  };
}

/** An existing involvement in the form, for editing. */
export function involvementToForm(partyId: string, involvement: Involvement): LinkFormValues {
  return {
    ...newLinkForm(),
    partyId,
    involvement: {
      roles: involvement.roles,
      dataCategories: involvement.dataCategories,
      notificationStatus: involvement.notificationStatus,
      notifiedAt: instantToText(involvement.notifiedAt),
      notificationMethod: involvement.notificationMethod,
    },
  };
}
