import { createDomainClassifier, type DomainClassification } from '../../../shared/domain/lookalike';
import type { Db } from '../db/openDatabase';
import { readDomainLists } from './domainSettings';

type Classifier = (domain: string) => DomainClassification;
const cache = new WeakMap<Db, { key: string; classify: Classifier }>();

/**
 * The classifier for the database's current domain lists. Building one generates every permutation of
 * every configured domain (tens of milliseconds), so it is kept per database until the lists change.
 */
export function domainClassifier(db: Db): Classifier {
  const lists = readDomainLists(db);
  const key = JSON.stringify(lists);
  const cached = cache.get(db);
  if (cached?.key === key) return cached.classify;
  const classify = createDomainClassifier(lists);
  cache.set(db, { key, classify });
  return classify;
}
