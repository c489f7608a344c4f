// Entry point bundled by the bench with the extension's own esbuild options, so the per-keystroke
// figures are those of the code the editor runs.
import { csvTimingLines } from './csv-timing';
import { hostileTimingLines } from './hostile-timing';
import { specTimingLines } from './spec-timing';

// The CSV first, so that its first check meets code not yet run, as in a fresh analysis worker.
for (const line of [...csvTimingLines(), ...specTimingLines(), ...hostileTimingLines()]) console.log(line);
