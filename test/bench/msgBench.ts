import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../fixtures/core';
import { migrate } from '../../electron/core/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../electron/core/db/openDatabase';
import { setOfficer } from '../../electron/core/session/sessionService';
import { mailingEml, mailingMsg } from '../fixtures/msgSamples';

/**
 * An Outlook .msg with 1,000 recipients (one To, 1,000 Cc) read and recorded through the core, beside the
 * same message as an .eml, interleaved in the same run: the ratio is what reading Outlook's format costs
 * over reading MIME, everything after the reader (classification, parties, messages, audit) being shared.
 */
export type MsgBenchRow = {
  operation: string;
  detail: string;
  casebook: Timing;
  raw: Timing;
  ratio: number;
  targetMs: number | null;
  pass: boolean | null;
  /** Whether the .msg and the .eml gave the same recipients, fields and parties. */
  sameRows: boolean;
};
type Timing = { medianMs: number; p95Ms: number; minMs: number; runs: number };

const RECIPIENTS = 1_000;
const RUNS = 5;
/** The goal: a .msg within one and a half times its .eml twin. */
const TARGET_RATIO = 1.5;
const AWARE = Date.UTC(2026, 10, 27, 8, 0);

type Fresh = { db: Db; core: Core; done: () => void };

function freshCasebook(): Fresh {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-msg-bench-'));
  const db = openDatabase(join(dir, 'casebook.db'));
  migrate(db);
  const core = createCore(db, { log: { error: () => {}, info: () => {} } });
  setOfficer(core.context, { name: 'Bench Officer', businessUnit: 'Departmental Security' });
  return { db, core, done: () => (closeDatabase(db), rmSync(dir, { recursive: true, force: true })) };
}

/** The recipients as read, field and address, for comparing the two formats. */
const recipientsOf = (value: { email: { recipients: { field: string; address: string }[] } }) => value.email.recipients.map((r) => `${r.field} ${r.address}`).join('\n');

async function preview(core: Core, name: string, bytes: Uint8Array): Promise<{ ms: number; recipients: string }> {
  const { fileId } = core.context.files.putBytes(name, bytes);
  const start = performance.now();
  const result = await core.callAsync('emails:preview', { fileId });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.error.message);
  return { ms, recipients: recipientsOf(result.value) };
}

/** Preview then import as a new incident, on a register of its own (the two files are one email, recorded once). */
async function importOnce(name: string, bytes: Uint8Array): Promise<{ ms: number; rows: string }> {
  const { db, core, done } = freshCasebook();
  try {
    const { fileId } = core.context.files.putBytes(name, bytes);
    const start = performance.now();
    const previewed = await core.callAsync('emails:preview', { fileId });
    if (!previewed.ok) throw new Error(previewed.error.message);
    const result = await core.callAsync('emails:import', { fileId, target: { type: 'new', kind: previewed.value.proposedKind, awareAt: AWARE } });
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(result.error.message);
    const rows = db
      .prepare<[], { r: string }>("SELECT recipient_field || ' ' || recipient || ' ' || (party_id IS NOT NULL) AS r FROM email_messages ORDER BY seq")
      .all()
      .map((x) => x.r)
      .join('\n');
    return { ms, rows: `${rows}\n${result.value.partiesLinked} linked` };
  } finally {
    done();
  }
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, p95Ms: sorted[sorted.length - 1]!, minMs: sorted[0]!, runs: sorted.length };
}

export async function benchMsgImport(): Promise<MsgBenchRow[]> {
  const msg = mailingMsg(RECIPIENTS);
  const eml = mailingEml(RECIPIENTS);
  const reader = freshCasebook();
  const previews = { msg: [] as number[], eml: [] as number[] };
  const imports = { msg: [] as number[], eml: [] as number[] };
  let samePreview = true;
  let sameImport = true;
  try {
    // One of each first: the readers' modules loaded and the classifier warm on both sides alike.
    await preview(reader.core, 'mailing.msg', msg);
    await preview(reader.core, 'mailing.eml', eml);
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['msg', 'eml'] as const) : (['eml', 'msg'] as const);
      const read: Partial<Record<'msg' | 'eml', string>> = {};
      const kept: Partial<Record<'msg' | 'eml', string>> = {};
      for (const format of order) {
        const bytes = format === 'msg' ? msg : eml;
        const p = await preview(reader.core, `mailing.${format}`, bytes);
        previews[format].push(p.ms);
        read[format] = p.recipients;
        const r = await importOnce(`mailing.${format}`, bytes);
        imports[format].push(r.ms);
        kept[format] = r.rows;
      }
      samePreview &&= read.msg === read.eml;
      sameImport &&= kept.msg === kept.eml;
    }
  } finally {
    reader.done();
  }
  const size = `${(msg.length / 1e6).toFixed(1)} MB .msg, ${(eml.length / 1e3).toFixed(0)} kB .eml`;
  // The goal is the officer's whole import; the preview alone is shown for where the time goes, with no target.
  const row = (operation: string, samples: typeof previews, same: boolean, detail: string, hasTarget: boolean): MsgBenchRow => {
    const casebook = summarise(samples.msg);
    const raw = summarise(samples.eml);
    const ratio = casebook.medianMs / raw.medianMs;
    const target = hasTarget ? `target ≤ ${TARGET_RATIO}× the .eml` : 'no target of its own';
    return {
      operation,
      detail: `${detail} (${size}); baseline: the same message as .eml; ${target}`,
      casebook,
      raw,
      ratio,
      targetMs: null,
      pass: hasTarget ? ratio <= TARGET_RATIO : null,
      sameRows: same,
    };
  };
  return [
    row('emails:preview (.msg)', previews, samePreview, `an Outlook item with ${RECIPIENTS.toLocaleString('en-GB')} recipients read and classified`, false),
    row('emails:preview + import (.msg)', imports, sameImport, 'the same item previewed and recorded as a new incident, every recipient linked', true),
  ];
}
