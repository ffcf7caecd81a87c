// Loaded with --import by the bench into a process it times: as the process exits, writes its peak
// resident memory (every thread's, the core's worker included) to the file the bench named. Bench only.
// Linux's VmHWM belongs to this program's own memory map; getrusage's maxRSS is a fallback elsewhere, as on
// Linux it also counts the parent's memory at the fork that started this process.
import { readFileSync, writeFileSync } from 'node:fs';

function peakKb() {
  try {
    const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line) return Number(line[1]);
  } catch {
    // Not Linux: fall back below.
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.CASEBOOK_BENCH_PEAK_FILE;
if (target) process.on('exit', () => writeFileSync(target, JSON.stringify({ maxRssKb: peakKb() })));
