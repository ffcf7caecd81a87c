import { NewAccountSchema, PasswordChangeSchema } from '../../../../shared/contract/accounts';
import { SetupSchema } from '../../../../shared/contract/auth';
import { z } from '../../../../shared/zodConfig';

/**
 * The forms that set a new password, over the contract's schemas. The password itself is checked by
 * `newPasswordProblem` (the core judges its strength as it is typed), so here it is only text, typed twice.
 */
const typedTwice = { password: z.string(), confirmation: z.string() };

export const SetupFormSchema = SetupSchema.extend(typedTwice);
export type SetupFormValues = z.input<typeof SetupFormSchema>;
export type SetupFormOutput = z.output<typeof SetupFormSchema>;

export const NewAccountFormSchema = NewAccountSchema.extend(typedTwice);
export type NewAccountFormValues = z.input<typeof NewAccountFormSchema>;
export type NewAccountFormOutput = z.output<typeof NewAccountFormSchema>;

export const PasswordChangeFormSchema = PasswordChangeSchema.extend({ currentPassword: z.string(), newPassword: z.string(), confirmation: z.string() });
export type PasswordChangeFormValues = z.input<typeof PasswordChangeFormSchema>;
export type PasswordChangeFormOutput = z.output<typeof PasswordChangeFormSchema>;

/** An account's first login: only the new password, typed twice (the given one is carried from the login form). */
export const FirstLoginFormSchema = z.strictObject({ newPassword: z.string().min(1, 'Enter a password'), confirmation: z.string() });
export type FirstLoginFormValues = z.input<typeof FirstLoginFormSchema>;
export type FirstLoginFormOutput = z.output<typeof FirstLoginFormSchema>;
