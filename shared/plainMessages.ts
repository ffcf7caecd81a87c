import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const KIND_OF_VALUE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'an email address',
  guid: 'a Casebook reference',
  uuid: 'a Casebook reference',
  url: 'a web address',
  datetime: 'a date and time',
  date: 'a date',
  time: 'a time',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** How many of what a length limit counts: characters of text, items of a list. */
function sizeLimit(issue: { origin: string; inclusive?: boolean }, bound: number | bigint, side: 'most' | 'least'): string {
  const n = Number(bound);
  const edge = issue.inclusive === false ? (side === 'most' ? n - 1 : n + 1) : n;
  if (issue.origin === 'string') return plural(edge, 'character', 'characters');
  if (issue.origin === 'array' || issue.origin === 'set') return plural(edge, 'item', 'items');
  return edge.toLocaleString('en-GB');
}

/**
 * A validation failure in plain English, for the field it is shown beside. Returns undefined for a
 * failure it has no words for, so zod falls back to its own rather than saying nothing.
 */
export function plainMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'Required';
      const kind = KIND_OF_VALUE[issue.expected];
      return kind ? `Must be ${kind}` : 'Not the right kind of value';
    }
    case 'too_big':
      if (issue.origin === 'string') return `Too long: at most ${sizeLimit(issue, issue.maximum, 'most')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Too many: at most ${sizeLimit(issue, issue.maximum, 'most')}`;
      return issue.inclusive === false
        ? `Must be less than ${Number(issue.maximum).toLocaleString('en-GB')}`
        : `Must be ${sizeLimit(issue, issue.maximum, 'most')} or less`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Required' : `Too short: at least ${sizeLimit(issue, issue.minimum, 'least')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1 ? 'Choose at least one' : `Choose at least ${sizeLimit(issue, issue.minimum, 'least')}`;
      return issue.inclusive === false
        ? `Must be more than ${Number(issue.minimum).toLocaleString('en-GB')}`
        : `Must be ${sizeLimit(issue, issue.minimum, 'least')} or more`;
    case 'invalid_format': {
      const name = FORMAT_NAMES[issue.format];
      return name ? `Not ${name}` : 'Not in the form expected here';
    }
    case 'not_multiple_of':
      return Number(issue.divisor) === 1 ? 'Must be a whole number' : `Must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? 'Not the value expected here' : 'Choose one of the options offered';
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? `"${issue.keys[0]}" is not a field here` : `${issue.keys.map((k) => `"${k}"`).join(', ')} are not fields here`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'Not valid here';
    default:
      return undefined;
  }
}
