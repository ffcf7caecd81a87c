import { describe, expect, it } from 'vitest';
import { z } from '../../shared/zodConfig';

const messageOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error.issues.map((i) => i.message);
};

describe('validation messages in plain English', () => {
  it.each([
    [z.string().max(3), 'abcd', 'Too long: at most 3 characters'],
    [z.string().min(1), '', 'Required'],
    [z.string().min(12), 'short', 'Too short: at least 12 characters'],
    [z.object({ title: z.string() }), {}, 'Required'],
    [z.string(), 42, 'Must be text'],
    [z.number(), 'ten', 'Must be a number'],
    [z.boolean(), 'yes', 'Must be yes or no'],
    [z.number().int(), 1.5, 'Must be a whole number'],
    [z.number().int().max(8), 9, 'Must be 8 or less'],
    [z.number().min(1), 0, 'Must be 1 or more'],
    [z.number().positive(), 0, 'Must be more than 0'],
    [z.array(z.string()).min(1), [], 'Choose at least one'],
    [z.array(z.string()).max(2), ['a', 'b', 'c'], 'Too many: at most 2 items'],
    [z.enum(['low', 'high']), 'medium', 'Choose one of the options offered'],
    [z.email(), 'someone', 'Not an email address'],
    [z.guid(), 'INC-1', 'Not a Casebook reference'],
    [z.strictObject({}), { extra: 1 }, '"extra" is not a field here'],
  ] as const)('%#: %s', (schema, input, expected) => {
    expect(messageOf(schema as z.ZodType, input)).toEqual([expected]);
  });

  it('leaves a schema’s own message alone', () => {
    expect(messageOf(z.string().min(1, 'Enter a title'), '')).toEqual(['Enter a title']);
  });
});
