import { createDomainClassifier, type DomainClassification } from '../../../shared/domain/lookalike';
import type { Db } from '../db/openDatabase';
import { readDomainLists } from './domainSettings';

export type Classifier = (domain: string) => DomainClassification;

/** Lists seen recently (a test run opens many registers with the same lists). */
const KEEP = 4;
const cache = new Map<string, Classifier>();

/**
 * The classifier for the database's current domain lists. Building one generates and indexes every
 * lookalike of every configured domain (about a second for the suggested lists), so it is kept, by the
 * lists it was built from, for as long as they are in use; it depends on nothing else.
 */
export function domainClassifier(db: Db): Classifier {
  const lists = readDomainLists(db);
  const key = JSON.stringify(lists);
  let classify = cache.get(key);
  if (!classify) {
    classify = createDomainClassifier(lists);
    cache.set(key, classify);
    if (cache.size > KEEP) cache.delete(cache.keys().next().value as string);
  }
  return classify;
}
