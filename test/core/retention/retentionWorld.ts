import type { Input, Output, SyncOperation } from '../../../shared/contract';
import type { AccountRole } from '../../../shared/contract/accounts';
import type { Result } from '../../../shared/contract/result';
import { createCore, type Core } from '../../fixtures/core';
import { counterIds, createTestCasebook, minimalIncident, type TestCasebook } from '../../fixtures/db';

/** A test casebook whose clock the test sets (London dates matter here), and a second account on the same register. */
export type RetentionWorld = {
  cb: TestCasebook;
  /** The time every call sees until the test moves it. */
  clock: { now: number };
  /** A second account ("Second Officer") on the same register, with the role asked for. */
  second: (role?: AccountRole) => Core;
  close: () => void;
};

export function retentionWorld(options: { memory?: boolean; start?: number } = {}): RetentionWorld {
  const clock = { now: options.start ?? Date.UTC(2026, 10, 27, 9, 0) };
  const cb = createTestCasebook({ memory: options.memory ?? false, now: () => clock.now });
  const ids = counterIds();
  let n = 0;
  const second = (role: AccountRole = 'administrator') =>
    createCore(cb.db, {
      role,
      actor: () => 'Second Officer',
      now: () => clock.now,
      // Ids of their own, so they never collide with the first core's.
      newId: () => ids().replace(/^00000000/, `5ec0${String((n += 1) % 10_000).padStart(4, '0')}`),
      files: cb.core.context.files,
      log: { error: () => {}, info: () => {} },
    });
  return { cb, clock, second, close: () => cb.close() };
}

export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export const call = <O extends SyncOperation>(core: Core, operation: O, input: Input<O>): Output<O> => ok(core.call(operation, input));

/** A closed incident about one person only and one person it shares with an open incident. */
export function closedIncidentWithPeople(cb: TestCasebook) {
  let incident = cb.ok(
    'incidents:create',
    minimalIncident({ kind: 'lost_document', details: {}, title: 'Papers about Mira Castellanos left on a train', description: 'Mira Castellanos reported the loss.' }),
  );
  const only = cb.ok('involvements:link', {
    incidentId: incident.id,
    party: { new: { name: 'Mira Castellanos', email: 'mira.castellanos@example.org', phone: '07700 900123', notes: 'Prefers letters.' } },
    involvement: { roles: ['data_subject'], dataCategories: ['basic_identifiers', 'health'] },
  }).party;
  const shared = cb.ok('involvements:link', {
    incidentId: incident.id,
    party: { new: { name: 'Dev Okonkwo', email: 'dev.okonkwo@example.org' } },
    involvement: { roles: ['data_subject'], dataCategories: ['basic_identifiers'] },
  }).party;
  cb.ok('notes:add', { incidentId: incident.id, body: 'Called Mira Castellanos on 07700 900123: papers were her medical file.' });
  const open = cb.ok('incidents:create', minimalIncident({ title: 'Second loss on the same route' }));
  cb.ok('involvements:link', { incidentId: open.id, party: { id: shared.id }, involvement: { roles: ['data_subject'], dataCategories: ['basic_identifiers'] } });
  incident = cb.ok('incidents:get', { id: incident.id }).incident;
  incident = cb.ok('incidents:transition', { id: incident.id, version: incident.version, to: 'closed', reason: 'Papers recovered unopened.', outcome: 'near_miss' });
  return { incident, only, shared, open };
}
