// Loaded with --require by the bench into a process it times: as the process exits, writes its peak
// resident memory (every thread's, the core's worker included) to the file the bench named. Bench only.
const { writeFileSync } = require('node:fs');

const target = process.env.CASEBOOK_BENCH_PEAK_FILE;
if (target) {
  process.on('exit', () => writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
}
