/**
 * The domain-lookalike engine, shared by the core and the renderer (so plain TypeScript on tldts and
 * punycode.js, no Node built-ins): typo permutations of the department's and its partners' domains,
 * and the classification of a recipient's domain against them.
 */
export * from './classes';
export type { Permutation } from './generate';
export { generateLookalikes } from './generate';
export type { DomainClassification, DomainLists } from './classify';
export { classifyDomain, createDomainClassifier } from './classify';
export { domainOfAddress, isValidHostname, normaliseDomain } from './hostname';
