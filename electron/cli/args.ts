import { isAbsolute, resolve } from 'node:path';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliArgs = {
  command: string[];
  db: string | null;
  actor: string | null;
  /** The account to log in as, for a register with a key file (the password never comes from argv). */
  account: string | null;
  /** Open a plain, unencrypted register (tests and development only); --actor then names who acts. */
  plain: boolean;
  json: boolean;
  /** The command options (--incident, --format, --out, --status, …), by name without dashes. */
  options: Record<string, string | true>;
};

/** Command options (report, import-email, import-log, import-people, retention, erase, hold, lookalikes): those taking a value, and the flags. */
const VALUE_OPTIONS = [
  'incident',
  'format',
  'out',
  'status',
  'kind',
  'marking',
  'from',
  'to',
  'party',
  'mapping',
  'aware-at',
  'input',
  'role',
  'categories',
  'sheet',
  'confirm',
  'hold',
];
/** Options that would carry register content on the command line, and where that content goes instead. */
const CONTENT_OPTIONS: Record<string, string> = {
  text: '--input FILE holding {"text": "…"}',
  lines: '--input FILE holding {"lines": "…"}',
  reason: '--input FILE holding {"reason": "…"}',
};
const FLAG_OPTIONS = ['separate', 'releasable', 'skip-problem-rows', 'yes'];

/**
 * Splits argv into the command words and the options every command shares. A relative --db is resolved
 * against the caller's folder: npm runs scripts from the package root and keeps the caller's in INIT_CWD.
 */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): CliArgs {
  const command: string[] = [];
  let db: string | null = null;
  let actor: string | null = null;
  let account: string | null = null;
  let plain = false;
  let json = false;
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--db') db = value();
    else if (arg.startsWith('--db=')) db = arg.slice(5);
    else if (arg === '--actor') actor = value();
    else if (arg.startsWith('--actor=')) actor = arg.slice(8);
    else if (arg === '--account') account = value();
    else if (arg.startsWith('--account=')) account = arg.slice(10);
    else if (arg === '--plain') plain = true;
    else if (arg === '--json') json = true;
    else if (arg.startsWith('--') && FLAG_OPTIONS.includes(arg.slice(2))) options[arg.slice(2)] = true;
    else if (arg.startsWith('--') && CONTENT_OPTIONS[arg.slice(2).split('=')[0]!]) {
      throw new UsageError(
        `${arg.split('=')[0]} is refused: what it carries would stay in ps, shell history and npm's log. Give it in ${CONTENT_OPTIONS[arg.slice(2).split('=')[0]!]} (or on stdin with --input -)`,
      );
    } else if (arg.startsWith('--') && VALUE_OPTIONS.includes(arg.slice(2).split('=')[0]!)) {
      const eq = arg.indexOf('=');
      if (eq > 0) options[arg.slice(2, eq)] = arg.slice(eq + 1);
      else options[arg.slice(2)] = value();
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}`);
    else command.push(arg);
  }
  const base = env.INIT_CWD ?? cwd;
  return { command, db: db === null ? null : isAbsolute(db) ? db : resolve(base, db), actor, account, plain, json, options };
}

export const USAGE = `Usage: node bin/casebook.js <command> --db PATH --account NAME
       node bin/casebook.js <command> --db PATH --plain [--actor NAME]     (tests and development only)
(npm run -s casebook -- … works too, but npm's debug log keeps the whole command line.)

A register is encrypted and has accounts (its key file, PATH.keys, lies beside it). Name your account with
--account NAME; the password is read from CASEBOOK_PASSWORD, or asked for without echo when run in a
terminal — never from the command line (a password typed there stays in the shell's history). Every
write is attributed to that account, its role applies, and the login is audited, as in the app.
--plain opens a plain, unencrypted register with no accounts, for tests and development only: --actor
names who acts (otherwise the officer recorded in it). Every command but setup refuses a missing register.

Commands:
  setup                         create an encrypted register at --db with its administrator --account
                                (password as above); with --plain, a plain one. Refused if one exists
  api list                      every contract operation with its input JSON schema
  api <operation> [--input FILE|-]
                                run one operation; its input is JSON from FILE or piped on stdin
                                ('{}' if none) — never on the command line, where ps, shell history
                                and npm's log would keep the names and details it carries
  demo                          load the demo incidents
  verify [--fingerprint HEAD]   check SQLite integrity, the audit trail and its checkpoint (exit 1 on any
                                failure); with a report's head hash, that the log still holds it
  report <kind> [options]       write a report to --out (a file; a folder for several letters)
      briefing   --incident REF --format pdf|docx [--input FILE|-]     ({"lines": "lines to take"})
      regulator  --incident REF --format pdf|docx
      register   --format csv|xlsx [--status a,b] [--kind a,b] [--marking a,b] [--input FILE|-]  ({"text": "words"})
      statistics --from DD/MM/YYYY --to DD/MM/YYYY --format pdf|xlsx   (both days included)
      letters    --incident REF --releasable [--marking M] [--party ID,ID] [--separate]  (Word)
                 --releasable: you have read the letters and they may be released to their
                 recipients; --marking: each letter's marking (default OFFICIAL)
    prints {"files":[{"path","bytes"}]}
  import-email FILE... (--aware-at ISO|now | --incident REF)
                                record each email (.eml, or Outlook .msg) as a new incident of the
                                proposed kind (misdirected email or CC exposure), or add it to incident
                                REF; the file is kept as evidence, every recipient linked as a party; a
                                Purview sensitivity label naming a marking becomes the material's marking
                                (import-eml is the same command, by its older name)
  import-log FILE (--aware-at ISO|now | --incident REF) [--format exchange|m365|csv] [--mapping JSON]
                                find messages to lookalike domains in a mail-gateway log; one new
                                incident per lookalike domain (or all in REF); the format is detected
                                when not given; csv needs --mapping '{"sentAt":…,"sender":…,"recipients":…}'
                                --aware-at: when you became aware (e.g. 2026-11-27T14:30Z, or now), which
                                starts the 72-hour clock of every new incident
  import-people FILE --incident REF [--role R] [--categories a,b] [--status S] [--sheet NAME]
                [--mapping JSON] [--skip-problem-rows]
                                link the people listed in a .csv or .xlsx to incident REF: new parties,
                                or the register's own found by email (then name and phone); the columns
                                are read from the header unless --mapping '{"name":…,"email":…}' names
                                them; --role (default data_subject), --categories and --status
                                (undecided|pending|not_required) apply to everyone; rows with problems
                                refuse the import unless --skip-problem-rows; prints the hidden sheets,
                                rows and columns read
  backup DEST                   a verified, encrypted copy of the register with its key slots, in a new
                                dated folder inside DEST (which must exist: the removable drive); audited
  restore SRC                   replace the register with the backup folder SRC, verified first; the
                                previous files are kept beside it as ….before-restore-<stamp>; audited
  retention list                the closed incidents due for review under the retention schedule
  erase (--incident REF | --party ID) [--input FILE|-] [--yes]
                                propose erasing an incident's personal data, or one person across the
                                register; a person's evidence decisions come as {"evidence": [{"evidenceId",
                                "decision": "erase"|"keep", "reason"}]}. Without --yes, only prints what
                                would go and what would stay (exit 2)
  erase --confirm ID [--yes]    confirm another account's proposal (an administrator, or an officer when
                                the security settings allow it); without --yes, prints the proposal
  hold (--incident REF | --party ID) --input FILE|-
                                put it on legal hold, the reason as {"reason": "…"}: never due, not erasable
  release --hold ID             lift a legal hold
  sar --party ID --out FILE     subject access export (Art. 15) as JSON, others' identifiers withheld
  lookalikes DOMAIN... [--format list|csv|postfix] [--out FILE]
                                the typo domains of DOMAIN (dnstwist's classes, on the name and the
                                public suffix) as a plain list, CSV or Postfix access map; no --db
                                needed (with --db, the register's lists and incidents are used)

Results go to stdout as JSON; errors to stderr as {"error":{"code","message","issues"?}}.
Exit codes: 0 success, 1 the operation failed, 2 usage error.`;
