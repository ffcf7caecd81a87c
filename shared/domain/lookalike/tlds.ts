/**
 * Suffixes tried by tld-swap: dnstwist's list of TLDs abused for phishing (its abused_tlds dictionary,
 * which is where `.ml` for `.mil` comes from), then the suffixes most mail goes to, including the
 * government, defence and alliance suffixes a British department writes to.
 */
export const SWAP_SUFFIXES = [
  'com', 'net', 'eu', 'cn', 'ga', 'gq', 'tk', 'ml', 'cf', 'cc', 'info', 'app', 'ooo', 'xyz', 'online',
  'site', 'wang', 'work', 'rest', 'buzz', 'top', 'fit',
  'org', 'biz', 'io', 'co', 'me', 'uk', 'co.uk', 'org.uk', 'gov.uk', 'mod.uk', 'us', 'gov', 'mil',
  'int', 'edu', 'ie', 'de', 'fr', 'nl', 'be', 'ca', 'au', 'nz', 'in', 'mo', 'ma', 'mx',
] as const;
