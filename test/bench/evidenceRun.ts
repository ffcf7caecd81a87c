import { benchEvidenceFile, TARGET_RATIO } from './evidenceBench';

/** `node --import tsx test/bench/evidenceRun.ts`: the evidence row alone, without generating the 100,000-incident register. */
void benchEvidenceFile().then((rows) => {
  for (const r of rows) {
    process.stdout.write(
      `${r.operation}: Casebook ${r.casebook.medianMs.toFixed(0)} ms (min ${r.casebook.minMs.toFixed(0)}), fs.copyFile ${r.raw.medianMs.toFixed(0)} ms (min ${r.raw.minMs.toFixed(0)}); ` +
        `${r.ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${r.pass ? 'met' : 'missed'}); copies identical: ${r.sameRows}\n`,
    );
  }
});
