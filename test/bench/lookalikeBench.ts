import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { generateLookalikes, normaliseDomain } from '../../shared/domain/lookalike';

/**
 * Casebook's lookalike generator beside dnstwist (`dnstwist --format list`, its default fuzzers): count
 * and time for each, the share of dnstwist's permutations Casebook also generates, and how many of
 * Casebook's dnstwist lacks — chiefly the typos of the suffix itself (army.ml), which dnstwist never makes.
 * dnstwist's own spellings inside the source (it reads a bare suffix such as gov.uk as a name under
 * itself, giving `gov.uj.gov.uk`) are left out of the coverage: they are the configured domain, not
 * look-alikes of it.
 */
export type LookalikeBenchRow = { label: string; ours: string; baseline: string };

const DOMAINS = ['army.mil', 'mod.gov.uk', 'gov.uk', 'nato.int'];
const DNSTWIST = '/usr/bin/dnstwist';
const OUR_RUNS = 7;
const DNSTWIST_RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function runDnstwist(domain: string): { domains: string[]; ms: number } {
  const runs = Array.from({ length: DNSTWIST_RUNS }, () =>
    timed(() => spawnSync(DNSTWIST, ['--format', 'list', domain], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })),
  );
  const output = runs[0]!.value;
  if (output.status !== 0) throw new Error(`dnstwist ${domain} failed: ${output.stderr}`);
  const domains = output.stdout
    .split('\n')
    .map((line) => normaliseDomain(line)?.ascii)
    .filter((d): d is string => d !== undefined);
  return { domains: [...new Set(domains)], ms: median(runs.map((r) => r.ms)) };
}

const isAtOrUnder = (domain: string, source: string) => domain === source || domain.endsWith(`.${source}`);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

export async function benchLookalikes(): Promise<LookalikeBenchRow[]> {
  const rows: LookalikeBenchRow[] = [];
  const haveDnstwist = existsSync(DNSTWIST);
  for (const domain of DOMAINS) {
    generateLookalikes(domain);
    const runs = Array.from({ length: OUR_RUNS }, () => timed(() => generateLookalikes(domain)));
    const ours = runs[0]!.value;
    const oursTime = median(runs.map((r) => r.ms));
    if (!haveDnstwist) {
      rows.push({ label: `lookalikes of ${domain}`, ours: `${ours.length} in ${ms(oursTime)}`, baseline: 'dnstwist not installed' });
      continue;
    }
    const twist = runDnstwist(domain);
    const outside = twist.domains.filter((d) => !isAtOrUnder(d, domain));
    const inside = twist.domains.length - outside.length;
    const ourSet = new Set(ours.map((p) => p.domain));
    const twistSet = new Set(twist.domains);
    const covered = outside.filter((d) => ourSet.has(d)).length;
    const extra = ours.filter((p) => !twistSet.has(p.domain));
    const extraSuffix = extra.filter((p) => p.part === 'suffix');
    const examples = extraSuffix
      .filter((p) => p.typoClass === 'omission')
      .slice(0, 3)
      .map((p) => p.domain);
    rows.push(
      { label: `lookalikes of ${domain}`, ours: `${ours.length} in ${ms(oursTime)}`, baseline: `${twist.domains.length} in ${ms(twist.ms)} (dnstwist, whole process)` },
      {
        label: `${domain}: dnstwist's permutations we also generate`,
        ours: `${percent(covered, outside.length)} (${covered} of ${outside.length})`,
        baseline: inside ? `${inside} of dnstwist's lie at or under ${domain} itself, left out` : 'all of them outside the source',
      },
      {
        label: `${domain}: ours that dnstwist lacks`,
        ours: `${extra.length}, of which ${extraSuffix.length} change the suffix${examples.length ? ` (e.g. ${examples.join(', ')})` : ''}`,
        baseline: '—',
      },
    );
  }
  return rows;
}
