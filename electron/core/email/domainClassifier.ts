import { createDomainClassifier } from '../../../shared/domain/lookalike';
import type { Db } from '../db/openDatabase';
import { readDomainLists } from '../domains/domainSettings';
import type { Classify } from './emailChecks';

let last: { key: string; classify: Classify } | null = null;

/**
 * The classifier for the domain lists as they are now. Building one indexes every lookalike of every
 * configured domain (about a second), so it is kept until the lists change rather than rebuilt per email.
 */
export function currentClassifier(db: Db): Classify {
  const lists = readDomainLists(db);
  const key = JSON.stringify(lists);
  if (last?.key !== key) last = { key, classify: createDomainClassifier(lists) };
  return last.classify;
}
