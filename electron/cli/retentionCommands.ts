import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { CoreClient } from '../core/host/coreClient';
import { UsageError } from './args';
import type { Outcome } from './commands';
import { incidentByReference } from './incidentReference';

const text = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
const answer = (result: { ok: true; value: unknown } | { ok: false; error: Outcome['stderr'] }): Outcome =>
  result.ok ? { exit: 0, stdout: result.value } : { exit: 1, stderr: result.error };

/** The JSON object given on stdin or --input (reasons and evidence decisions are register content, never argv). */
function inputObject(input: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError(`--input must hold a JSON object (${allowed.join(', ')})`);
  const stray = Object.keys(input).find((k) => !allowed.includes(k));
  if (stray) throw new UsageError(`--input: "${stray}" is not an option here (${allowed.join(', ')})`);
  return input as Record<string, unknown>;
}

/** --incident REF or --party ID: what a hold or an erasure is about. */
async function subjectOf(core: CoreClient, options: Record<string, string | true>, command: string) {
  const reference = text(options.incident);
  const party = text(options.party);
  if ((reference === undefined) === (party === undefined)) throw new UsageError(`${command} needs --incident REF or --party ID (one of them)`);
  if (party !== undefined) return { ok: true as const, value: { type: 'party' as const, id: party } };
  const found = await incidentByReference(core, reference!);
  return found.ok ? { ok: true as const, value: { type: 'incident' as const, id: found.value } } : found;
}

const UNCONFIRMED = 'Nothing was done: read what goes and what stays above, then run the same command again with --yes.';

/**
 * `erase --incident REF | --party ID [--yes]` proposes an erasure; `erase --confirm ID [--yes]` confirms
 * another account's proposal. Without --yes each only prints what would go and what would stay (exit 2), so
 * a script must say --yes and a person reads the plan first (docs/retention.md#two-people).
 */
async function erase(core: CoreClient, options: Record<string, string | true>, input: unknown): Promise<Outcome> {
  const confirming = text(options.confirm);
  const isSure = options.yes === true;
  if (confirming !== undefined) {
    if (options.incident !== undefined || options.party !== undefined) throw new UsageError('erase --confirm ID takes no --incident or --party: the proposal names them');
    if (!isSure) {
      const proposals = await core.callAsync('erasures:list', {});
      if (!proposals.ok) return answer(proposals);
      const proposal = proposals.value.find((p) => p.id === confirming);
      if (!proposal) return { exit: 1, stderr: { code: 'NOT_FOUND', message: `No erasure awaits confirmation with id ${confirming}.` } };
      return { exit: 2, stdout: { proposal }, stderr: UNCONFIRMED };
    }
    return answer(await core.callAsync('erasures:confirm', { id: confirming }));
  }
  const subject = await subjectOf(core, options, 'erase');
  if (!subject.ok) return answer(subject);
  const scope = subject.value.type === 'incident' ? { type: 'incident' as const, incidentId: subject.value.id } : { type: 'party' as const, partyId: subject.value.id };
  const { evidence } = inputObject(input, ['evidence']);
  if (!isSure) {
    const preview = await core.callAsync('erasures:preview', { scope });
    return preview.ok ? { exit: 2, stdout: { preview: preview.value }, stderr: UNCONFIRMED } : answer(preview);
  }
  return answer(await core.callAsync('erasures:propose', { scope, ...(evidence === undefined ? {} : { evidence: evidence as never }) }));
}

/** `retention list|hold|release`, `erase …` and `sar --party ID --out FILE`. */
export async function runRetentionCommand(core: CoreClient, command: string, options: Record<string, string | true>, input: unknown, base: string): Promise<Outcome> {
  switch (command) {
    case 'retention':
      return answer(await core.callAsync('retention:due', {}));
    case 'erase':
      return erase(core, options, input);
    case 'hold': {
      const subject = await subjectOf(core, options, 'hold');
      if (!subject.ok) return answer(subject);
      const { reason } = inputObject(input, ['reason']);
      if (typeof reason !== 'string') throw new UsageError('hold needs the reason on stdin or --input FILE, as {"reason": "…"}');
      return answer(await core.callAsync('retention:hold', { subject: subject.value, reason }));
    }
    case 'release': {
      const hold = text(options.hold);
      if (hold === undefined) throw new UsageError('release needs --hold ID (retention holds are listed by "api retention:holds")');
      return answer(await core.callAsync('retention:release', { holdId: hold }));
    }
    default: {
      const party = text(options.party);
      const out = text(options.out);
      if (party === undefined || out === undefined) throw new UsageError('sar needs --party ID and --out FILE');
      const result = await core.callAsync('subjectAccess:export', { partyId: party });
      if (!result.ok) return answer(result);
      const path = isAbsolute(out) ? out : resolve(base, out);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, result.value.content, { mode: 0o600 });
      return { exit: 0, stdout: { path, bytes: Buffer.byteLength(result.value.content) } };
    }
  }
}
